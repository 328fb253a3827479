"""Compiler rows for Figure 7: value-chain crossover grades (✓✓ very strong, ✓ strong, blank) of sub-trends on the
eight transition parameters — one cell, a sub-trend's profile, a parameter's column, blanks, counts and rankings."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.frame import Frame, blanked
from assistant.plan import Step, ToolPlan, first_plan
from assistant.spot import fold

# the cooperation scale's words read on Figure 7's own scale ("very strong" is ✓✓, "strong" ✓)
_ON_CHECKS = {"++": "✓✓", "+": "✓"}
# a cell left blank: "no mark", "not ticked", "left blank", "without a tick"
NO_MARK = re.compile(r"\b(no (\w+ ){0,4}(marks?|ticks?|grades?|cross-?over points?)|not (marked|ticked)|unmarked|unticked|left blank|blank|"
                     r"empty|without (a |any )?(\w+ )?(marks?|ticks?)|never (gets?|has|have|receives?) (a |any )?)")
# "on anything", "any parameter": at least one parameter
_ANY_PARAMETER = re.compile(r"\b(anything|anywhere|any parameter|at least one parameter|some parameter)\b")
_LISTS = ("key_areas", "characteristics", "services")  # the report's lists: a parameter's word there is no cell
_SEVERAL = re.compile(r"\b(several|multiple|many) (parameters|columns)\b")
# a number of marks: "two double ticks", "3 or more marks"
_N_MARKS = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight) (or more )?(double ticks|✓✓|very strong marks|ticks|"
                      r"marks|single ticks)\b")


def check(frame: Frame) -> str | None:
    """The grade on Figure 7's scale, or None when none is said. A frame that read no grade because a name looked
    like a cooperation word ("Business *relationships*") is read again with the names blanked out."""
    if frame.grade is None:
        return C.check_grade(blanked(frame.text, frame.names))
    return frame.grade.symbol if frame.grade.scale == "crossover" else _ON_CHECKS.get(frame.grade.symbol)


def _at_least(frame: Frame) -> bool:
    return frame.grade is not None and frame.grade.mode == "at_least"


def _one(frame: Frame, kind: str) -> str | None:
    names = frame.given(kind)
    if not names and kind == "subtrend":
        return partial_subtrend(frame.text, frame.given("industry"))
    return names[0] if names else None


_PARTIAL = re.compile(r"\bthe ([\w-]{5,}) (one|row|sub-?trend|entry)\b")


def partial_subtrend(text: str, inds: list[str]) -> str | None:
    """A sub-trend named by one distinctive word ("the prosument one", "the POCHT row") within the industry asked
    about, or across all sub-trends when that word is unique."""
    m = _PARTIAL.search(text)
    if not m:
        return None
    import tools

    names = tools.subtrends_for(industry=inds[0]).items if inds else tools.canonical_names("subtrend")
    hits = [n for n in names if re.search(rf"\b{re.escape(m[1])}", fold(n))]
    return hits[0] if len(hits) == 1 else None


def _cell(frame: Frame) -> ToolPlan | None:
    """One sub-trend on one parameter: its grade, or whether it is (at least) a grade."""
    sub, par = _one(frame, "subtrend"), _one(frame, "parameter")
    if not (sub and par) or _subtrends_apart(frame):  # "which sub-trends other than X …": the column, X out
        return None
    steps = [Step("crossover_grade", {"industry": _one(frame, "industry"), "subtrend": sub, "parameter": par})]
    g = check(frame)
    if frame.intent == "yesno" and frame.combination not in ("or", "either"):
        # "is X rated for Y", "is there a mark": any mark (✓ or better); a grade named: that grade
        g = g or "✓"
        steps.append(Step("_is_check", {"grade": g, "at_least": g == "✓" and (frame.grade is None or _at_least(frame))}))
    return ToolPlan(tuple(steps))


_WEAKER = re.compile(r"\b(weaker|weakest|lower|less strong|lesser)\b")
_THAN = re.compile(r"\bthan\b")
_WHICH = re.compile(r"\b(which|what)\b")


_COLUMNS_OP = {"both": "intersect", "and": "intersect", "minus": "subtract", "either": "union", "or": "union"}


def _two_columns(frame: Frame) -> ToolPlan | None:
    """No sub-trend named, two parameters joined ("sub-trends very strong on both P1 and P2", "✓✓ for P1 but not
    for P2"): the two columns at the grade said, combined as the question joins them."""
    pars, op = frame.given("parameter"), _COLUMNS_OP.get(frame.combination or "")
    if op is None or frame.intent not in ("list", "unknown", "count"):
        return None
    args = {"min_grade": check(frame) or "✓✓", "industry": _one(frame, "industry"), "trend": None}
    return ToolPlan((Step("subtrends_at_grade", {"parameter": pars[0], **args}),
                     Step("subtrends_at_grade", {"parameter": pars[1], **args}, op)))


def two_parameters(frame: Frame) -> ToolPlan | None:
    """One sub-trend, two parameters compared ("X: P1 or P2, which is stronger", "is P1 rated above P2 for X"):
    the sub-trend's profile, the stronger (or weaker) of the two, a tie said as a tie."""
    sub, pars = _one(frame, "subtrend"), frame.given("parameter")
    if not sub and len(pars) == 2:
        return _two_columns(frame)
    if not sub or len(pars) != 2 or frame.intent in ("explain", "define", "locate"):
        return None
    than = bool(_THAN.search(frame.text)) and not _WHICH.search(frame.text)  # "is P1 stronger than P2": yes/no
    if frame.intent == "yesno" and not than:
        return None
    return ToolPlan((Step("subtrend_profile", {"subtrend": sub, "industry": _one(frame, "industry")}),
                     Step("_stronger", {"names": pars, "weakest": bool(_WEAKER.search(frame.text)), "than": than})))


def _subtrends_apart(frame: Frame) -> list[str]:
    """The sub-trends said right after a word that sets them apart ("which sub-trends other than e-commerce …")."""
    m = C.MINUS_COMB.search(frame.text) if frame.combination == "minus" else None
    if m is None:
        return []
    after = [n for n in frame.names if n.start >= m.end()]
    return [after[0].canonical] if after and after[0].kind == "subtrend" else []


def _profile(frame: Frame) -> ToolPlan | None:
    """One sub-trend across the parameters: all its grades, or the parameters at a grade (any: yes/no)."""
    sub = _one(frame, "subtrend")
    if not sub or frame.given("parameter"):
        return None
    steps = [Step("subtrend_profile", {"subtrend": sub, "industry": _one(frame, "industry")})]
    g = check(frame)
    if g:
        steps.append(Step("_group", {"key": g, "at_least": _at_least(frame) and g == "✓"}))
        if frame.intent == "yesno":
            steps.append(Step("_any", {}))
    return ToolPlan(tuple(steps))


def _column(frame: Frame) -> ToolPlan | None:
    """One parameter's column: sub-trends at a grade (in one industry, or outside it), blank, or the strongest."""
    par = _one(frame, "parameter")
    apart = _subtrends_apart(frame)
    if not par or frame.given("subtrend") and not apart:
        return None
    ind = _one(frame, "industry")
    if apart:
        plan = _column(replace(frame, names=tuple(n for n in frame.names if n.kind != "subtrend"), combination=None))
        return replace(plan, steps=(*plan.steps, *(Step("_exclude", {"name": s}) for s in apart))) \
            if plan is not None else None
    if frame.focus is None and check(frame) is None and frame.intent not in ("rank", "count") and \
            not (ind and frame.intent in ("list", "unknown")):
        return None  # "what is the virtual integration concept": the parameter's meaning, not its column (with an
        # industry, "where does P come in for X" asks for the column's cells in that industry's block)
    if NO_MARK.search(frame.text) and frame.focus == "subtrends":
        return ToolPlan((Step("crossover_cells", {"industry": ind, "parameter": par, "grade": ""}),
                         Step("_col", {"i": 0 if ind else None})))
    if _negated(frame) and frame.focus == "subtrends":
        return _complement(frame, par, ind)
    g = check(frame)
    if ind and frame.combination == "minus":
        return ToolPlan((Step("subtrends_at_grade", {"parameter": par, "min_grade": g or "✓✓"}),
                         Step("_exclude_first", {"name": ind})))
    lead = g is None or C.STRONGEST.search(frame.text)  # "the strongest grade": whatever grade is highest there
    if frame.aggregation is not None and frame.aggregation.kind == "most" and lead:
        return ToolPlan((Step("subtrends_at_grade", {"parameter": par, "min_grade": "✓", "industry": ind,
                                                     "trend": _one(frame, "trend")}), Step("_top", {})))
    any_mark = g is None and bool(_ANY_MARK.search(frame.text))  # "which sub-trends touch agile … at all"
    g = "✓" if any_mark else g
    at = Step("subtrends_at_grade", {"parameter": par, "min_grade": g or "✓✓", "industry": ind,
                                     "trend": _one(frame, "trend")})
    # "which industries have a ✓✓ under P": the industries of those cells, each once
    by_industry = (Step("_col", {"i": 0, "of": "Industries"}),) if frame.focus == "industries" and not ind and \
        not C.SUBTREND_WORD.search(frame.text) else ()  # "sub-trends … with their industry": the pairs
    if g == "✓" and not _at_least(frame) and not any_mark:  # "rated ✓", "a single tick": that grade exactly, not ✓✓ too
        return ToolPlan((at, Step("_exact_grade", {"grade": "✓"}), *by_industry))
    return ToolPlan((at, *by_industry))


# a negation that bounds something else than the verb: "not only", "not just", "not even"
_NOT_THE_VERB = re.compile(r"\bnot (only|just|merely|even|necessarily)\b")


def _negated(frame: Frame) -> bool:
    """The question's own verb negated ("which sub-trend does not touch P", "isn't rated very strong for P"): no
    relation of the scope carries the negation, and no list is set apart ("but not in logistics")."""
    return frame.negation and not frame.negated and frame.combination not in ("minus", "neither") and \
        not _NOT_THE_VERB.search(frame.text)


def _complement(frame: Frame, par: str, ind: str | None) -> ToolPlan:
    """The sub-trends of a parameter's column (in one industry, under one trend) under the grade said (no mark
    when none is said)."""
    below = Step("subtrends_at_grade", {"parameter": par, "min_grade": check(frame) or "✓", "industry": ind,
                                        "trend": _one(frame, "trend"), "below": True})
    return ToolPlan((below, Step("_any", {})) if frame.intent == "yesno" else (below,))


_POINT = re.compile(r"\bcross-?over points?\b")


def _blanks(frame: Frame) -> ToolPlan | None:
    """Blank cells: parameters never marked (at a grade) in an industry, sub-trends with no mark (at a grade)."""
    if not NO_MARK.search(frame.text) and not (frame.aggregation and frame.aggregation.kind == "none"):
        return None
    ind, g = _one(frame, "industry"), check(frame)
    if g is None and _POINT.search(frame.text):
        g = "✓✓"  # "no crossover point": no very strong cell, as Figure 7's points are read everywhere (✓✓ unless said)
    if frame.focus == "parameters" and ind:
        return ToolPlan((Step("parameter_ranking", {"industry": ind, "grade": g or "✓", "at_least": True}),
                         Step("_zero", {})))
    if frame.focus == "subtrends" and ind and g:
        return ToolPlan((Step("crossover_block", {"industry": ind}),
                         Step("subtrends_with_many", {"grade": g, "min_parameters": 1, "industry": ind}, "subtract")))
    if frame.focus == "subtrends":
        return ToolPlan((Step("crossover_gaps", {}), Step("_group_pairs", {"contains": "no mark"})))
    return None


def _many(frame: Frame) -> ToolPlan | None:
    """Sub-trends marked on at least n parameters ("two or more double ticks", "very strong on anything")."""
    agg, ind, g = frame.aggregation, _one(frame, "industry"), check(frame)
    n = None
    if agg is not None and agg.kind in ("at_least", "more_than") and agg.n:
        n = agg.n + (agg.kind == "more_than")
    elif _N_MARKS.search(frame.text) and not frame.given("parameter"):
        m = _N_MARKS.search(frame.text)
        n = C.NUMBER_WORDS.get(m[1]) or int(m[1])
        g = "✓✓" if m[3] in ("double ticks", "✓✓", "very strong marks") else g
    elif _SEVERAL.search(frame.text):
        n = 2
    elif _ANY_PARAMETER.search(frame.text) and frame.focus == "subtrends":
        n = 1
    if n is None:
        return None
    plain = re.search(r"\b(ticks?|marks?|checks?|marked)\b", frame.text) and g is None  # any mark, not ✓✓ only
    return ToolPlan((Step("subtrends_with_many", {"grade": g or ("✓" if plain else "✓✓"), "min_parameters": n,
                                                  "industry": ind}),))


def _counts(frame: Frame) -> ToolPlan | None:
    """Rankings and counts of marks: the parameter with the most, the sub-trends with the most, how many cells."""
    ind, g = _one(frame, "industry"), check(frame)
    most = frame.aggregation is not None and frame.aggregation.kind in ("most", "least")
    if frame.focus == "industries" and not ind:
        return _industries_ranked(frame, g)
    if frame.focus == "parameters" and (most or frame.intent == "count") and not C.GAPS.search(frame.text):
        fewest = frame.aggregation is not None and frame.aggregation.kind == "least"  # the other end of the ranking
        return ToolPlan((Step("parameter_ranking", {"industry": ind, "grade": g or "✓✓"}),
                         Step("_leader", {"nth": -1 if fewest else 1})))
    if most and frame.focus == "subtrends":
        return ToolPlan((Step("rank_subtrends", {"industry": ind, "grade": g or "✓",  # "single ticks only": exactly ✓
                                                 "at_least": frame.grade is None or _at_least(frame)}),))
    if C.GAPS.search(frame.text):
        return ToolPlan((Step("crossover_gaps", {}),))
    if frame.intent == "count" and frame.focus in ("subtrends", "figures", None) and ind and g is None:
        return ToolPlan((Step("crossover_block", {"industry": ind}),))
    if frame.intent == "count" or g and frame.intent in ("list", "unknown", "locate") and ind and \
            frame.focus != "parameters":  # "where are the crossover points for medtech": its cells
        # "how many double ticks", "list its very strong crossover points": the cells themselves
        return ToolPlan((Step("crossover_cells", {"industry": ind, "grade": g or "✓✓"}),))
    if ind and not frame.given("trend") and frame.aggregation is None and g is None:
        yes_no = (Step("_any", {}),) if frame.intent == "yesno" else ()  # "does Figure 7 rate X at all"
        return ToolPlan((Step("crossover_block", {"industry": ind}), *yes_no))
    return None


def _industries_ranked(frame: Frame, g: str | None) -> ToolPlan | None:
    """"Which industry block in Figure 7 has the most ✓✓", "the second most crossover points": industries ranked by
    their cells at a grade (a printed symbol is that grade exactly, a word at least it)."""
    agg = frame.aggregation
    if agg is None or agg.kind not in ("most", "nth", "least") or agg.kind == "nth" and not (agg.n and agg.n > 0):
        return None
    nth = agg.n if agg.kind == "nth" else -1 if agg.kind == "least" else 1
    if g is None and _ROWS.search(frame.text):  # "the most sub-trend rows": rows counted, marked or not
        return ToolPlan((Step("count_crossover_rows", {}), Step("_leader", {"nth": nth})))
    count = Step("count_crossover_marks", {"by": "industry", "grade": g or "✓", "at_least": _at_least(frame) or g is None})
    return ToolPlan((count, Step("_leader", {"nth": nth})))


_ROWS = re.compile(r"\b(rows?|lines?|sub-?trends?|entries)\b")


_ANY_MARK = re.compile(r"\bat all\b|\btouch\w*|\bin any way\b")
_CROSSOVER_NAMED = re.compile(r"\bcross-?over (table|matrix|figure|chart|grid|points?)\b")


def _is_figure7(frame: Frame) -> bool:
    """Crossover said, Figure 7 or a parameter named, or a grade on sub-trends (Figure 6 has no grades)."""
    if frame.relation == "crossover" or frame.figure == "7" or frame.given("parameter") or \
            frame.relation is None and _CROSSOVER_NAMED.search(frame.text):  # "does the crossover table rate X"
        return True
    g = frame.grade
    return g is not None and (frame.relation == "subtrends" or frame.relation is None and g.scale == "crossover")


def _shows_a_part(frame: Frame) -> bool:
    """"What does Figure 7 show for X under Y", "show me figure 7 for blue growth": a cell or a block, not a page."""
    return bool(frame.given("subtrend") and frame.given("parameter")) or \
        frame.figure == "7" and bool(frame.given("industry")) and "page" not in frame.text


def crossover_rows(frame: Frame) -> ToolPlan | None:
    """Figure 7's rows, when the frame is about crossover grades."""
    if not _is_figure7(frame) or frame.focus in _LISTS or C.REPORT_SAYS.search(frame.text):
        return None
    if len(frame.given("parameter")) == 2:
        return two_parameters(frame)
    bound = frame.aggregation is not None and frame.aggregation.kind in ("at_least", "more_than")
    if frame.intent in ("explain", "define") or frame.intent == "compare" and not (bound and len(frame.names) < 2):
        return None  # "more than four ticks" bounds a count; it compares no two names
    if frame.intent == "locate" and not _shows_a_part(frame) and \
            (check(frame) is None or frame.figure or C.CHART.search(frame.text) or frame.page and "page" in frame.text):
        return None  # where a figure or page is, not where in the figure a grade is
    return first_plan((_cell, _profile, _column, _blanks, _many, _counts), frame)
