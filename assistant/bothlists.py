"""Follow-ups over the last TWO list answers: "which ones are on both lists", "which do they share", "and for
medtech - which ones do both have". The two lists are the last two tool answers (or the last one and the same
question asked of the one new name said); what is asked is the items they share, computed as the intersection of
the two plans, never the last list again."""

from __future__ import annotations

from dataclasses import replace

from assistant import cues as C
from assistant.execute import execute
from assistant.frame import KIND_OF_FOCUS, Frame
from assistant.plan import Step, ToolPlan
from assistant.referents import item_names
from assistant.state import State


def on_both(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """The items both of the last two lists hold, as (the frame judged, the plan); None when the words do not ask
    for what two lists share, or the last two answers are not lists of names of one kind from one table step each.
    One name said ("and for X - which do both have") stands for the second list: the last plan asked of X."""
    last, last_frame = state.last_plan, state.last_frame
    if last is None or last_frame is None or not _shared(frame) or not _one_table(last):
        return None
    if _own_table(frame, last_frame.relation):  # "which do both push upstream": a table of its own
        return None
    kind = _kind(state.last_items)
    asked = KIND_OF_FOCUS.get(frame.focus or "")
    if kind is None or asked not in (None, kind) or any(n.kind == kind for n in frame.names):
        return None  # "which trends do both of them hit" after two industries: the two are the subject (followups)
    first, second = _lists(frame, last, state)
    if first is None or second is None or first.steps == second.steps or _kind(execute(first).items) != kind:
        return None
    steps = first.steps + (replace(second.steps[0], op="intersect"),)
    if frame.intent == "yesno":  # "any of them on both lists?": whether any is, and which
        steps += (Step("_any", {}),)
    return last_frame, ToolPlan(steps, None, sure=first.sure and second.sure)


def _shared(frame: Frame) -> bool:
    """The words ask what two things have in common ("on both lists", "do they share", "in common"), naming at most
    one name of their own."""
    both = frame.combination == "both" or frame.followup.group == "both"
    return both and len({(n.start, n.end) for n in frame.names}) <= 1 and frame.aggregation is None and \
        not frame.negation and frame.intent in ("list", "count", "compare", "yesno", "unknown")


def _own_table(frame: Frame, last_relation: str | None) -> bool:
    """The words name a table other than the last one; "in both" alone, with no direction said, names the two
    lists, not the two directions of the impact matrices."""
    if not frame.relation_said or frame.relation == last_relation:
        return False
    said = C.BOTH.search(frame.text)
    return said is None or said[0] != "in both" or bool(C.DOWN.search(frame.text) or C.UP.search(frame.text))


def _one_table(plan) -> bool:
    return isinstance(plan, ToolPlan) and len(plan.steps) == 1 and not plan.steps[0].tool.startswith("_") and \
        plan.steps[0].tool != "restrict"


def _lists(frame: Frame, last: ToolPlan, state: State) -> tuple[ToolPlan | None, ToolPlan | None]:
    """The two plans whose lists are compared: the one before and the last; with one name said, the last and the
    last asked of that name (the argument holding a name of its kind swapped)."""
    if not frame.names:
        prev = state.prev_plan
        return (prev if _one_table(prev) else None), last
    name = frame.names[0]
    step = last.steps[0]
    slots = [k for k, v in step.args.items() if isinstance(v, str) and v in (state.last_frame.given(name.kind))]
    if len(slots) != 1 or step.args[slots[0]] == name.canonical:
        return last, None
    return last, ToolPlan((Step(step.tool, {**step.args, slots[0]: name.canonical}),), None)


def _kind(items: list) -> str | None:
    """The one kind of name the items are (a list of names of the report), else None."""
    names = item_names(State(last_items=list(items)))
    return names[0].kind if names and len(names) == len(items) else None
