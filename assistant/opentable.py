"""A follow-up that asks a table question without saying which table, after a turn that named one: "R&D cooperation
matrix please" then "which region has the most partners rated better than weak". The words alone compile to no
plan (partners of which cooperation?); the last turn's table makes them whole. Nothing else is carried: the
question is over the whole table, as asked."""

from __future__ import annotations

from dataclasses import replace

from assistant.frame import Frame, Scope
from assistant.plan import ToolPlan
from assistant.state import State


def open_table(frame: Frame, last: Frame, state: State) -> Frame | None:
    """The frame read in the last turn's table, when it names no name, table or pronoun of its own, asks for names
    of a kind with a grade or a count, compiles to nothing alone and to a plan in that table."""
    from assistant.compile import compile_frame  # the compiler reads frames; followups only complete them

    fu = frame.followup  # "are they the only ones rated +": a question of the last answer's items, not the table
    if frame.relation is not None or frame.names or last.names or last.relation is None or fu.pronoun or \
            frame.focus in (None, "figures") or (frame.grade is None and frame.aggregation is None) or frame.figure:
        return None
    if isinstance(compile_frame(frame), ToolPlan):
        return None
    done = replace(frame, relation=last.relation, relation_said=True, scope=(Scope(last.relation),))
    return done if isinstance(compile_frame(done), ToolPlan) else None
