"""Post-steps over the cooperation figures' results (Figures 13 and 16): the region pairs a question named, each
with its grade (and whether the grades are the same), and a partner list that found none at the default floor."""

from __future__ import annotations

from dataclasses import replace

import tools


def pairs_named(args: dict, r):
    """The rows of ``r`` (region pairs with grades) for the named pairs, in the order named; ``same``: the value
    says "yes" or "no", whether all named pairs share one grade. A pair the figure does not hold is said."""
    rows = {frozenset((row["region_a"], row["region_b"])): row for row in r.rows}
    named = [tuple(p) for p in args["pairs"]]
    kept = [rows[frozenset(p)] for p in named if frozenset(p) in rows]
    said = "; ".join(f"{row['region_a']} – {row['region_b']} \u201c{row['grade']}\u201d ({row['words']})" for row in kept)
    missing = [f"{a} – {b}" for a, b in named if frozenset((a, b)) not in rows]
    title = f"{r.title.split(' graded ')[0]}: {said}" + (f"; not in the figure: {', '.join(missing)}" if missing else "")
    value = None
    if args.get("same") and len(kept) == len(named) > 1:
        same = len({row["grade"] for row in kept}) == 1
        value = "yes" if same else "no"
        title += " \u2014 the same grade" if same else " \u2014 different grades"
    groups: dict[str, list[str]] = {}
    for row in kept:
        groups.setdefault(row["grade"], []).append(f"{row['region_a']} – {row['region_b']}")
    return replace(r, items=[(row["region_a"], row["region_b"]) for row in kept], rows=kept, count=len(kept),
                   value=value, groups=groups, title=title)


def weak_if_none(args: dict, r):
    """A partner list with no partner at the floor no one asked for ("o"): not "none", but every partner with its
    weaker grade, the reading saying that none reaches the floor."""
    if r.items or r.tool != "partners" or r.args.get("max_grade") is not None or r.args.get("min_grade") != "o":
        return r  # a band a later turn set ("which of those are medium"): its empty answer stands
    every = tools.partners(r.args["region"], r.args["kind"], min_grade="-")
    return replace(every, title=f"None of {r.args['region']}'s partners is graded \u201c{r.args['min_grade']}\u201d or "
                                f"better; all of them, with their weaker grades — {every.title}")


def rows_counted(args: dict, r):
    """The regions of a ranking by partner count whose count is the one the question says (``n``, ``op``)."""
    from assistant.understand.stated import Stated

    claim = Stated(args["n"], args.get("op", "=="))
    rows = [row for row in r.rows if claim.holds(row["count"])]
    names = [row["region"] for row in rows]
    counts = ", ".join(f"{row['region']} {row['count']}" for row in r.rows)
    title = r.title.split(" (")[0].replace("the most partners", f"{claim.said()} partners") + f" ({counts})"
    return replace(r, items=names, rows=rows, count=len(names), value=names[0] if len(names) == 1 else None,
                   title=title)


COOP_STEPS = {"_pairs_named": pairs_named, "_weak_if_none": weak_if_none, "_rows_counted": rows_counted}
