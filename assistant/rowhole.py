"""A follow-up that asks about the last turn's one row of Figure 7 (a sub-trend of an industry) without naming it:
"which parameters get the double tick there", "where is it double-ticked", "is the sustainable competitive
advantage one a single or a double tick". The row's names (the sub-trend and its industry) fill the hole the
question leaves; the marks asked are read from that row, never from every row of the figure."""

from __future__ import annotations

from dataclasses import replace

from assistant.choices import offered
from assistant.frame import Frame
from assistant.state import State

_ROW_KINDS = {"subtrend", "industry"}  # the names that make one row of Figure 7
_ASKS_OF_A_ROW = (None, "parameters")  # what the question asks for: a row's marks, or nothing named


def row_hole(frame: Frame, last: Frame, state: State) -> Frame | None:
    """The frame with the last turn's Figure 7 row (its one sub-trend and industry) as its subject, when it names no
    row of its own, asks for a row's marks (a grade, the parameters, one parameter's mark) and reads no other table."""
    row = _last_row(last)
    if row is None or frame.aggregation is not None or frame.relation not in (None, "crossover") or \
            any(n.kind != "parameter" for n in frame.names):
        return None
    if frame.names:  # one cell of the row: "is the X one a single or a double tick", "is X a double tick there"
        if offered((frame.asked or frame.text).lower()):  # the pick is its mark, not a yes/no on the last option
            frame = replace(frame, grade=None, intent="list", focus=None)
        elif frame.intent != "yesno" or frame.focus not in _ASKS_OF_A_ROW:
            return None
    else:  # the row's marks: "which parameters get the double tick there" (without a pronoun: any row)
        fu = frame.followup
        if frame.focus not in _ASKS_OF_A_ROW or frame.grade is None or frame.grade.scale != "crossover" or \
                not (fu.pronoun or fu.opener or fu.short):
            return None
        frame = replace(frame, focus="parameters")
    return replace(frame, names=frame.names + row, relation="crossover", relation_said=True)


def _last_row(last: Frame):
    """The last frame's one sub-trend and (at most) one industry, when it read Figure 7 and named nothing else."""
    if last.relation != "crossover" or {n.kind for n in last.names} - _ROW_KINDS:
        return None
    subs = {n.canonical for n in last.names if n.kind == "subtrend"}
    inds = {n.canonical for n in last.names if n.kind == "industry"}
    if len(subs) != 1 or len(inds) > 1:
        return None
    return tuple({n.canonical: n for n in last.names}.values())
