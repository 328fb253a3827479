"""Follow-ups that compare the last answer with the same question asked of the other table: "is it more or fewer in
the business matrix" after a count over the R&D one, "and upstream? fewer?" after a downstream count. The last
plan again with its kind of cooperation (or its direction) changed, its count compared with the last one's. An
either-or ("more or fewer", "higher or lower") is answered with the word that holds, never a yes or no."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.state import State

# the tables of one kind that answer the same question: two kinds of cooperation, two directions of impact
_SIDES = {"kind": ("rd", "business"), "direction": ("downstream", "upstream")}
_UP = r"more|higher|bigger|greater|larger|stronger|better"
_DOWN = r"fewer|less|lower|smaller|weaker|worse"
# "more or fewer", "lower or higher": which of the two words holds
EITHER_OR = re.compile(rf"\b(?:(?P<up>{_UP}) or (?P<down>{_DOWN})|(?P<down2>{_DOWN}) or (?P<up2>{_UP}))\b")
_ONE_WAY = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b")


def options(text: str) -> tuple[str, str] | None:
    """The two words of an either-or comparison, the one for "above" first ("more or fewer" → more, fewer)."""
    m = EITHER_OR.search(text)
    return None if m is None else (m["up"] or m["up2"], m["down"] or m["down2"])


def against_other(frame: Frame, state: State) -> ToolPlan | None:
    """The last one-step plan again on the other table the words name, its count compared with the last
    answer's: the word of an either-or that holds, or yes/no for one comparative ("fewer?"). None when the words
    name no other table of the same kind, or name a subject of their own."""
    last = state.last_plan
    if last is None or len(last.steps) != 1 or frame.names or frame.followup.switch:
        return None
    step = last.steps[0]
    if step.tool.startswith("_") or step.tool == "cooperation_grade":  # one grade per kind: replan.kinds_compared
        return None
    other = _other_side(frame, step)
    said = options(frame.text)
    one = _ONE_WAY.search(frame.text) if said is None else None
    if other is None or said is None and one is None or not _counts(frame, state):
        return None
    if any(w in _GRADE_WORDS for w in (said or (one[0],))):  # "is business any stronger than that": grades, not counts
        return None
    key, side = other
    turned = replace(step, args={**step.args, key: side})
    # "more or fewer than in r&d": the last answer is what is asked about, the table said after "than" its measure
    first, then = (step, turned) if _after_than(frame.text, side) else (turned, step)
    args = {"tool": then.tool, "keep": True, **{k: v for k, v in then.args.items() if v is not None}}
    if said is not None:
        args["options"] = list(said)
    else:
        args.update(yes_no=True, fewer=one["down"] is not None)
    return ToolPlan((first, Step("_versus", args)))


# comparatives that weigh grades, not counts: "stronger", "better"
_GRADE_WORDS = frozenset({"stronger", "weaker", "better", "worse"})
_COUNT = re.compile(r"\b(how many|number|count\w*|dots|marks|ticks|entries)\b")


def _counts(frame: Frame, state: State) -> bool:
    """The last turn asked for a count, or these words compare counts."""
    last = state.last_frame
    return last is not None and last.intent == "count" or bool(_COUNT.search(frame.text))


_WORDS = {"rd": C.RD, "business": C.BUSINESS, "downstream": C.DOWN, "upstream": C.UP}


def _after_than(text: str, side: str) -> bool:
    m = re.search(r"\bthan\b", text)
    return m is not None and _WORDS[side].search(text, m.end()) is not None


def _other_side(frame: Frame, step: Step) -> tuple[str, str] | None:
    """(the argument, its other value) when the words name exactly the other table of the step's one pair."""
    said = {s.relation for s in frame.scope if not s.negated} | ({frame.relation} if frame.relation else set())
    for key, pair in _SIDES.items():
        now = step.args.get(key)
        if now in pair:
            named = said & set(pair)
            side = next(iter(named)) if len(named) == 1 else None
            return (key, side) if side is not None and side != now else None
    return None
