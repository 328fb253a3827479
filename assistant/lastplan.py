"""The follow-ups that change the last plan itself, tried in order before the words are completed and compiled
again: its grade ("and only strong, not very strong?"), a step over its answer (the leader of two names asked in
turn, a member, a place, the part outside a name), a name or kind swapped in, its count against the other table."""

from __future__ import annotations

from assistant.against import against_other
from assistant.bothlists import on_both
from assistant.elsewhere import in_other_figure
from assistant.frame import Frame
from assistant.kindpairs import kinds_over_last, turned_difference
from assistant.lastlist import at_end, holding, member_of_last, outside, widened
from assistant.notlast import beyond_last
from assistant.onlyone import only_one
from assistant.pairitems import either_marked
from assistant.plan import ToolPlan
from assistant.regrade import regrade
from assistant.replan import kinds_compared, leader, placed, unmarked
from assistant.state import State
from assistant.swaps import (
    figure_again,
    other_figure,
    rest_of_group,
    rest_of_pair,
    same_for_kind,
    swap_direction,
    swap_place,
    swap_with_kind,
)


def changed_last(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """A follow-up that changes the last plan itself, as (the frame to judge it against, the plan), or None."""
    beyond = beyond_last(frame, state)  # "which does it hit downstream that aren't in that list": the rest
    if beyond is not None:
        return beyond
    both = on_both(frame, state)  # "which ones are on both lists": the last two lists' shared items
    if both is not None:
        return both
    regraded = regrade(frame, state)  # "and only strong, not very strong?": the last question with that grade
    if regraded is not None:
        return regraded
    only = only_one(frame, state) or either_marked(frame, state)  # "is that the only ++ pair in business?": every
    if only is not None:  # entry at that grade; "did either of them push any trend upstream": each one's cells
        return only
    moved = in_other_figure(frame, state)  # "are those in the value chain table too": the items in that figure
    if moved is not None:
        return moved
    # "which one leads" after one list asked of two names in turn; "which kind is stronger for them" after a pair
    # "is biopharma among them": yes or no over the last answer
    # "which one is second": that place of the last ranking; "and which are not ticked at all" after a profile
    lead = figure_again(frame, state) or leader(frame, state) or kinds_compared(frame, state) or member_of_last(frame, state) or \
        placed(frame, state) or unmarked(frame, state) or outside(frame, state) or holding(frame, state) or \
        swap_place(frame, state) or at_end(frame, state) or widened(frame, state) or swap_with_kind(frame, state) or \
        turned_difference(frame, state) or kinds_over_last(frame, state)  # "and weaker?" after business-stronger
    # "is it more or fewer in business", "and with everyone else", "same question for figure 16"
    lead = lead or against_other(frame, state) or rest_of_pair(frame, state) or same_for_kind(frame, state) or \
        rest_of_group(frame, state)  # "what else is in that group"
    # "and the business one" after the page of the R&D matrix: that figure told the same way
    # "and downstream?": the last question of the other matrix (after "and downstream - more?", a count compared)
    return (state.last_frame, lead) if lead is not None else other_figure(frame, state) or swap_direction(frame, state)

