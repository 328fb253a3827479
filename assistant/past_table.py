"""A follow-up that leans on a table answer and asks what the table cannot hold: "are they expected to improve on
internationalisation?" after a region's partners, "even inside their own region?" after its partners abroad. The
compiler reads it as the same table again (its names and kind carried from the turn before), and the table's answer
comes back as if it answered, while words of the question that are the report's own were read by no slot of it
(``Coverage.unused``). Such a question is searched in the text instead, with the subject of the turn before: the
report says what no table holds (a forecast, a comparison inside a region) where it discusses that subject.

Structural: the same table (tools, regions, kind) as the answer before, a follow-up that points back, and words of
the report's that no slot read; any table, any words.
"""

from __future__ import annotations

from assistant.coverage import Coverage
from assistant.frame import Frame
from assistant.grain import graded
from assistant.plan import Retrieve, ToolPlan
from assistant.state import State
from assistant.topic import about_topic


def past_table(frame: Frame, plan, state: State, cov: Coverage) -> Retrieve | None:
    """The passage search (with the turn before's subject) for a follow-up the table before cannot answer; None for
    any other question.

    Args:
        frame: the follow-up as read.
        plan: the plan it compiled to.
        state: the conversation so far.
        cov: what of its words the frame read.
    """
    last = state.last_answer
    fu = frame.followup
    if not isinstance(plan, ToolPlan) or last is None or last.route != "tool" or not state.topic or not cov.unused:
        return None
    if not (fu.pronoun or fu.opener or fu.of_those):
        return None
    now = graded(plan, with_kind=True)
    if now is None or now != graded(state.last_plan, with_kind=True) or _named(plan) != _named(state.last_plan):
        return None
    return about_topic(frame.asked or frame.text, state)


def _named(plan) -> list[tuple]:
    """Each step's tool and the places it names, as written and in order: the pair turned round ("the opposite
    direction") or another country of the same region ("what about czech clusters?") is another question of the same
    table, not the same one."""
    keys = ("region", "region_a", "region_b")
    return [(s.tool, *(s.args.get(k) for k in keys)) for s in plan.steps if "kind" in s.args]
