"""A reading that says the opposite of the question: the question asks for one end of a scale ("the fewest", "the
weakest") and the answer's reading names the other ("the most"); the question asks for a grade "at least" something
and the plan reads that one grade only. Both answer a different question than the one asked, with names and figures
all read right, so nothing else doubts them. The words are generic English for the two ends of a scale and for a
lower bound, not the report's names.

Measured on answers to unseen questions (bench/sureness.py, session 10) before it became a doubt."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.coverage import Coverage
from assistant.frame import Frame
from assistant.plan import ToolPlan

_AT_LEAST = re.compile(r"\bat least\b|\bor (?:more|above|higher|better|stronger|greater)\b|\band (?:above|up|higher)\b|"
                       r"\bminimum\b|\bno less than\b|\bnot (?:less|weaker|lower) than\b")
# the two ends of a scale, in the question and in the reading ("— the most (16)", "graded … the fewest")
_LOW = re.compile(r"\b(?:fewest|least|lowest|weakest|smallest|rarest|minimal|bottom)\b")
_HIGH = re.compile(r"\b(?:most|highest|strongest|largest|biggest|greatest|maximum|top)\b")


def _ends(text: str) -> tuple[bool, bool]:
    """Whether ``text`` names the low end and the high end of a scale ("at least" is a bound, not an end)."""
    text = _AT_LEAST.sub(" ", text.lower())
    return bool(_LOW.search(text)), bool(_HIGH.search(text))


def other_end(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """The question names one end of a scale only, the reading the other end only."""
    low, high = _ends(frame.text)
    said_low, said_high = _ends(ans.reading)
    if low and not high and said_high and not said_low:
        return "the low end asked \u2014 this shows the most"
    if high and not low and said_low and not said_high:
        return "the high end asked \u2014 this shows the fewest"
    return None


def bound_closed(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"at least medium" read as that one grade: a step bounds the grade above at the grade it bounds below, and no
    step reads a grade bounded below only ("only weak for R&D but medium or better for business": the second)."""
    bounded = [s.args for s in plan.steps if s.args.get("min_grade") is not None]
    closed = [a["min_grade"] for a in bounded if a["min_grade"] == a.get("max_grade")]
    if not closed or len(closed) < len(bounded) or not _AT_LEAST.search(frame.text.lower()):
        return None
    return f"\u201cat least\u201d \u2014 this shows only the cells graded \u201c{closed[0]}\u201d"
