"""Compiler row for a yes/no that asks the same of two or more names at once ("are both medtech and pharma in an
AOSI with personalisation", "is big data hit back by logistics and packaging alike"): the one name's row of the
impact matrix asked, and whether every other name is in it (the ones that are listed)."""

from __future__ import annotations

from assistant.compile.matrix import MATRIX, direction
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.spot import fold

_LIST_OF = {"trend": ("industries_for_trend", "trend"), "industry": ("trends_for_industry", "industry")}


def all_named_rows(frame: Frame) -> ToolPlan | None:
    """One name of one kind and two or more of the other, asked together as a yes/no about one impact matrix."""
    if frame.intent != "yesno" or frame.combination not in ("both", "and") or frame.relation not in MATRIX or \
            frame.aggregation is not None or frame.negation:
        return None
    trends = list(dict.fromkeys(frame.given("trend")))
    inds = list(dict.fromkeys(frame.given("industry")))
    shared = {fold(s) for s in frame.given("subtrend")}
    trends = [t for t in trends if fold(t) not in shared] or trends  # "Big data" the trend, said once
    for pivot, many in ((trends, inds), (inds, trends)):
        if len(pivot) == 1 and len(many) >= 2:
            tool, arg = _LIST_OF["trend" if pivot is trends else "industry"]
            d = direction(frame) or frame.relation
            return ToolPlan((Step(tool, {arg: pivot[0], "direction": d}), Step("_members", {"names": many})))
    return None
