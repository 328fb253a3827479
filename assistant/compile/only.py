"""Compiler rows for exclusivity across one figure's entries: "is X only a logistics thing", "is Y specific to
medtech", "is logistics the only industry with Z": where the figure lists X, and whether that is the one industry
named and no other."""

from __future__ import annotations

from assistant import cues as C
from assistant.compile.matrix import MATRIX, direction
from assistant.frame import Frame, Name
from assistant.plan import Step, ToolPlan
from assistant.understand.confined import confined_to


def _subtrend_only(frame: Frame, ind: Name) -> ToolPlan | None:
    """A sub-trend confined to one industry: the hot-spots listing it, all in that industry or not."""
    subs = frame.given("subtrend")
    if len(subs) != 1 or frame.given("trend"):
        return None
    return ToolPlan((Step("aosis_with_subtrend", {"subtrend": subs[0]}), Step("_only", {"name": ind.canonical})))


def _trend_only(frame: Frame, ind: Name) -> ToolPlan | None:
    """A mega trend confined to one industry in one impact matrix: the industries marked for it, that one alone?"""
    trends = frame.given("trend")
    d = direction(frame)
    subs = {s.casefold() for s in frame.given("subtrend")}
    if len(trends) != 1 or subs - {trends[0].casefold()} or d not in MATRIX:  # "Big data" names both kinds
        return None
    return ToolPlan((Step("industries_for_trend", {"trend": trends[0], "direction": d}),
                     Step("_only", {"name": ind.canonical})))


def _industry_only(frame: Frame, trend: Name) -> ToolPlan | None:
    """One industry confined to one mega trend ("is logistics only affected by big data"): the trends marked
    for it, that one alone?"""
    inds = frame.given("industry")
    d = direction(frame)
    if len(inds) != 1 or d not in MATRIX:
        return None
    return ToolPlan((Step("trends_for_industry", {"industry": inds[0], "direction": d}),
                     Step("_only", {"name": trend.canonical})))


def only_rows(frame: Frame) -> ToolPlan | None:
    """Yes/no: is an entry listed for the one industry (or mega trend) named and no other."""
    if frame.intent != "yesno" or frame.negation or C.REASONS.search(frame.text):
        return None
    ind = confined_to(frame)
    if ind is not None:
        return _subtrend_only(frame, ind) or _trend_only(frame, ind)
    trend = confined_to(frame, "trend")
    return _industry_only(frame, trend) if trend is not None else None
