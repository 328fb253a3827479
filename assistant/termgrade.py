"""A grade bound read from the report's own name for its strongest cells, with no grade word said: "urban mining,
crossover points?" keeps one sub-trend's Figure 7 row to its ✓✓ cells (the report calls those the cross-over
points), while the row's ✓ cells may be what the user meant by its crossover points. The answer is shown, unsure,
and its reading names the bound. The term is the report's (Figure 7's caption and §3.3); the check is structural:
the bound goes away when the term is taken out of the question."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.frame import Frame
from assistant.plan import ToolPlan

# the report's name for the cells it marks ✓✓ (Figure 7's caption, §3.3)
_TERM = re.compile(r"\bcross-?over points?\b")
# a tool that reads one sub-trend's row and a post-step that keeps it to one grade
_ROW, _KEPT = "subtrend_profile", "_group"


def term_graded(ans: Answer, plan: ToolPlan, frame: Frame) -> str | None:
    """The bound, when a sub-trend's row was kept to the grade that only the report's term for it gave."""
    from assistant.understand.grade import grade

    tools = {s.tool for s in plan.steps}
    if frame.grade is None or _ROW not in tools or _KEPT not in tools or not _TERM.search(frame.text):
        return None
    if grade(_TERM.sub(" ", frame.text)) is not None:  # a grade word of its own ("very strong crossover points")
        return None
    return f"the grade \u2014 \u201c{frame.grade.symbol}\u201d only, as the report's crossover points; the row's other " \
           "marks are left out"
