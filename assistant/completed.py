"""A question's frame completed from the conversation and its compiled plan: the last plan changed, its
answer's items kept, a name swapped, a ranking's other end, or the frame compiled on its own."""

from __future__ import annotations

from dataclasses import replace

from assistant.clarify import clarify
from assistant.compile import compile_frame
from assistant.countclaim import count_claimed
from assistant.cues import RECALL
from assistant.elsewhere import as_figure, as_sibling
from assistant.followups import complete, end_of_last
from assistant.lastplan import changed_last
from assistant.pairitems import as_items
from assistant.plan import Recall, ToolPlan
from assistant.pluralitems import as_any_of_those, items_counted
from assistant.replan import flip, points_back, restricts, rewrite
from assistant.router import MAX_CHARS
from assistant.sources import asks_source
from assistant.state import State
from assistant.swaps import changes_last
from assistant.those import NAME_TABLES, kept
from assistant.understand.link import best_reading


def compiled(frame, state: State):
    """The frame (completed from the previous turn when it is a follow-up with holes) and its compiled plan; a
    count the follow-up states ("is it more than ten?") checked on the plan's entries; "which of those" answered
    with those items, not the pairs that hold them."""
    done, plan = _compiled(frame, state)
    plan = as_items(plan, frame, state) if isinstance(plan, ToolPlan) else plan  # "which of those": not their pairs
    return done, count_claimed(frame, plan, state)


def _compiled(frame, state: State):
    if len(frame.text) > MAX_CHARS or RECALL.search(frame.text):
        return frame, None
    if asks_source(frame) and state.last_citations:  # "what page?", "which section": the last answer's
        return frame, Recall()
    frame = as_sibling(frame, state)  # "and in the consolidated one?": the table of the last one's kind said
    on_last = changed_last(frame, state)  # the last plan itself changed: its grade, a step over its answer
    if on_last is not None:
        return on_last
    if points_back(frame, state):
        return state.last_frame, state.last_plan
    if state.last_frame is not None:
        frame = as_figure(frame)  # "and in the consolidated matrix?": as if the figure's number were said
        frame, meant = as_any_of_those(items_counted(frame, state), state)  # "either of them", "one of them": the
        # last answer's items, not names said or a count of each entry's marks
        done = complete(frame, state)
        if (restricts(frame) or meant) and state.last_plan is not None and not end_of_last(frame, state.last_frame):
            inside = kept(done or frame, state, frame)
            if inside is not None:  # "which of those run the other way": judged as the matrix the plan turned to
                return turned_to(done or frame, inside), inside
            if done is not None and done.relation not in NAME_TABLES:
                return frame, None  # the cue rules, which read the last plan's arguments (Figures 6 and 7)
        # "and the least?" after a ranking: its other end, before the words are compiled again
        changed = rewrite(frame, state) if changes_last(frame) or flip(frame, state) is not None else None
        if changed is not None:  # "and with northern europe?": the last plan with one name swapped
            return changed
        plan = compile_frame(done) if done is not None else None
        if plan is not None:
            return done, plan
        changed = rewrite(frame, state)
        if changed is not None:
            return changed
    back = clarify(frame, state)
    if back is not None:
        return frame, back
    if state.last_frame is not None:
        if frame.followup.of_those or frame.followup.pronoun or not frame.names_own_subject() and \
                (frame.followup.opener or frame.followup.short):
            return frame, None
    best = best_reading(frame)  # the words leave the relation open: the best of its readings, the others offered
    return (best, compile_frame(best)) if best is not None else (frame, compile_frame(frame))


def turned_to(frame, plan: ToolPlan):
    """The frame with the impact matrix its plan reads first, when the plan turned the frame's one round."""
    d = plan.steps[0].args.get("direction")
    turned = frame.relation in ("downstream", "upstream") and d in ("downstream", "upstream") and d != frame.relation
    return replace(frame, relation=d, scope=()) if turned else frame
