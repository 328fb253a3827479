"""An "of those" question that would answer the last question again: said the other way round ("which of those
go the other way"), the last subject is asked of the other impact matrix; otherwise a plan that is only the last plan
kept to its own items is not sure (the words' own relation was not read)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import Frame
from assistant.plan import ToolPlan
from assistant.replan import OTHER_SIDE, REVERSE
from assistant.state import State

# a verb of acting said to act "back" ("do they push back on it", "does either feed it back"): the last matrix turned
_ACTS_BACK = re.compile(r"\b(?:push|feed|fed|influenc|shap|driv|affect|act|impact)\w*(?: (?:it|them|this|that))? back\b")


def _turns(text: str) -> bool:
    return bool(REVERSE.search(text) or _ACTS_BACK.search(text))


def turned_round(done: Frame, last: Frame | None) -> Frame:
    """"of those, which ones go the other way": no relation of its own but the words turn the last one round — the
    last turn's subject on the other impact matrix (the items keep the answer inside the last one)."""
    if done.relation is not None or last is None or last.relation not in OTHER_SIDE or done.names or \
            not _turns(done.text):
        return done
    return replace(done, names=last.names, relation=OTHER_SIDE[last.relation], relation_said=True,
                   focus=done.focus or last.focus, intent=done.intent if done.intent != "unknown" else "list")


def not_again(plan: ToolPlan, own: Frame, state: State) -> ToolPlan:
    """An "of those" plan that is the last plan kept to its own items answers the last question again: the words'
    own relation was not read. Said the other way round ("which of those run the other way"), the matrix is turned;
    otherwise the answer is not sure."""
    last = state.last_plan
    if last is None or len(last.steps) != 1 or plan.steps[0] != last.steps[0] or own.relation is not None:
        return plan
    d = plan.steps[0].args.get("direction")
    if _turns(own.text) and d in OTHER_SIDE:
        step = replace(plan.steps[0], args={**plan.steps[0].args, "direction": OTHER_SIDE[d]})
        return replace(plan, steps=(step,) + plan.steps[1:])
    return replace(plan, sure=False)
