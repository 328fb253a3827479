"""Post-steps over a tool result, typed by name in the plan: yes/no membership, a group, the top entry, a
position in a list, a comparison of R&D and business grades. Each is a small function of (args, result)."""

from __future__ import annotations

import re
from dataclasses import replace

import tools
from assistant.coop_steps import COOP_STEPS
from assistant.count_steps import COUNT_STEPS, _row_name
from assistant.reading import KIND_WORDS
from assistant.spot import fold


def _member(args: dict, r):
    """Is the name among the result's items? With ``placed`` (a country asked of a region), a "no" answers with
    the region Figure 10 does put the country in."""
    want = fold(args["name"])
    hit = any(fold(i) == want for i in r.items if isinstance(i, str))
    out = replace(r, value="yes" if hit else "no", title=f"{r.title}: is {args['name']} among them?")
    if hit or not args.get("placed"):
        return out
    placed = tools.region_of(args["name"])
    return replace(out, items=placed.items, count=len(placed.items), rows=placed.rows,  # the same figure, cited
                   title=f"{out.title} No: Figure 10 lists {args['name']} under {placed.value}")


def _members(args: dict, r):
    """Is every one of ``names`` among the result's items ("are both A and B in it")? The ones that are listed."""
    listed = {fold(i) for i in r.items if isinstance(i, str)}
    hit = [n for n in args["names"] if fold(n) in listed]
    missing = [n for n in args["names"] if n not in hit]
    said = f"; not listed: {', '.join(missing)}" if missing else ""
    return replace(r, value="yes" if not missing else "no", items=hit, count=len(hit),
                   title=f"{r.title}: are {' and '.join(args['names'])} all among them?{said}")


def _only(args: dict, r):
    """Is every entry the one name (a pair counts when one of its parts is)? "is it a logistics thing only"."""
    want = fold(args["name"])
    hit = [i for i in r.items if any(fold(str(p)) == want for p in (i if isinstance(i, tuple | list) else (i,)))]
    ok = bool(hit) and len(hit) == len(r.items)
    return replace(r, value="yes" if ok else "no", title=f"{r.title}: {args['name']} alone?")


def _all_grade(args: dict, r):
    """Is every row of a graded result at exactly ``grade`` ("does SW Europe only have weak links"), or at least
    at it (``at_least``: "are all its partners medium or better")?"""
    want = tools.grade_rank("cooperation", args["grade"])

    def fits(g) -> bool:
        rank = tools.grade_rank("cooperation", g or "")
        return rank is not None and want is not None and rank >= want if args.get("at_least") else g == args["grade"]

    ok = bool(r.rows) and all(fits(row.get("grade")) for row in r.rows)
    other = [row.get("region") or row.get("name") for row in r.rows if not fits(row.get("grade"))]
    said = f"; graded otherwise: {', '.join(other)}" if other else ""
    bound = " or stronger" if args.get("at_least") else ""
    out = replace(r, value="yes" if ok else "no", title=f"{r.title} — are all \"{args['grade']}\"{bound}?{said}")
    party = r.args.get("region")
    if ok or not party:
        return out
    # "no": the pairs that break the claim are the answer's list ("only weak links": the strong ones)
    kept = [row for row in r.rows if not fits(row.get("grade"))]
    return replace(out, items=[(party, o) for o in other], count=len(other), rows=kept)


def _any(args: dict, r):
    return replace(r, value="yes" if r.items else "no")


def _is_check(args: dict, r):
    value = r.value or ""
    rank = tools.grade_rank("crossover", value)
    want = tools.grade_rank("crossover", args["grade"])
    if rank is None or want is None:
        return r
    ok = rank >= want if args.get("at_least") else rank == want
    return replace(r, value="yes" if ok else "no", title=f"{r.title} — is it {args['grade']}?")


def _exclude_first(args: dict, r):
    want = fold(args["name"])
    items = [x for x in r.items if not (isinstance(x, tuple | list) and fold(x[0]) == want)]
    return replace(r, items=items, count=len(items), title=f"{r.title}, outside {args['name']}")


def _col(args: dict, r):
    i = args.get("i")
    if i is None:
        return r
    items = list(dict.fromkeys(x[i] if isinstance(x, tuple | list) else x for x in r.items))  # each once
    title = f"{args['of']} with {r.title[:1].lower()}{r.title[1:]}" if args.get("of") else r.title
    return replace(r, items=items, count=len(items), title=title)


def _is_grade(args: dict, r):
    rank = tools.grade_rank("cooperation", r.value or "")
    want = tools.grade_rank("cooperation", args["grade"])
    if rank is None or want is None:
        return r
    ok = rank >= want if args.get("relation") == "at_least" else rank == want
    return replace(r, value="yes" if ok else "no",
                   title=f"{r.title} — is it \"{args['grade']}\"{' or stronger' if args.get('relation') == 'at_least' else ''}?")


def _nth_row(args: dict, r):
    n = args["n"]
    if not r.rows or abs(n) > len(r.rows):
        return r
    row = r.rows[n - 1] if n > 0 else r.rows[-1]
    return replace(r, value=str(row.get(args["field"], row.get("name", ""))),
                   title=f"{r.title} — entry {n if n > 0 else len(r.rows)}: {row.get('name', '')}")


def _best_row(args: dict, r):
    stop = {"which", "what", "common", "characteristic", "characteristics", "value", "chains", "chain", "about",
            "goes", "with", "the", "does", "report", "describe", "development"}
    stems = {w[:6] for w in re.findall(r"[a-z][a-z-]{3,}", fold(args["question"])) if w not in stop}
    scored = []
    for row in r.rows:
        words = {w[:6] for w in re.findall(r"[a-z][a-z-]{3,}", fold(" ".join(str(v) for v in row.values())))}
        scored.append((len(stems & words), row))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return r
    best = scored[0][1]
    return replace(r, value=best["name"], title=f"{r.title} — the one the question describes")


def _leader(args: dict, r):
    counts = sorted({row["count"] for row in r.rows if "count" in row}, reverse=True)
    n = args.get("nth", 1)  # -1: the fewest (the other end of the ranking)
    if len(counts) < abs(n) or n == 0:
        return r
    at = counts[n - 1] if n > 0 else counts[n]
    names = [row["name"] for row in r.rows if row.get("count") == at]
    place = {1: "the most", 2: "second", 3: "third", -1: "the fewest"}.get(n, f"place {n}")
    return replace(r, items=names, count=len(names), value=names[0] if len(names) == 1 else None,
                   title=f"{r.title} — {place} ({at})")


def _zero(args: dict, r):
    items = [row["name"] for row in r.rows if row.get("count") == 0]
    return replace(r, items=items, count=len(items), title=f"{r.title}: none at all")


def _group(args: dict, r):
    key = args["key"]
    items = list(r.groups.get(key, []))
    if args.get("at_least"):
        items = [x for g, names in r.groups.items() if g and g != "?" and len(g) >= len(key) for x in names]
    return replace(r, items=items, count=len(items), groups={key: items},
                   title=f"{r.title}, graded {key or 'no mark'}")


def _group_pairs(args: dict, r):
    items = []
    for label, names in r.groups.items():
        if args["contains"] in label:
            items += [tuple(n.split(" | ", 1)) for n in names]
    return replace(r, items=items, count=len(items), value=items[0][1] if len(items) == 1 else None)


def _exclude(args: dict, r):
    want = fold(args["name"])  # a name, or the name inside a pair ("Logistical Services × e-Commerce")
    items = [i for i in r.items if not (fold(i) == want if isinstance(i, str) else
                                        isinstance(i, tuple | list) and want in {fold(x) for x in i if isinstance(x, str)})]
    return replace(r, items=items, count=len(items), title=f"{r.title}, other than {args['name']}")


_STRENGTH = ("✓✓", "✓", "++", "+", "o", "-")


def _top(args: dict, r):
    if not r.rows:
        return r
    # strongest first on either scale (cooperation ++ + o -, crossover ✓✓ ✓); rows need not come sorted
    pick = max if args.get("weakest") else min
    best = pick((row.get("grade") for row in r.rows), key=lambda g: _STRENGTH.index(g) if g in _STRENGTH else 99)
    top = [row for row in r.rows if row.get("grade") == best]
    names = [row.get("region") or row.get("name") or row.get("subtrend") for row in top]
    return replace(r, items=names, count=len(names), value=names[0] if len(names) == 1 else None,
                   title=f"{r.title} — the {'weakest' if args.get('weakest') else 'strongest'}")


def _stronger(args: dict, r):
    """Two or more named entries of a graded result compared on their grade (either scale): the stronger one
    (``weakest``: the weaker), a tie said as a tie; ``than`` asks yes/no whether the first is the stronger."""
    found = {fold(_row_name(row)): row for row in r.rows}
    rows = [found.get(fold(n)) for n in args["names"]]
    if any(row is None for row in rows):
        return r
    rank = [_STRENGTH.index(row.get("grade")) if row.get("grade") in _STRENGTH else len(_STRENGTH) for row in rows]
    edge = max(rank) if args.get("weakest") else min(rank)
    lead = [_row_name(row) for row, k in zip(rows, rank, strict=True) if k == edge]
    said = ", ".join(f"{_row_name(row)} {row.get('grade') or 'no mark'}" for row in rows)
    tie = len(set(rank)) == 1
    value = ("yes" if not tie and lead[0] == _row_name(rows[0]) else "no") if args.get("than") else \
        ("tie" if tie else lead[0])
    word = "weaker" if args.get("weakest") else "stronger"
    return replace(r, items=lead, count=len(lead), value=value, rows=rows,
                   title=f"{r.title}: {said} — {'a tie' if tie else lead[0] + ' is ' + word}")


def _pick(args: dict, r):
    items = [i for i in r.items if isinstance(i, str)]
    pos = args["position"]
    if not items:
        return r
    if pos in ("first", "last"):
        v = items[0] if pos == "first" else items[-1]
    else:
        want = fold(args["name"])
        idx = next((n for n, i in enumerate(items) if want in fold(i) or fold(i) in want), None)
        if idx is None:
            return r
        n = idx + 1 if pos == "after" else idx - 1
        if not 0 <= n < len(items):
            return replace(r, value=None, title=f"{r.title}: nothing comes {pos} {items[idx]}")
        v = items[n]
    return replace(r, value=v, title=f"{r.title} — {pos}{' ' + args['name'] if args.get('name') else ''}")


def _field(args: dict, r):
    want = fold(args["contains"])
    for row in r.rows:
        if any(want in fold(str(v)) for v in row.values()):
            return replace(r, value=str(row.get(args["field"], "")) or None)
    return r


def _compare_kinds(args: dict, r):
    """One pair's R&D and business grades: is the kind ``stronger`` names rated above the other? With
    ``stronger`` None: which kind is rated higher."""
    grades = {row["kind"]: row["grade"] for row in r.rows if "kind" in row}
    rank = {k: tools.grade_rank("cooperation", grades.get(k, "")) for k in ("rd", "business")}
    if None in rank.values():
        return r
    if args.get("options"):  # "is that higher or lower than their business ties": the word that holds
        return _either_or(args, r, grades, rank)
    if args.get("stronger") is None:  # which kind is stronger (``weaker``: weaker): that one, or neither
        pick, end = (min, "weaker") if args.get("weaker") else (max, "stronger")
        top = pick(rank, key=rank.get) if rank["rd"] != rank["business"] else None
        return replace(r, value=KIND_WORDS[top] if top else "neither (both rated the same)",
                       title=f"{r.title} — the {end} kind: {KIND_WORDS[top] if top else 'neither, both rated the same'}")
    weaker = "business" if args["stronger"] == "rd" else "rd"
    ok = rank[args["stronger"]] > rank[weaker]
    return replace(r, value="yes" if ok else "no",
                   title=f"{r.title} — is {KIND_WORDS[args['stronger']]} rated above {KIND_WORDS[weaker]}?")


def _either_or(args: dict, r, grades: dict, rank: dict):
    """The ``subject`` kind's grade against the other kind's: the first of ``options`` when above, the second
    when below, "the same" when level."""
    one = args["subject"]
    other = "business" if one == "rd" else "rd"
    up, down = args["options"]
    value = up if rank[one] > rank[other] else down if rank[one] < rank[other] else "the same"
    than = "as" if value == "the same" else "than"
    return replace(r, value=value, title=f"{r.title} — {KIND_WORDS[one]} ({grades[one]}) is {value} {than} "
                                         f"{KIND_WORDS[other]} ({grades[other]})")


def _top_n(args: dict, r):
    """The first n of a ranking (by count, most first); a tie at the boundary keeps every name tied."""
    rows = sorted((row for row in r.rows if "count" in row), key=lambda row: -row["count"])
    n = args["n"]
    if len(rows) < n:
        return r
    cut = rows[n - 1]["count"]
    names = [row["name"] for row in rows if row["count"] >= cut]
    return replace(r, items=names, count=len(names), value=None, title=f"{r.title} — top {n}")


STEPS = {"_top_n": _top_n, "_member": _member, "_members": _members, "_only": _only, "_any": _any, "_is_check": _is_check, "_exclude_first": _exclude_first, "_col": _col, "_is_grade": _is_grade, "_nth_row": _nth_row, "_best_row": _best_row, "_leader": _leader, "_zero": _zero, "_group": _group, "_group_pairs": _group_pairs, "_exclude": _exclude, "_top": _top, "_pick": _pick, "_field": _field, "_compare_kinds": _compare_kinds}


def post(op: str, args: dict, r):
    """Run one post-step over the result so far."""
    if op not in STEPS:
        raise ValueError(f"unknown step {op}")
    return STEPS[op](args, r)


def _exact_grade(args: dict, r):
    """Only the entries graded exactly ``grade`` ("rated ✓": not the ✓✓ ones a floor of ✓ also lets in); items
    and rows stay aligned, pairs stay pairs."""
    keep = [(i, row) for i, row in zip(r.items, r.rows, strict=True) if row.get("grade") == args["grade"]]
    return replace(r, items=[i for i, _ in keep], rows=[row for _, row in keep], count=len(keep),
                   groups={args["grade"]: [str(i) for i, _ in keep]}, title=f"{r.title}, exactly {args['grade']}")


def _none_left(args: dict, r):
    """A universal claim checked: yes when nothing is left over (every cell backed), else no, with the exceptions."""
    return replace(r, value="no" if r.items else "yes",
                   title=f"{r.title} — " + ("none: every one is backed" if not r.items else "these are not backed"))


def _cite(args: dict, r):
    """The figure a claim of the question names ("fig 5 marks X × Y as an AOSI. is that cell in fig 3 or 4?") is
    cited beside the figures that answer, so the claim and its check can both be looked up."""
    from tools._data import cite, figures

    key = args["figure"]
    if key not in figures() or any(c.figure == key for c in r.citations):
        return r
    return replace(r, citations=[*r.citations, cite(key)])


def _as_value(args: dict, r):
    """The value the plan read the question as ("Iberia = which region": Southwest Europe), the list kept beside it."""
    return replace(r, value=args["value"])


STEPS["_as_value"] = _as_value
STEPS["_cite"] = _cite
STEPS["_none_left"] = _none_left
STEPS["_exact_grade"] = _exact_grade
STEPS["_stronger"] = _stronger
STEPS["_all_grade"] = _all_grade
STEPS.update(COOP_STEPS)  # the cooperation figures' own post-steps (assistant.coop_steps)
STEPS.update(COUNT_STEPS)  # the post-steps that compare counts (assistant.count_steps)
