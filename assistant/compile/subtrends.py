"""Compiler rows for Figure 6: the sub-trends of hot-spots (mega trend × industry), where a sub-trend is listed,
the hot-spots themselves, and rankings of hot-spots, industries or trends by how many they list."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.compile.matrix import name_ops
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan, first_plan
from assistant.spot import fold

# relations a sub-trend question may carry besides its own: "the sub-trends *impact* brings to logistics"
_CARRIERS = ("subtrends", "downstream", "upstream", "aosi")
_OPS = {"or": "union", "either": "union", "minus": "subtract"}
_RANK_BY = {"industries": "industry", "trends": "trend"}
_FIGURE6_WORDS = re.compile(C.SUBTREND_WORD.pattern + "|" + C.HOTSPOT.pattern)


def pairs(frame: Frame) -> list[tuple[str | None, str | None]]:
    """The hot-spots a question names, (trend, industry) in order of mention: one name of a kind is shared by
    every hot-spot ("the social media hot spots of logistics and creative industries")."""
    trends, inds = frame.given("trend"), frame.given("industry")
    n = max(len(trends), len(inds))
    return [(trends[min(k, len(trends) - 1)] if trends else None, inds[min(k, len(inds) - 1)] if inds else None)
            for k in range(n)]


def _named_subtrend(frame: Frame) -> ToolPlan | None:
    """A named sub-trend: is it listed for a hot-spot (yes/no), which industries list it, under which hot-spots."""
    trends = {fold(t) for t in frame.given("trend")}
    subs = [s for s in frame.given("subtrend") if fold(s) not in trends]  # "big data" still a trend: the trend's
    if not subs:
        return None
    given = pairs(frame)
    if frame.intent == "yesno" and len(given) == 1:
        trend, ind = given[0]
        return ToolPlan((Step("subtrends_for", {"trend": trend, "industry": ind}), Step("_member", {"name": subs[0]})))
    if (frame.intent == "yesno" or C.SECOND_YESNO.search(frame.text)) and not given and C.SUBTREND_WORD.search(frame.text):
        return ToolPlan((Step("aosis_with_subtrend", {"subtrend": subs[0]}), Step("_any", {})))  # "is X a sub-trend?"
    if given or frame.intent == "yesno" or not (_FIGURE6_WORDS.search(frame.text) or frame.figure or
                                                frame.focus in ("trends", "industries", "pairs")):
        return None  # a sub-trend's name inside other words ("the Open Telematics Platform") is not a Figure 6 question
    if frame.focus == "industries":
        return ToolPlan((Step("subtrend_industries", {"subtrend": subs[0]}),))
    return ToolPlan((Step("aosis_with_subtrend", {"subtrend": subs[0]}),))


def _hotspot_ranking(frame: Frame) -> ToolPlan | None:
    """No name: hot-spots by how many sub-trends they list, or industries / trends by how many hot-spots."""
    agg = frame.aggregation
    top = agg is not None and agg.kind == "top" and agg.n
    if frame.names or agg is None or agg.kind not in ("most", "least") and not top or frame.followup.of_those or \
            frame.followup.pronoun:  # "which of them has the longest list": the last answer's, not every hot-spot
        return None
    subs = bool(C.SUBTREND_WORD.search(frame.text))
    spots = bool(C.HOTSPOT.search(frame.text))  # "which trend-industry hot-spot lists the most sub-trends"
    by = "hotspot" if subs and (spots or frame.focus not in ("industries", "trends")) else \
        _RANK_BY.get(frame.focus or "", "hotspot")
    rank = Step("rank_hotspots", {"order": "fewest" if agg.kind == "least" else "most", "by": by,
                                  "unit": "subtrends" if subs else "hotspots"})
    return ToolPlan((rank, Step("_top_n", {"n": agg.n})) if top else (rank,))


def _hotspot_list(frame: Frame) -> ToolPlan | None:
    """The hot-spots themselves (all, or one industry's or trend's) when the answer is hot-spots, not sub-trends."""
    if frame.focus == "subtrends" or not C.HOTSPOT.search(frame.text) or frame.aggregation is not None:
        return None
    given = pairs(frame)
    if len(given) > 1 or frame.intent == "yesno":
        return None
    trend, ind = given[0] if given else (None, None)
    return ToolPlan((Step("hotspots", {"industry": ind, "trend": trend}),))


def _hotspot_subtrends(frame: Frame) -> ToolPlan | None:
    """The sub-trends of one hot-spot (or one industry, one trend), the nth of them, several combined."""
    given = pairs(frame)
    if not given or not _asks_subtrends(frame):
        return None
    steps = [Step("subtrends_for", {"trend": t, "industry": i}, op) for (t, i), op in _joined(frame, given)]
    agg = frame.aggregation
    if agg is not None and agg.kind == "nth" and agg.n and len(given) == 1:
        steps.append(Step("_nth_row", {"n": agg.n, "field": "subtrend"}))
    elif agg is not None:
        return None
    if frame.intent == "yesno":
        steps.append(Step("_any", {}))
    return ToolPlan(tuple(steps))


def _joined(frame: Frame, given: list[tuple[str | None, str | None]]) -> list[tuple[tuple, str]]:
    """The hot-spots with how each joins the ones before: when they differ by one kind only (industries, or
    trends), as each name's clause says ("shared by A and B but not C"); else the question's combination."""
    for pos, kind in ((1, "industry"), (0, "trend")):
        names = [g[pos] for g in given]
        if len(given) > 1 and None not in names and len({g[1 - pos] for g in given}) == 1:
            ops = name_ops(frame, kind, names)
            return [(next(g for g in given if g[pos] == n), op) for n, op in ops.items()]
    op = _OPS.get(frame.combination or "", "intersect")
    return [(g, "set" if k == 0 else op) for k, g in enumerate(given)]


def _asks_subtrends(frame: Frame) -> bool:
    """The answer is sub-trends: the focus, or the sub-trend word when the focus noun is the figure named or a
    count ("give me the Figure 6 sub-trends for …", "how many sub-trends …")."""
    said = C.SUBTREND_WORD.search(frame.text)
    return frame.focus == "subtrends" or bool(said) and (frame.intent == "count" or frame.focus == "figures")


def subtrend_rows(frame: Frame) -> ToolPlan | None:
    """Figure 6's rows, when the frame asks about sub-trends or hot-spots (never crossover grades)."""
    in_common = frame.intent == "compare" and frame.combination in ("both", "and") and len(pairs(frame)) > 1
    if frame.relation not in _CARRIERS or frame.intent in ("explain", "define", "locate") or \
            frame.intent == "compare" and not in_common or \
            frame.grade is not None or C.REPORT_SAYS.search(frame.text):  # a grade is Figure 7's (crossover), never Figure 6's
        return None
    if frame.relation != "subtrends" and frame.focus != "subtrends":
        return None
    return first_plan((_named_subtrend, _hotspot_ranking, _hotspot_list, _hotspot_subtrends), frame)
