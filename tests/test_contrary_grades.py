"""Answers that show another grade than the one asked: a negated grade read as that grade ("the ones that aren't
weak" shown the weak ones), and partners all graded below what was asked ("the strongest" of partners all weak,
the weaker partners shown when none reaches "at least medium"). Wordings written for this test."""

import pytest

from assistant.answer import Answer
from assistant.contrary import below_asked, grade_negated
from assistant.plan import Step, ToolPlan
from assistant.understand import read


def _partners(min_grade: str, max_grade: str | None = None, *post: Step) -> ToolPlan:
    args = {"region": "Southeast Europe", "kind": "rd", "min_grade": min_grade, "max_grade": max_grade}
    return ToolPlan((Step("partners", args), *post))


@pytest.mark.parametrize(("question", "plan", "doubted"), [
    ("and those that aren't weak", _partners("-", "-"), True),
    ("which partners are not rated medium", _partners("o", "o"), True),
    # the negated grade read as a bound: no doubt
    ("and those that aren't weak", _partners("o"), False),
    ("only strong ones, not very strong", _partners("+", "+"), False),
    # no negation at all
    ("which partners are weak", _partners("-", "-"), False),
])
def test_a_negated_grade_read_as_that_grade_is_a_doubt(question, plan, doubted):
    ans = Answer(route="tool", answer="…")
    assert (grade_negated(ans, plan, read(question)) is not None) is doubted


def _rows(*grades: str) -> Answer:
    return Answer(route="tool", answer="…", rows=[{"region": f"R{n}", "grade": g} for n, g in enumerate(grades)])


@pytest.mark.parametrize(("ans", "plan", "doubted"), [
    # "the strongest" of partners all graded weak
    (_rows("-", "-", "-"), _partners("-", None, Step("_top", {})), True),
    # none at "o" or better, the weaker ones shown instead
    (_rows("-", "-"), _partners("o", None, Step("_weak_if_none", {})), True),
    # a strongest partner that is stronger than weak, and a floor that is met
    (_rows("o"), _partners("-", None, Step("_top", {})), False),
    (_rows("o", "+"), _partners("o", None, Step("_weak_if_none", {})), False),
    # weak partners asked for
    (_rows("-", "-"), _partners("-", "-"), False),
])
def test_partners_all_below_the_grade_asked_are_a_doubt(ans, plan, doubted):
    assert (below_asked(ans, plan) is not None) is doubted


@pytest.mark.parametrize(("question", "reading", "doubted"), [
    ("how many single ticks does packaging collect across the parameters",
     "Parameters ranked by number of Advanced Packaging cells graded \"✓\" (strong) (Figure 7) \u2014 the most (3)", True),
    # the count itself, or a question that asks for the top
    ("how many single ticks does packaging collect across the parameters",
     "Cells of Advanced Packaging graded \"✓\" (strong) (Figure 7)", False),
    ("which parameter collects the most single ticks for packaging",
     "Parameters ranked by number of Advanced Packaging cells graded \"✓\" (strong) (Figure 7) \u2014 the most (3)", False),
])
def test_a_count_asked_and_a_rankings_top_shown_is_a_doubt(question, reading, doubted):
    from assistant.contrary import top_for_count

    ans = Answer(route="tool", answer="…", reading=reading)
    assert (top_for_count(ans, ToolPlan(()), read(question)) is not None) is doubted
