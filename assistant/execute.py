"""Running a tool plan: its steps in order, post-steps over the result so far, set operations between steps."""

from __future__ import annotations

from dataclasses import replace

import tools
from assistant.pairitems import items_of_pairs
from assistant.plan import ToolPlan
from assistant.poststeps import post


def execute(plan: ToolPlan):
    """The result of a tool plan: its steps run in order, each combined with the result so far by its op."""
    result = None
    for step in plan.steps:
        if step.tool == "restrict":
            result = tools.restrict(result, set(step.args["names"]), step.args.get("position"))
            continue
        if step.tool in _OVER_PAIRS:
            result = _OVER_PAIRS[step.tool](step.args, result)
            continue
        if step.tool.startswith("_"):
            result = post(step.tool, step.args, result)
            continue
        fn = getattr(tools, step.tool)
        args = {k: v for k, v in step.args.items() if v is not None}
        if step.tool == "crossover_grade" and "industry" not in args:
            args["industry"] = _single_industry(args["subtrend"])
        r = fn(**args)
        if result is None or step.op == "set":
            result = r
        else:
            result = {"intersect": tools.intersect, "subtract": tools.subtract, "union": tools.union}[step.op](result, r)
    return result


def _single_industry(subtrend: str) -> str:
    """The one industry whose sub-trend this is; several: ask which (an AmbiguousName the user reads)."""
    inds = tools.subtrend_industries(subtrend).items
    if len(inds) > 1:  # Figure 7 has rows for some industries only: keep those
        inds = [i for i in inds if tools.crossover_block(i).count] or inds
    if len(inds) == 1:
        return inds[0]
    raise tools.AmbiguousName("industry", subtrend, list(inds),
                              f"{subtrend} is a sub-trend of {' and of '.join(inds)}. Which industry do you mean?")


def _among_pairs(args: dict, r):
    """The pairs of ``r`` that are among ``pairs``, in either order (Figures 13 and 16 print each pair once)."""
    keep = {frozenset(p) for p in args["pairs"]}
    items = [i for i in r.items if isinstance(i, tuple | list) and frozenset(i) in keep]
    rows = [row for row in r.rows if frozenset((row.get("region_a"), row.get("region_b"))) in keep]
    return replace(r, items=items, count=len(items), rows=rows, title=f"{r.title}, among the last pairs")


def _other_side(args: dict, r):
    """The partners of ``region`` in the pairs of ``r``: the other side of each pair that holds it."""
    name = args["region"]
    held = [i for i in r.items if isinstance(i, tuple | list) and name in i]
    items = list(dict.fromkeys(b if a == name else a for a, b in held))
    rows = [row for row in r.rows if name in (row.get("region_a"), row.get("region_b"))]
    return replace(r, items=items, count=len(items), rows=rows, title=f"{r.title}: partners of {name}")


def _rank_among(args: dict, r):
    """The names with the most (``order="fewest"``: the fewest) of a ranking's counts, among ``names`` only: "which
    of them has the most …" over the whole figure's count of each. No counts: nothing is picked."""
    names = set(args["names"])
    rows = [row for row in r.rows if isinstance(row, dict) and row.get("name") in names and "count" in row]
    if not rows:
        return replace(r, items=[], count=0, value=None, title=f"{r.title}: no count for the last answer's names")
    edge = (min if args.get("order") == "fewest" else max)(row["count"] for row in rows)
    items = [row["name"] for row in rows if row["count"] == edge]
    return replace(r, items=items, count=len(items), value=items[0] if len(items) == 1 else None, rows=rows,
                   title=f"{r.title}: among the {len(rows)} of the last answer, the {args.get('order', 'most')} ({edge})")


def _in_region(args: dict, r):
    """A country's region (``region_of``) checked against ``region``: yes or no, the region it is in kept as the
    item ("and greece?" after "is poland in central eastern europe": no, Southeast Europe)."""
    region = args["region"]
    said = "yes" if r.value == region else "no"
    return replace(r, value=said, items=[r.value] if r.value else [], count=1 if r.value else 0,
                   title=f"{r.title} — in {region}? {said}")


# post-steps of follow-ups: over pairs of regions (two kinds of cooperation compared, assistant.kindpairs); a
# ranking kept to the last answer's names (assistant.those)
_OVER_PAIRS = {"_among_pairs": _among_pairs, "_other_side": _other_side, "_rank_among": _rank_among,
               "_in_region": _in_region, "_items_of_pairs": items_of_pairs}
