"""Compiler rows for exclusivity across one figure's entries: "is X only a logistics thing", "is Y specific to
medtech", "is logistics the only industry with Z": where the figure lists X, and whether that is the one industry
named and no other."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.compile.matrix import MATRIX, direction
from assistant.frame import Frame, Name
from assistant.plan import Step, ToolPlan

# "only / solely / just (a|for|in) <name>", "unique / specific / exclusive / limited to <name>"
_BEFORE = re.compile(r"\b(only|solely|purely|exclusively|just|unique to|specific to|exclusive to|limited to|"
                     r"confined to|restricted to)\s+((a|an|the|for|in|under|to|with)\s+){0,2}$")
_AFTER = re.compile(r"^\s*(alone|only)\b")


def confined_to(frame: Frame, kind: str = "industry") -> Name | None:
    """The one name of ``kind`` the question confines something to ("only a logistics thing", "medtech alone",
    "the only industry …" with that industry named), else None."""
    names = [n for n in frame.names if n.kind == kind]
    if len({n.canonical for n in names}) != 1:
        return None
    name = names[0]
    if frame.combination == "only" or _BEFORE.search(frame.text[:name.start]) or _AFTER.search(frame.text[name.end:]):
        return name
    return None


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


def only_rows(frame: Frame) -> ToolPlan | None:
    """Yes/no: is an entry listed for the one industry named and no other."""
    if frame.intent != "yesno" or frame.negation or C.REASONS.search(frame.text):
        return None
    ind = confined_to(frame)
    if ind is None:
        return None
    return _subtrend_only(frame, ind) or _trend_only(frame, ind)
