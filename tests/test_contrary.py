"""A reading that says the opposite of the question is not sure: the low end of a scale asked, the high end shown
(and the reverse); a grade asked "at least", one grade read. Wordings written for this test (not from any question
set), varying subject, scale words and word order; the plans and readings are built here, so the checks are tested
alone, then the whole assistant is asked."""

import pytest

from assistant import Assistant
from assistant.answer import Answer
from assistant.contrary import bound_closed, other_end
from assistant.coverage import coverage
from assistant.plan import Step, ToolPlan
from assistant.understand import read

_RANKING = ToolPlan((Step("parameter_ranking", {"industry": None, "grade": "\u2713\u2713"}), Step("_leader", {})))
_PARTNERS = ToolPlan((Step("partners", {"region": "Northern Europe", "kind": "rd", "min_grade": "o",
                                        "max_grade": "o"}),))
_PARTNERS_OPEN = ToolPlan((Step("partners", {"region": "Northern Europe", "kind": "rd", "min_grade": "o"}),))


def _check(check, question: str, reading: str, plan: ToolPlan) -> str | None:
    frame = read(question)
    return check(Answer(route="tool", answer="\u2026", reading=reading), plan, frame, coverage(frame, question))


@pytest.mark.parametrize(("question", "reading"), [
    ("which value chain parameter gets the lowest number of double ticks", "Parameters ranked \u2014 the most (16)"),
    ("among the parameters, where are very strong marks rarest? the weakest one please",
     "Parameters ranked by cells graded \u201c\u2713\u2713\u201d \u2014 the most (16)"),
    ("name the industry with the biggest count of AOSIs", "Industries ranked by AOSIs \u2014 the fewest (1)"),
])
def test_the_other_end_of_the_scale_read_is_doubted(question, reading):
    assert _check(other_end, question, reading, _RANKING)


@pytest.mark.parametrize(("question", "reading"), [
    ("which value chain parameter gets the lowest number of double ticks", "Parameters ranked \u2014 the fewest (3)"),
    ("which parameters have at least one double tick", "Parameters ranked \u2014 the most (16)"),  # a bound, no end
    ("which parameter has the most marks and which the fewest", "Parameters ranked \u2014 the most (16)"),  # both
])
def test_the_end_asked_or_no_end_at_all_is_no_doubt(question, reading):
    assert _check(other_end, question, reading, _RANKING) is None


@pytest.mark.parametrize("question", [
    "r&d partners of northern europe rated medium or stronger",
    "with whom does northern europe do research at no less than medium intensity",
    "northern europe: research ties that are at least at medium level",
])
def test_at_least_read_as_one_grade_is_doubted(question):
    assert _check(bound_closed, question, "R&D partners graded from o to o", _PARTNERS)
    assert _check(bound_closed, question, "R&D partners graded o or stronger", _PARTNERS_OPEN) is None


def test_one_grade_asked_read_as_one_grade_is_no_doubt():
    assert _check(bound_closed, "which r&d partners of northern europe are exactly medium", "…", _PARTNERS) is None


def test_at_least_read_by_another_step_is_no_doubt():
    """One grade for R&D, "or stronger" for business: the bound is read by the business step."""
    plan = ToolPlan((*_PARTNERS.steps, Step("partners", {"region": "Northern Europe", "kind": "business",
                                                          "min_grade": "+"})))
    question = "northern europe: partners only medium in r&d yet strong or stronger in business"
    assert _check(bound_closed, question, "…", plan) is None
    assert _check(bound_closed, question, "…", _PARTNERS)


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return Assistant.load()


@pytest.mark.parametrize("question", [
    "which value chain parameter has the fewest very strong marks",
    "which parameter is least often marked very strong in the crossover table",
])
def test_the_assistant_never_shows_the_most_as_sure_for_the_fewest(assistant, question):
    ans = assistant.ask(question)
    low, high = ("fewest" in ans.reading, "the most" in ans.reading)
    assert not (high and not low and ans.sure), ans.reading


def test_the_assistant_never_reads_at_least_as_one_grade_as_sure(assistant):
    ans = assistant.ask("business cooperation: which regions does central eastern europe work with at least at "
                        "medium level")
    closed = ans.args.get("min_grade") is not None and ans.args.get("min_grade") == ans.args.get("max_grade")
    assert not (closed and ans.sure), ans.reading
