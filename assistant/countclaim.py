"""A follow-up that states a count and asks yes or no ("and for creative industries, is it more than ten?", "so
that's 11 then?", "is it really 12?"): the plan it completes to lists entries, and their count is checked against
the one stated (poststeps._count_is); the real count is said either way."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.slots import CELL_TOOLS, YES_NO
from assistant.state import State
from assistant.understand.stated import _BOUND, _NAMING, _NUM, _OPS, _WORDS, Stated, stated

# a count said with its noun left out, the follow-up's subject being the last answer's entries: "is it more than
# ten?", "only 3 then?", "at least five of them?"
_ELIDED = re.compile(r"(?<![\w§.])" + _BOUND + r"(?P<n>" + _NUM + r")(?=\s*(?:$|[?,.!;:]|\s(?:of (?:them|those|these)|"
                     r"ones?|in (?:all|total)|altogether|then|or|though|really)\b))")


def elided(text: str) -> Stated | None:
    """The count a follow-up states with no noun after it (not a number that names a figure, page or section)."""
    for m in _ELIDED.finditer(text):
        if _NAMING.search(text[:m.start("bound") if m["bound"] else m.start("n")]):
            continue
        word = m["n"]
        if word == "one" and not m["bound"]:
            continue  # "the business one?", "that one": a pronoun, not a count
        n = int(word) if word.isdigit() else _WORDS.get(word)
        if n is not None:
            return Stated(n, _OPS.get(m["bound"] or "", "=="))  # type: ignore[arg-type]
    return None


def count_claimed(frame: Frame, plan, state: State):
    """``plan`` with the stated count checked after it, when ``frame`` is a yes/no follow-up that states a count
    and ``plan`` answers with entries (no yes/no or one cell of its own); else ``plan`` unchanged. A count the
    last plan checked is replaced by the one said now ("and X - fewer than 3?")."""
    if state.last_frame is None or not isinstance(plan, ToolPlan) or not plan.steps:
        return plan
    steps = tuple(s for s in plan.steps if s.tool not in _WEAKER)
    if frame.intent != "yesno" and len(steps) == len(plan.steps) and not _bound_asked(frame):
        return plan
    claim = stated(frame.text, yes_no=True) or elided(frame.text)
    if claim is None or {s.tool for s in steps} & (YES_NO | CELL_TOOLS):
        return plan
    if _bounds_each(frame, plan, claim):  # "any with more than two?": whether any entry is left
        return replace(plan, steps=(*steps, Step("_any", {}))) if frame.intent == "yesno" else plan
    return replace(plan, steps=(*steps, Step("_count_is", {"n": claim.n, "op": claim.op, "check_only": False})))


def _bounds_each(frame: Frame, plan: ToolPlan, claim: Stated) -> bool:
    """"any with more than two?" after a ranking: the count is each entry's, which the plan already bounds by (its
    own ``min_count``), not the number of entries."""
    agg = frame.aggregation
    return agg is not None and agg.n == claim.n and any("min_count" in s.args for s in plan.steps)


def _bound_asked(frame: Frame) -> bool:
    """"and for X - more than 5?": an elliptic follow-up asking, with no verb, whether a bound holds."""
    claim = elided(frame.text)
    fu = frame.followup
    return claim is not None and claim.op != "==" and frame.asked.rstrip().endswith("?") and (fu.opener or fu.short)


# yes/no steps a stated count says more than: "any at all" and the count the last plan checked
_WEAKER = frozenset({"_count_is", "_any"})
