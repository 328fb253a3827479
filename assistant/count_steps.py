"""Post-steps that compare counts: named entries of a ranking compared on their count, a count against the one
the question states, and two figures' totals. Each is a small function of (args, result)."""

from __future__ import annotations

from dataclasses import replace

import tools
from assistant.spot import fold
from assistant.understand.stated import Stated


def _compare(args: dict, r):
    """Named entries of a ranking compared on their count: the one with more (or fewer), a tie said as a tie.
    ``than`` asks yes/no whether the first named has more (fewer) than the second, ``same`` whether all have as
    many, ``alone`` whether the one named has more (fewer) than every other entry. A name the figure does not
    count is said, never compared as zero."""
    found = {fold(_row_name(row)): row for row in r.rows}
    rows = [found[fold(n)] for n in args["names"] if fold(n) in found]
    missing = [n for n in args["names"] if fold(n) not in found]
    what = args.get("what") or r.title
    if missing or not rows:
        return replace(r, items=[_row_name(x) for x in rows], count=len(rows), value=None, rows=rows,
                       title=f"{what}: {' and '.join(missing)} not counted in this figure")
    if args.get("alone"):
        rows = [rows[0]] + [x for x in r.rows if x is not rows[0]]
    name = [_row_name(row) for row in rows]
    counts = [row["count"] for row in rows]
    said = ", ".join(f"{n} {c}" for n, c in zip(name, counts, strict=True))
    if args.get("total"):  # "how many AOSIs do A, B and C have": each one's count, and their sum
        return replace(r, items=name, count=sum(counts), value=str(sum(counts)), rows=rows,
                       title=f"{what}: {said} — {sum(counts)} in all")
    fewest = args.get("order") == "fewest"
    edge = min(counts) if fewest else max(counts)
    lead = [n for n, c in zip(name, counts, strict=True) if c == edge]
    if len(set(counts)) == 1:
        verdict = f"a tie: {counts[0]} each"
    else:
        verdict = f"{' and '.join(lead)} {'have' if len(lead) > 1 else 'has'} {'fewer' if fewest else 'more'}"
    return replace(r, items=lead, count=len(lead), value=_verdict(args, counts, lead), rows=rows,
                   title=f"{what}: {said} — {verdict}")


def _row_name(row: dict) -> str:
    return str(row.get("name") or row.get("region") or row.get("parameter"))


def _verdict(args: dict, counts: list[int], lead: list[str]) -> str:
    """yes/no for "A more than B" / "as many as" / "more than any other"; else the leader, or "tie"."""
    fewest = args.get("order") == "fewest"
    if args.get("same"):
        return "yes" if len(set(counts)) == 1 else "no"
    if args.get("alone"):
        rest = counts[1:]
        if args.get("tie_ok"):  # "has the most": at the top, alone or tied
            return "yes" if rest and all((counts[0] <= c) if fewest else (counts[0] >= c) for c in rest) else "no"
        return "yes" if rest and all((counts[0] < c) if fewest else (counts[0] > c) for c in rest) else "no"
    if args.get("than"):
        return "yes" if (counts[0] < counts[1] if fewest else counts[0] > counts[1]) else "no"
    return lead[0] if len(lead) == 1 else "tie"


def _count_is(args: dict, r):
    """Does the count match the one the question states ("does Figure 5 show 12 marks")? The real count is said
    either way, so a "no" names the number the figure gives. ``check_only``: a "which" question that claims the
    count ("only one industry … - which") keeps its answer; the title says whether the count holds."""
    claim = Stated(args["n"], args.get("op", "=="))
    ok = claim.holds(r.count)
    return replace(r, value=r.value if args.get("check_only") else "yes" if ok else "no",
                   title=f"{r.title} — {r.count} in all" + (f", so yes: {claim.said()}" if ok else f", not {claim.said()}"))


def _versus(args: dict, r):
    """Two figures' totals compared ("does the upstream matrix have fewer marks than the downstream one"): the
    first figure's count against the count of ``tool(**args)``; both counts are said, a tie as a tie."""
    other = getattr(tools, args["tool"])(**{k: v for k, v in args.items() if k not in _VERSUS_KEYS})
    a, b = r.count, other.count
    names = [_figure_name(r), _figure_name(other)]
    fewer = args.get("fewer")
    ok = a < b if fewer else a > b
    lead = names[0] if (a < b if fewer else a > b) else names[1] if a != b else None
    value = ("yes" if ok else "no") if args.get("yes_no") else (lead or "tie")
    if args.get("options"):  # "more or fewer": the word that holds for the first figure, not a yes or no
        value = args["options"][0] if a > b else args["options"][1] if a < b else "the same"
    rows = [{"name": names[0], "count": a, "title": r.title}, {"name": names[1], "count": b, "title": other.title}]
    said = f"{names[0]} {a}, {names[1]} {b}"
    verdict = "a tie" if a == b else f"{names[0]}: {value}" if args.get("options") else \
        f"{lead} has {'fewer' if fewer else 'more'}"
    kept = {} if args.get("keep") else {"items": [], "rows": rows, "groups": {}}  # ``keep``: the first list stays
    return replace(r, count=a, value=value, citations=[*r.citations, *other.citations], notes=_merged(r.notes, other.notes),
                   title=f"{r.title} against {other.title}: {said} — {verdict}", **kept)


_VERSUS_KEYS = ("tool", "fewer", "yes_no", "options", "keep")  # _versus's own arguments; the rest are the second tool's


def _figure_name(r) -> str:
    figs = [c.figure for c in r.citations if c.figure]
    return f"Figure {figs[0]}" if figs else r.title


def _merged(a, b) -> list:
    return [*a, *(n for n in b if n not in a)]


COUNT_STEPS = {"_compare": _compare, "_count_is": _count_is, "_versus": _versus}
