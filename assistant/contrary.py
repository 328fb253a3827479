"""A reading that says the opposite of the question: the question asks for one end of a scale ("the fewest", "the
weakest") and the answer's reading names the other ("the most"); the question asks for a grade "at least" something
and the plan reads that one grade only; the question negates a grade ("the ones that aren't weak") and the plan
reads that grade; every partner shown is graded below what was asked (``below_asked``); a count asked ("how
many") and a ranking's top given (``top_for_count``). Each answers a different
question than the one asked, with names and figures all read right, so nothing else doubts them. The words are generic English for the two ends of a scale and for a
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


# a grade word the question negates: "the ones that aren't weak", "partners not rated medium"
_NEGATED_GRADE = re.compile(r"(?:\bnot|\bnever|\b\w+n't|\bno longer)\s+(?:(?:rated|graded|marked|classed|even|scored?|"
                            r"get|gets|got|have|has)\s+(?:as\s+|an?\s+)?)?(?:(very strong|weak|medium|moderate|strong)\b|"
                            r"(\+\+)(?!\w)|(\+)(?![+\w]))")
_COOPERATION = {"weak": "-", "medium": "o", "moderate": "o", "strong": "+", "very strong": "++", "++": "++", "+": "+"}


def grade_negated(ans: Answer, plan: ToolPlan, frame: Frame) -> str | None:
    """"any that aren't weak" read as the partners graded weak: a step bounds the grade at exactly the grade the
    question negates."""
    m = _NEGATED_GRADE.search(frame.text.lower())
    if m is None:
        return None
    grade = _COOPERATION[m[1] or m[2] or m[3]]
    if any(s.args.get("min_grade") == grade == s.args.get("max_grade") or s.args.get("grade") == grade
           for s in plan.steps):
        return f"\u201c{m[0]}\u201d \u2014 this shows the cells graded \u201c{grade}\u201d"
    return None


# the cooperation scale from strong to weak (Figures 13 and 16)
_SCALE = ("++", "+", "o", "-")


def below_asked(ans: Answer, plan: ToolPlan) -> str | None:
    """A partner list whose every partner is graded below what was asked: "the strongest" of partners all graded
    weak, or the weaker partners shown because none reaches the floor ("which are at least medium"). Nothing meets
    the question; the names shown answer another one."""
    grades = [row.get("grade") for row in ans.rows]
    if not grades or any(g not in _SCALE for g in grades) or not any(s.tool == "partners" for s in plan.steps):
        return None
    worst = max(_SCALE.index(g) for g in grades)
    best = min(_SCALE.index(g) for g in grades)
    strongest = any(s.tool == "_top" and not s.args.get("weakest") for s in plan.steps)
    fallback = any(s.tool == "_weak_if_none" for s in plan.steps)  # none at the floor: the weaker ones shown
    floor = next((s.args.get("min_grade") for s in plan.steps if s.tool == "partners"), None) if fallback else None
    if strongest and best == worst == len(_SCALE) - 1:
        return "the strongest \u2014 every partner is graded weak"
    if floor in _SCALE and best > _SCALE.index(floor):
        return f"graded \u201c{floor}\u201d or better \u2014 none is; weaker partners are shown"
    return None


_HOW_MANY = re.compile(r"\bhow many\b")
_TOP_SAID = re.compile(r"\u2014 the (?:most|fewest) \(\d+\)")  # a ranking's top, as a reading says it


def top_for_count(ans: Answer, plan: ToolPlan, frame: Frame) -> str | None:
    """"how many double ticks does it get in total" answered with a ranking's top ("— the most (2)"): the question
    asks a count and names no end of a scale; the reading gives the largest of several counts."""
    low, high = _ends(frame.text)
    if not _HOW_MANY.search(frame.text.lower()) or low or high:
        return None
    return "how many \u2014 this shows the largest of several counts" if _TOP_SAID.search(ans.reading) else None
