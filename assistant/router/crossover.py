"""Cue rules for Figure 7: value-chain crossover grades of sub-trends and parameters."""

from __future__ import annotations

import re
from types import SimpleNamespace

from assistant import cues as C
from assistant.plan import Step, ToolPlan, first_plan

PARAMS_NO_MARK = re.compile(r"\bparameters?\b.*\b(no mark|not marked|unmarked|never marked|left blank|blank|empty)\b")


_NO_MARK = re.compile(r"\b(no (\w+ ){0,4}marks?|not marked|unmarked|left blank|blank|empty|no tick|without (a )?(mark|tick))\b")


def _crossover_plan(text, inds, trends, subs, params, fkey) -> ToolPlan | None:
    fig7 = fkey == "7" or bool(params) or bool(re.search(r"✓|cross-?over|value[- ]chain", text)) or \
        bool(C.SUBTREND_WORD.search(text) and re.search(r"\bparameters?\b|\bmarked\b|\bmarks?\b|\banything\b|\bticks?\b|\bticked\b", text)) or \
        bool(re.search(r"\b(double|single) ticks?\b", text))
    if not fig7 and not (subs and C.CROSSOVER.search(text)):
        return None
    grade = C.check_grade(text)
    ind = inds[0] if inds else None
    c = SimpleNamespace(text=text, inds=inds, trends=trends, subs=subs, params=params, fkey=fkey, fig7=fig7, grade=grade, ind=ind)
    return first_plan((_crossover_cells, _crossover_gaps, _crossover_counts), c)


def _crossover_cells(c: SimpleNamespace) -> ToolPlan | None:
    """A sub-trend's grades, cells with many marks, a sub-trend's profile."""
    if c.subs and c.params:
        steps = [Step("crossover_grade", {"industry": c.ind, "subtrend": c.subs[0], "parameter": c.params[0]})]
        if C.YESNO.search(c.text) and c.grade and not re.search(r"\b(single|double|✓✓?) or (single|double|✓✓?)\b", c.text):
            steps.append(Step("_is_check", {"grade": c.grade, "at_least": c.grade == "✓" and not re.search(r"\bonly\b|\bsingle\b", c.text)}))
        return ToolPlan(tuple(steps))
    if c.params and _NO_MARK.search(c.text) and C.SUBTREND_WORD.search(c.text):
        return ToolPlan((Step("crossover_cells", {"industry": c.ind, "parameter": c.params[0], "grade": ""}),
                         Step("_col", {"i": 0 if c.ind else None})))
    many = re.search(r"\b(\d+|two|three|four|five) (or more )?(double ticks|✓✓|very strong marks|ticks|marks|single ticks)\b", c.text)
    if many and not c.params and not c.subs:
        n = {"two": 2, "three": 3, "four": 4, "five": 5}.get(many[1]) or int(many[1])
        g = "✓✓" if re.search(r"double|✓✓|very strong", many[3]) else "✓"
        return ToolPlan((Step("subtrends_with_many", {"grade": g, "min_parameters": n, "industry": c.ind}),))
    if c.subs and not c.params:
        steps = [Step("subtrend_profile", {"subtrend": c.subs[0], "industry": c.ind})]
        if c.grade:
            steps.append(Step("_group", {"key": c.grade, "at_least": bool(re.search(r"\bmarked\b|\bany mark|\bat least\b|\bor very strong\b|\bor stronger\b|\bticked\b|\bat all\b|\ba tick\b|\ba mark\b", c.text))}))
            if C.YESNO.search(c.text):
                steps.append(Step("_any", {}))
        return ToolPlan(tuple(steps))
    nograde = re.search(r"\bno (very strong|✓✓|strong|✓) (mark|cross)", c.text)
    if nograde and c.ind and C.SUBTREND_WORD.search(c.text):
        g = "✓✓" if nograde[1] in ("very strong", "✓✓") else "✓"
        return ToolPlan((Step("crossover_block", {"industry": c.ind}),
                         Step("subtrends_with_many", {"grade": g, "min_parameters": 1, "industry": c.ind}, "subtract")))
    return None


def _crossover_gaps(c: SimpleNamespace) -> ToolPlan | None:
    """Parameters never marked, cells with no mark, counts and rankings of marks."""
    if PARAMS_NO_MARK.search(c.text) and c.ind:
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": "✓", "at_least": True}), Step("_zero", {})))
    if re.search(r"\bparameters?\b.*\bnever (get|gets|have|has|receive)\b", c.text) and c.ind:
        g = "✓✓" if re.search(r"double|✓✓|very strong", c.text) else "✓"
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": g, "at_least": True}), Step("_zero", {})))
    if re.search(r"\bno (\w+ )?(marks?|ticks?)\b|\bnot marked\b|\bunmarked\b|\bwithout (any )?(\w+ )?marks?", c.text) and not c.params:
        return ToolPlan((Step("crossover_gaps", {}), Step("_group_pairs", {"contains": "no mark"})))
    if C.GAPS.search(c.text) and not c.params:
        return ToolPlan((Step("crossover_gaps", {}),))
    if re.search(r"\b(which|what) (\w+ )?parameters?\b", c.text) and (C.MOST.search(c.text) or C.COUNT.search(c.text)):
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": c.grade or "✓✓"}), Step("_leader", {"nth": 1})))
    if C.COUNT.search(c.text) and not c.params and re.search(r"cross-?over points?|✓|cells?|marks?|ticks?", c.text):
        return ToolPlan((Step("crossover_cells", {"industry": c.ind, "grade": c.grade or "✓✓"}),))
    if C.MOST.search(c.text) and re.search(r"\bsub-?trends?\b", c.text):
        return ToolPlan((Step("rank_subtrends", {"industry": c.ind, "grade": c.grade or "✓"}),))
    if re.search(r"\b(anything|any parameter|at least one parameter|some parameter)\b", c.text) and not c.params:
        return ToolPlan((Step("subtrends_with_many", {"grade": c.grade or "✓✓", "min_parameters": 1, "industry": c.ind}),))
    return None


def _crossover_counts(c: SimpleNamespace) -> ToolPlan | None:
    """Sub-trends marked for several parameters, outside an industry, for one parameter."""
    m = re.search(r"\b(\d+|two|three|four|five|several|multiple|many) (or more )?(parameters|columns)\b", c.text)
    if m and not c.params:
        n = {"two": 2, "three": 3, "four": 4, "five": 5, "several": 2, "multiple": 2, "many": 3}.get(m[1], None)
        n = n if n is not None else int(m[1])
        return ToolPlan((Step("subtrends_with_many", {"grade": c.grade or "✓✓", "min_parameters": n, "industry": c.ind}),))
    outside = re.search(r"\b(outside|except|other than|apart from|besides|excluding)\b", c.text)
    if c.params and outside and c.ind:
        return ToolPlan((Step("subtrends_at_grade", {"parameter": c.params[0], "min_grade": c.grade or "✓✓"}),
                         Step("_exclude_first", {"name": c.ind})))
    if c.params:
        lead = c.grade is None and C.AGG_MOST.search(c.text)  # "which one leads on …": the strongest grade there
        step = Step("subtrends_at_grade", {"parameter": c.params[0], "min_grade": "✓" if lead else c.grade or "✓✓",
                                           "industry": c.ind, "trend": c.trends[0] if c.trends else None})
        return ToolPlan((step, Step("_top", {})) if lead else (step,))
    if c.ind and (C.MOST.search(c.text)):
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": c.grade or "✓✓"}),))
    return None
    return None
