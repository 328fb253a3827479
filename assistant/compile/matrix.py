"""Compiler rows for the impact matrices (Figures 3-5): a cell, one side's marked cells combined, rankings by
counts, AOSI cells kept or dropped by the other matrices."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan, first_plan
from assistant.understand.confined import confined_to
from assistant.understand.relation import DIRECTION_OF_FIGURE as _OF_FIGURE
from assistant.understand.scope import EITHER_WAY

MATRIX = ("downstream", "upstream", "aosi")
_OPS = {"both": "intersect", "and": "intersect", "or": "union", "either": "union", "minus": "subtract"}


def direction(frame: Frame) -> str | None:
    """The tool's direction argument from the frame's relation and scope ("downstream_only", "both", …)."""
    if frame.relation is None and C.EXPERIENCE.search(frame.text) and frame.kinds & {"industry", "trend"} and \
            frame.focus in ("industries", "trends"):
        return "downstream"  # "which industries feel the immediate availability trend"
    if frame.relation not in MATRIX:
        return None
    said = [s for s in frame.scope if s.relation in MATRIX]
    pos = {s.relation for s in said if not s.negated}
    neg = {s.relation for s in said if s.negated}
    if frame.relation in ("downstream", "upstream") and (neg == {"upstream", "downstream"} - {frame.relation} or
                                                         pos == {frame.relation} and C.ONLY_BESIDE.search(frame.text)):
        return f"{frame.relation}_only"  # "… but not upstream", "upstream only": that matrix and not the other
    if pos == {"downstream", "upstream"}:
        return "either" if frame.combination in ("or", "either") or EITHER_WAY.search(frame.text) else "both"
    return frame.relation


def _mixed_cell(frame: Frame, d: str) -> ToolPlan | None:
    """A trend and an industry read across two matrices ("both ways", "downstream but not upstream", "either"):
    the industry's trends marked so, kept to the named trends; a yes/no says whether any is."""
    inds, trends = frame.given("industry"), frame.given("trend")
    if len(inds) != 1 or not trends or d in MATRIX:
        return None
    steps = (Step("trends_for_industry", {"industry": inds[0], "direction": d}), Step("restrict", {"names": trends}, "intersect"))
    return ToolPlan(steps + ((Step("_any", {}),) if frame.intent == "yesno" else ()))


def _all_but(frame: Frame, d: str) -> ToolPlan | None:
    """One name's marked cells but for the other side's names said after "except / but not": "which industries
    does big data hit but not mobility", "trends shaping logistics except personalisation"."""
    if frame.combination != "minus" or d not in MATRIX and not d.endswith("_only"):
        return None
    for kind, tool, focus in _SIDES:
        names, other = frame.given(kind), frame.given("trend" if kind == "industry" else "industry")
        if len(names) == 1 and other and frame.focus == focus:
            return ToolPlan((Step(tool, {kind: names[0], "direction": d}),
                             *(Step("_exclude", {"name": n}) for n in other)))
    return None


_MATRIX_WORD = re.compile(r"\b(matrix|matrices|figures?|tables?|grids?|charts?|side)\b")
_ASKS_YES_NO = re.compile(r"^\W*(is|are|does|do|did|was|were|has|have)\b")


def asked_figures_cell(frame: Frame) -> ToolPlan | None:
    """A trend × industry cell asked about in the figures the last clause names, after a clause that states what
    another figure shows ("fig 5 flags X × Y — does fig 3 or fig 4 mark that cell"): the cell in those figures."""
    if len(frame.given("industry")) != 1 or len(frame.given("trend")) != 1 or not frame.clauses:
        return None
    last = frame.text[max(frame.clauses):]
    figs = [_OF_FIGURE[m[1]] for m in C.FIGURE_REF.finditer(last) if m[1] in _OF_FIGURE] or \
        [d for d, pat in (("downstream", C.DOWN), ("upstream", C.UP)) if _MATRIX_WORD.search(last) and pat.search(last)]
    stated = _stated_figures(frame.text[:max(frame.clauses)], figs)
    if not figs or not _ASKS_YES_NO.match(last) or stated is None:
        return None
    d = figs[0] if len(set(figs)) == 1 else "either" if re.search(r"\bor\b", last) else "both"
    if set(figs) - {"downstream", "upstream"} and len(set(figs)) > 1:
        return None  # the AOSI matrix with another: no one direction reads both
    ind, trend = frame.given("industry")[0], frame.given("trend")[0]
    claimed = tuple(Step("_cite", {"figure": f}) for f in stated)  # the figure the stated clause names
    if d in MATRIX:
        return ToolPlan((Step("matrix_cell", {"trend": trend, "industry": ind, "direction": d}), *claimed))
    return ToolPlan((Step("trends_for_industry", {"industry": ind, "direction": d}),
                     Step("restrict", {"names": [trend]}, "intersect"), Step("_any", {}), *claimed))


_FIGURE_OF = {d: f for f, d in _OF_FIGURE.items()}


def _stated_figures(before: str, figs: list[str]) -> tuple[str, ...] | None:
    """The figures a stated clause names other than the ones asked about: by number ("fig 5 flags X × Y"), or by
    the matrix it reads ("the consolidated matrix shows X × Y as an AOSI", "X × Y is an area of strong
    interdependency"); None when it names no impact matrix at all (then it states nothing to check)."""
    if C.FIGURE_REF.search(before):
        return tuple(m[1] for m in C.FIGURE_REF.finditer(before) if _OF_FIGURE.get(m[1]) not in (None, *figs))
    from assistant.understand import read

    rel = read(before).relation
    if rel not in MATRIX or rel in figs:
        return None
    return (_FIGURE_OF[rel],)


def _trend_industry_cell(frame: Frame, d: str) -> ToolPlan | None:
    inds, trends = frame.given("industry"), frame.given("trend")
    if len(inds) != 1 or len(trends) != 1 or d not in MATRIX or frame.intent not in ("yesno", "value"):
        return None
    return ToolPlan((Step("matrix_cell", {"trend": trends[0], "industry": inds[0], "direction": d}),))


# the side a name sits on, the tool that lists the other side, and the focus that tool answers with
_SIDES = (("industry", "trends_for_industry", "trends"), ("trend", "industries_for_trend", "industries"))


def _one_side(frame: Frame, d: str) -> ToolPlan | None:
    """The marked cells of named industries (or trends), combined as the question says."""
    for kind, tool, focus in _SIDES:
        names = frame.given(kind)
        other = "trend" if kind == "industry" else "industry"
        if not names or frame.given(other) or frame.focus not in (focus, None) or \
                frame.focus is None and not _direction_said(frame):
            continue
        ops = name_ops(frame, kind, names)
        if frame.combination in ("neither", "only") or frame.aggregation is not None or \
                frame.negation and not d.endswith("_only") and "subtract" not in ops.values():
            return None
        if len(names) > 1 and frame.combination not in _OPS and "subtract" not in ops.values():
            return None
        steps = [Step(tool, {kind: n, "direction": d}, op) for n, op in ops.items()]
        if frame.intent == "yesno":
            if frame.focus is None and not _ANY_MARKED.search(frame.text):
                return None  # "does biopharma have any AOSI at all" asks for any marked cell; a bare yes/no does not
            steps.append(Step("_any", {}))
        elif frame.intent not in ("list", "count", "unknown", "value") and \
                not (frame.intent == "compare" and len(names) > 1):  # "which trends do A and B have in common"
            return None
        return ToolPlan(tuple(steps))
    return None


# "any …", "at all", "a single …": a yes/no asking whether the name has a marked cell in the matrix said
_ANY_MARKED = re.compile(r"\b(any|at all|a single|anything|none)\b")


# a name said after one of these words, in its own clause, is taken out: "shared by A and B but missing for C"
_TAKEN_OUT = re.compile(r"\b(but not|and not|not|except|excluding|other than|apart from|besides|minus|without|"
                        r"missing|absent|lacking|don'?t|doesn'?t|isn'?t|aren'?t)\b")


def name_ops(frame: Frame, kind: str, names: list[str]) -> dict[str, str]:
    """How each named industry (or trend) joins the ones before it, in the order they are last said: "set" for
    the first, "subtract" for one said after a negation ("… but not C"), else the question's combination (in
    common: intersect; or: union)."""
    last = {n.canonical: n for n in frame.names if n.kind == kind}  # the last mention of each name
    ends = sorted((last[c].start, last[c].end) for c in names)
    gaps = [frame.text[ends[i - 1][1]:ends[i][0]] for i in range(1, len(ends))]
    by_place = [c for _, c in sorted((last[c].start, c) for c in names)]
    cut = [bool(_TAKEN_OUT.search(g)) for g in gaps]
    default = _OPS.get(frame.combination or "", "intersect")
    if not any(cut):  # no name taken out: the names in the order given, joined as the question's combination says
        return {n: "set" if i == 0 else default for i, n in enumerate(names)}
    out = {by_place[0]: "set"}
    for name, gap, taken_out in zip(by_place[1:], gaps, cut, strict=True):
        if taken_out:
            out[name] = "subtract"
        elif re.search(r"\bor\b", gap):  # "A or B, but not C"
            out[name] = "union"
        else:
            out[name] = default if default != "subtract" else "intersect"
    return out


_EVERYTHING = {"trends": "mega_trends", "industries": "industries"}


def _complement(frame: Frame, d: str) -> ToolPlan | None:
    """The other side minus the named ones' marked cells: "which trend does NOT act on DI", "industries left
    untouched by big data", "influenced by none of A, B or C"."""
    if not frame.negation or d not in MATRIX or any(s.negated and s.relation != frame.relation for s in frame.scope) \
            or frame.combination == "only":
        return None
    for kind, tool, focus in _SIDES:
        names = frame.given(kind)
        other = "trend" if kind == "industry" else "industry"
        if not names or frame.given(other) or frame.focus != focus:
            continue
        if len(names) > 1 and frame.combination != "neither":
            return None  # "A but not B" is a difference of two names (_one_side)
        steps = [Step("list_items", {"name": _EVERYTHING[focus]})]
        steps += [Step(tool, {kind: n, "direction": d}, "subtract") for n in names]
        return ToolPlan(tuple(steps))
    return None


def _exclusive(frame: Frame, d: str) -> ToolPlan | None:
    """"Which trend influences DI and no other industry", "is there a trend that hits only DI and nothing else",
    "any trend marked for CI alone": marked for that one name only (a yes/no says whether any is)."""
    if d not in MATRIX:
        return None
    for kind, tool, focus in _SIDES:
        names = frame.given(kind)
        other = "trend" if kind == "industry" else "industry"
        if len(names) != 1 or frame.given(other) or frame.focus != focus or \
                frame.combination != "only" and confined_to(frame, kind) is None:
            continue
        steps = (Step("rank_matrix", {"entity": _ENTITY[focus], "direction": d, "count": 1}),
                 Step(tool, {kind: names[0], "direction": d}, "intersect"))
        return ToolPlan(steps + ((Step("_any", {}),) if frame.intent == "yesno" else ()))
    return None


_ENTITY = {"industries": "industry", "trends": "trend"}


def _direction_said(frame: Frame) -> bool:
    """A matrix named by the question's own words ("CI downstream", "AOSIs for EnvI"), not only implied."""
    return any(s.relation in MATRIX and not s.negated for s in frame.scope)


def _none_marked(frame: Frame) -> bool:
    """"Which megatrends have no AOSI", "industries with no upstream effect": the asked matrix itself negated."""
    return any(s.relation == frame.relation and s.negated for s in frame.scope)


def _ranking(frame: Frame, d: str) -> ToolPlan | None:
    """No name given: industries or trends ranked by their marked cells (most, fewest, none, exactly n, nth)."""
    if frame.names or frame.focus not in _ENTITY:
        return None
    if frame.aggregation is None and _none_marked(frame) and frame.intent in ("list", "yesno", "value", "unknown", "count"):
        return ToolPlan((Step("rank_matrix", {"entity": _ENTITY[frame.focus], "direction": frame.relation,
                                              "count": 0}),))
    if frame.aggregation is None or frame.aggregation.kind != "none" and any(s.negated for s in frame.scope) or \
            frame.combination in ("both", "and") and _PAIR_OF.search(frame.text):
        return None  # "the most megatrends but no AOSI", "which two industries share the most": no one ranking
    agg = frame.aggregation
    args: dict = {"entity": _ENTITY[frame.focus], "direction": d}
    post: list[Step] = []
    if agg.kind == "least":
        args["order"] = "fewest"
    elif agg.kind == "none":
        args["count"] = 0
    elif agg.kind == "exactly":
        args["count"] = agg.n
    elif agg.kind in ("at_least", "more_than"):
        args["min_count"] = agg.n + (agg.kind == "more_than")
    elif agg.kind == "top" and agg.n:
        post.append(Step("_top_n", {"n": agg.n}))
    elif agg.kind == "nth" and agg.n and agg.n > 1 and frame.intent in ("rank", "count"):
        post.append(Step("_leader", {"nth": agg.n}))
    elif agg.kind != "most":
        return None
    return ToolPlan((Step("rank_matrix", args), *post))


# "trend-industry pairs", "links", "connections": the marked cells, whatever the focus
_PAIR_OF = re.compile(r"\bwhich (two|2|pair|couple)\b")
_PAIRS = re.compile(r"\b(pairs?|cells?|combinations?|links?|connections?|linkages?)\b")
# the matrices a direction reads: cells marked in every one of the first, in none of the second
_MARKED_IN = {"downstream": (["downstream"], []), "upstream": (["upstream"], []), "aosi": (["aosi"], []),
              "both": (["downstream", "upstream"], []), "either": (["downstream"], []),
              "downstream_only": (["downstream"], ["upstream"]), "upstream_only": (["upstream"], ["downstream"])}


def _marked_cells(frame: Frame, d: str) -> ToolPlan | None:
    """No name and no side asked: the marked cells (trend, industry pairs) themselves — "list all areas of strong
    interdependency", "how many pairs are marked both downstream and upstream", "upstream effects not matched
    downstream"."""
    if frame.names or frame.focus not in (None, "pairs") and not _PAIRS.search(frame.text) or \
            frame.aggregation is not None and frame.aggregation.kind != "each" or frame.intent not in ("list", "count", "unknown", "value") or \
            frame.followup.of_those or frame.followup.opener:
        return None  # "which of those are AOSIs" keeps the previous answer's names: a follow-up, not every cell
    include, exclude = _MARKED_IN[d]
    if any(s.relation == "aosi" and s.negated for s in frame.scope):  # "… but are not AOSIs"
        exclude = [*exclude, "aosi"]
    return ToolPlan((Step("compare_matrices", {"include": include, "exclude": exclude}),))


def _across(frame: Frame, d: str) -> ToolPlan | None:
    """One name's cells in the AOSI matrix kept or dropped by another matrix the question says: "trends with an
    AOSI with logistics but no downstream mark", "industries big data has an AOSI with that are also upstream"."""
    said: dict[str, bool] = {}
    for s in frame.scope:
        if s.relation in MATRIX:
            said.setdefault(s.relation, s.negated)
    order = sorted(said, key=lambda r: said[r])  # the matrices kept first, then the ones taken out
    if "aosi" not in said or len(said) < 2 or said[order[0]] or frame.intent not in ("list", "count", "unknown", "value"):
        return None
    for kind, tool, focus in _SIDES:
        names = frame.given(kind)
        if len(names) == 1 and not frame.given("trend" if kind == "industry" else "industry") and frame.focus == focus:
            return ToolPlan(tuple(Step(tool, {kind: names[0], "direction": r},
                                       "set" if i == 0 else "subtract" if said[r] else "intersect")
                                  for i, r in enumerate(order)))
    return None


def _matrix(frame: Frame) -> ToolPlan | None:
    d = direction(frame)
    if d is None or frame.intent in ("explain", "define", "locate") or C.REASONS.search(frame.text) or \
            frame.intent == "compare" and frame.aggregation is None and frame.combination not in ("both", "and", "minus"):
        return None
    return first_plan((_across, _mixed_cell, _all_but, _trend_industry_cell, _exclusive, _complement, _one_side, _ranking,
                       _marked_cells), frame, d)


# a negation over "both … and …": not in the two together (outside their overlap), unlike "in neither"
_NOT_BOTH = re.compile(r"\b(not|n't|never|isn't|aren't)\b[^,;.]*\bboth\b")


def _aosi_scope(frame: Frame) -> ToolPlan | None:
    """AOSI cells kept or dropped by the other matrices: "AOSIs not backed downstream", "downstream side only"."""
    rels = {s.relation: s.negated for s in frame.scope if s.relation in MATRIX}
    if frame.names or rels.get("aosi") is not False or len(rels) < 2 or frame.intent in ("explain", "define"):
        return None
    include = ["aosi"] + [r for r in ("downstream", "upstream") if rels.get(r) is False]
    exclude = [r for r in ("downstream", "upstream") if rels.get(r)]
    if len(exclude) == 2 and _NOT_BOTH.search(frame.text):  # "not backed by both 3 and 4": outside their overlap
        return ToolPlan(tuple(Step("compare_matrices", {"include": include, "exclude": [r]}, "set" if i == 0 else "union")
                              for i, r in enumerate(exclude)))
    if frame.combination == "only" or " only" in frame.text:
        exclude = [r for r in ("downstream", "upstream") if r not in include]
    return ToolPlan((Step("compare_matrices", {"include": include, "exclude": exclude}),))
