"""Cue rules for Figures 3-5: the impact matrices of mega trends and industries."""

from __future__ import annotations

import re
from types import SimpleNamespace

from assistant import cues as C
from assistant.plan import Step, ToolPlan, first_plan
from assistant.understand.direction import INDUSTRY_WORD as _INDUSTRY_WORD
from assistant.understand.direction import TREND_WORD as _TREND_WORD
from assistant.understand.direction import direction
from assistant.understand.relation import DIRECTION_OF_FIGURE

_ZERO = re.compile(r"\b(no|none|not .* by any|not .* any|zero|never)\b|n't \w+ any\b")


_ONE = re.compile(r"\b(exactly one|only one|only a single|a single|just one|exactly 1|only 1)\b")


_N_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_EXACT_N = re.compile(r"\bexactly (\d+|one|two|three|four|five|six)\b")


_MORE_N = re.compile(r"\b(more than|over|at least) (\d+|one|two|three|four|five)\b")


# the report's text as the judge of a ranking: "which industries does the conclusion say are most exposed"
_TEXT_JUDGES = re.compile(r"\b(the|its|their) (conclusions?|summary|text|authors?|study)\b|\baccording to\b")


# a ranking whose words name no matrix ("most exposed to the mega trends"): which one was counted, and the others
_NO_MATRIX = ("the question names no matrix: counted in the downstream one (Figure 3); the areas of strong "
              "interdependency (Figure 5) and the upstream matrix (Figure 4) mark other cells")


_NOT_VERB = re.compile(r"\b(not|n't|never|neither|nor|none of|untouched|unaffected|unmarked)\b|n't\b")


def _first_between(text: str, a: int, b: int, pat: re.Pattern) -> bool:
    return bool(pat.search(text[min(a, b):max(a, b)]))


def _matrix_plan(text, inds, trends, fkey, mentions) -> ToolPlan | None:
    d = direction(text, inds, trends, mentions) or DIRECTION_OF_FIGURE.get(fkey or "")
    mixed = d in ("both", "either", "downstream_only", "upstream_only")
    c = SimpleNamespace(text=text, inds=inds, trends=trends, fkey=fkey, mentions=mentions, d=d, mixed=mixed)
    return first_plan((_matrix_names, _matrix_whole), c)


def _matrix_names(c: SimpleNamespace) -> ToolPlan | None:
    """Named industries or trends: a cell, their marked cells, combined or negated."""
    if c.inds and c.trends:
        cell_dir = c.d if c.d in ("downstream", "upstream", "aosi") else None
        if cell_dir is None:
            return None  # no matrix read: not the downstream cell by default
        return ToolPlan((Step("matrix_cell", {"trend": c.trends[0], "industry": c.inds[0], "direction": cell_dir}),))
    for names, tool, key in ((c.inds, "trends_for_industry", "industry"), (c.trends, "industries_for_trend", "trend")):
        if not names or c.d is None:
            continue  # no direction read: never the nearest tool that takes the name
        dd = c.d
        pos = [m.start for m in c.mentions if m.canonical in names]
        steps = [Step(tool, {key: names[0], "direction": dd})]
        for n, other in enumerate(names[1:], 1):
            if len(pos) > n and _first_between(c.text, pos[n - 1], pos[n], _NOT_VERB):
                op = "subtract"
            elif re.search(r"\bor\b|\beither\b", c.text) and not re.search(r"\bboth\b", c.text):
                op = "union"
            else:
                op = "intersect"
            steps.append(Step(tool, {key: other, "direction": dd}, op))
        return ToolPlan(tuple(steps))
    return None


def _matrix_whole(c: SimpleNamespace) -> ToolPlan | None:
    """No name: rankings and counts over a whole matrix (the marked cells themselves and AOSI combinations are
    compiled)."""
    ranking = C.MOST.search(c.text) or C.LEAST.search(c.text) or re.search(r"\b(second|third|fourth|fifth)\b.*\b(how many|most|number)\b", c.text)
    if ranking and c.d is None and (not (c.trends or _TREND_WORD.search(c.text)) or _TEXT_JUDGES.search(c.text)):
        return None  # ranked by what no matrix holds ("the most internationalised") or the text's own judgement: a passage
    zero, one = _ZERO.search(c.text), _ONE.search(c.text)
    exact, more = _EXACT_N.search(c.text), _MORE_N.search(c.text)
    if (ranking or zero or one or exact or more) and (_INDUSTRY_WORD.search(c.text) or _TREND_WORD.search(c.text)):
        i_at = _INDUSTRY_WORD.search(c.text)
        t_at = re.search(r"(?<!-)\b(mega ?trends?|megatrends?|trends?)\b", c.text)
        ent = "industry" if i_at and (not t_at or i_at.start() < t_at.start()) else "trend"
        args = {"entity": ent, "direction": c.d if c.d else ("aosi" if C.AOSI.search(c.text) else "downstream")}
        guessed = None if c.d or args["direction"] == "aosi" else _NO_MATRIX
        if exact and not ranking:
            args["count"] = _N_WORDS.get(exact[1]) or int(exact[1])
        elif more and not ranking:
            n = _N_WORDS.get(more[2]) or int(more[2])
            args["min_count"] = n + 1 if more[1] in ("more than", "over") else n
        elif zero and not ranking:
            args["count"] = 0
        elif one and not ranking:
            args["count"] = 1
        elif C.LEAST.search(c.text):
            args["order"] = "fewest"
        nth = re.search(r"\b(second|third|fourth|fifth)\b", c.text)
        if nth and ranking:
            return ToolPlan((Step("rank_matrix", args),
                             Step("_leader", {"nth": ["second", "third", "fourth", "fifth"].index(nth[1]) + 2})), guessed)
        return ToolPlan((Step("rank_matrix", args),), guessed)
    return None
