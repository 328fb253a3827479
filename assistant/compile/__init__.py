"""Compile a Frame to a tool plan: one table of relation × focus × given kinds → tool and argument binding,
plus typed post-steps (yes/no, any, top, nth, member).

Each module holds the rows of one family of figures; ``RULES`` is the table, tried in order. A frame no row
fits returns None: the caller then answers from retrieval or says it is unsure. A frame is never bent to the
nearest tool that happens to take the named entity.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.compile.matrix import _aosi_scope, _matrix, direction
from assistant.compile.places import _cooperation, _membership, _region_chart
from assistant.frame import Frame
from assistant.plan import ToolPlan, first_plan

RULES: tuple[Callable[[Frame], ToolPlan | None], ...] = (_region_chart, _aosi_scope, _matrix, _membership,
                                                         _cooperation)


def compile_frame(frame: Frame) -> ToolPlan | None:
    """The plan the table gives for a frame, or None when no row fits."""
    return first_plan(RULES, frame)


__all__ = ["RULES", "compile_frame", "direction"]
