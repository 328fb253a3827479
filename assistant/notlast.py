"""Follow-ups that ask for what the last answer did not list: "and downstream, which industries does it hit that
aren't in that list", "which trends shape it upstream that are not among those". The negation is about the last
answer, not about the relation: the question is asked without it (completed from the turn before) and the last
answer's entries are taken away from its result."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.compile import compile_frame
from assistant.followups import complete
from assistant.frame import Frame
from assistant.plan import ToolPlan
from assistant.slots import CELL_TOOLS
from assistant.state import State

# a negation whose object is the last answer: "not in that list", "aren't among those", "weren't in the last answer"
_NOT_IN_LAST = re.compile(r"(?:\bnot|\b(?:are|is|were|was|do|does|did)n'?t)\s+(?:(?:already|yet|also|even)\s+)?"
                          r"(?:in|on|among(?:st)?|part of|included in|listed in|one of)\s+(?:that|this|those|these|them|"
                          r"the (?:last|previous|first)|the)\b(?:\s+(?:list|answer|set|group|ones?|results?))?")


def beyond_last(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """The question asked without its negation, minus the last answer's entries, when the negation's object is the
    last answer and the last plan is one table look-up (no step over its result)."""
    m = _NOT_IN_LAST.search(frame.text)
    last = state.last_plan
    if m is None or not frame.negation or last is None or state.last_frame is None or len(last.steps) != 1 or \
            last.steps[0].tool.startswith("_") or last.steps[0].tool == "restrict" or \
            frame.intent not in ("list", "count") or m.start() < max(frame.clauses, default=0):
        return None  # "so X isn't in that list - is it still an AOSI?": a premise, then a question of its own
    agg, focus = frame.aggregation, frame.focus  # "the last answer": no place in a ranking
    own = replace(frame, negation=False, followup=replace(frame.followup, of_those=False),
                  aggregation=None if agg is not None and agg.kind == "nth" and "last" in m[0] else agg,
                  focus=state.last_frame.focus if focus in (None, "figures") else focus)  # "which ones": its kind
    done = complete(own, state) or own
    plan = compile_frame(done)
    if not isinstance(plan, ToolPlan) or not plan.steps or any(s.tool.startswith("_") or s.tool == "restrict" or
                                                                s.tool in CELL_TOOLS for s in plan.steps):
        return None
    return done, replace(plan, steps=(*plan.steps, replace(last.steps[0], op="subtract")))
