"""Follow-ups that compare the two kinds of cooperation over the last subject: "which partners are stronger on
business than on r&d for them" after a region's partners, "are any of those better in business" after a list of
pairs. Both figures are read (Figure 13 and Figure 16, through ``grade_differences``); the answer is kept to the
last region's partners (named by their other side) or to the last pairs, never one figure's list again."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.state import State
from assistant.swaps import KINDS_OF_COOPERATION

# a comparison of grades: "stronger", "beats", "ahead of"; the second list says the subject is the lower one
_HIGHER = re.compile(r"\b(stronger|better|higher|more intense|closer|beats?|exceeds?|surpass(?:es)?|outranks?|"
                     r"ahead of|above)\b")
_LOWER = re.compile(r"\b(weaker|worse|lower|less intense|behind|below|trails?|lags?)\b")
_DIRECTION = {"rd": "rd_stronger", "business": "business_stronger"}


def stronger_kind(frame: Frame) -> str | None:
    """The kind of cooperation the words say is graded higher: the first kind said, unless a word says it is the
    lower one; None when no comparison of grades is made or no kind is said."""
    said = list(dict.fromkeys(s.relation for s in frame.scope if s.relation in KINDS_OF_COOPERATION and
                              not s.negated))
    higher, lower = bool(_HIGHER.search(frame.text)), bool(_LOWER.search(frame.text))
    if not said or higher == lower:  # none, or "higher or lower?": a choice of two words, not a claim (against.py)
        return None
    first = said[0]
    return next(k for k in KINDS_OF_COOPERATION if k != first) if lower else first


def _last_pairs(state: State) -> list[tuple[str, str]]:
    """The last answer's items when they were all pairs of names."""
    items = state.last_items
    ok = items and all(isinstance(i, tuple | list) and len(i) == 2 for i in items)
    return [tuple(i) for i in items] if ok else []


def _subject_region(state: State) -> str | None:
    """The one region the last turn was about (its frame's), else the region said last."""
    last = state.last_frame
    given = last.given("region") if last is not None else []
    return given[0] if len(given) == 1 else state.last_of("region") if not given else None


def kinds_over_last(frame: Frame, state: State) -> ToolPlan | None:
    """The pairs whose grades differ the way the words say, kept to the last pairs, or to the last region's
    partners (each named by the other side). A yes/no asks whether any is left."""
    fu = frame.followup
    kind = stronger_kind(frame)
    both = len({s.relation for s in frame.scope} & set(KINDS_OF_COOPERATION)) == 2  # "weaker" there is no grade bound
    if kind is None or frame.names or frame.negation or frame.grade is not None and not both or \
            frame.focus not in (None, "regions", "pairs") or not (fu.of_those or fu.pronoun or fu.opener or fu.short):
        return None
    steps: tuple[Step, ...] = (Step("grade_differences", {"direction": _DIRECTION[kind]}),)
    pairs = _last_pairs(state)
    region = None if pairs else _subject_region(state)
    if pairs:
        steps += (Step("_among_pairs", {"pairs": [list(p) for p in pairs]}),)
    elif region is not None:
        steps += (Step("_other_side", {"region": region}),)
    else:
        return None
    if frame.intent == "yesno":
        steps += (Step("_any", {}),)
    return ToolPlan(steps, "the last pairs" if pairs else f"partners of {region}")


_TURNED = {"rd_stronger": "business_stronger", "business_stronger": "rd_stronger"}


def turned_difference(frame: Frame, state: State) -> ToolPlan | None:
    """"and weaker?", "and the other way round?" after the pairs whose business grade beats their R&D grade (or the
    reverse): the same comparison with the other kind the stronger one. The words say no kind, name or table of
    their own, only the lower side ("weaker", "worse") or a reversal."""
    last = state.last_plan
    if last is None or not last.steps or last.steps[0].tool != "grade_differences" or frame.names or \
            frame.figure is not None or frame.focus not in (None, "regions", "pairs") or frame.followup.switch:
        return None
    turned = _TURNED.get(last.steps[0].args.get("direction", ""))
    kinds = {s.relation for s in frame.scope} & set(KINDS_OF_COOPERATION)
    if turned is None or kinds or frame.relation in KINDS_OF_COOPERATION or \
            not (_LOWER.search(frame.text) and not _HIGHER.search(frame.text) or C.REVERSE.search(frame.text)):
        return None
    step = Step("grade_differences", {**last.steps[0].args, "direction": turned})
    return ToolPlan((step, *last.steps[1:]), last.reading, sure=last.sure)
