""""is that the only very strong pair in business, or are there more?" after an answer: the words name a grade and a
kind of entry of their own and ask whether the last answer is the only one of them. Answered by listing every entry
of that grade (the count says whether there are more), not by a search of the figure's text."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.compile import compile_frame
from assistant.frame import Frame
from assistant.plan import ToolPlan
from assistant.state import State

_ONLY = re.compile(r"\bthe only\b|\bany others?\b|\bare there (?:any )?(?:more|others)\b|\bany more\b")


def only_one(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """The frame asked as a list and its plan, when it asks whether the last answer is the only entry at a grade;
    None otherwise (a name of its own, no grade, or no list of that kind compiles)."""
    fu = frame.followup
    if not state.last_items or frame.names or frame.grade is None or frame.intent != "yesno" or \
            frame.focus is None or fu.switch or not _ONLY.search(frame.text):
        return None
    listed = replace(frame, intent="list", followup=replace(fu, pronoun=False))  # "that": the last answer, listed again
    plan = compile_frame(listed)
    return (listed, plan) if isinstance(plan, ToolPlan) else None
