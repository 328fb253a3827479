"""A table answer whose cells the report counts twice (the figure's marks, the text's number) shows both counts, each
named: for a question that asks the count or the list and states no count of its own it is no guess, so it is sure,
and so is one that states the text's count and asks how many the figure marks (measured: right answers made unsure
in two held-out sets, no wrong one); a question that checks a stated count with a yes or no stays unsure. Wordings
written for this test; the cells and both counts come from structured/ (never from the test)."""

import pytest

from assistant import Assistant
from assistant.answer import Answer
from assistant.doubts import _counts_shown
from assistant.plan import Step, ToolPlan
from assistant.understand import read


@pytest.fixture(scope="module")
def assistant():
    return Assistant()


def _two_counts(ans) -> bool:
    """The answer lists cells and carries the data note that gives another count of them."""
    return ans.route == "tool" and bool(ans.items) and bool(ans.notes) and ans.count == len(ans.items)


@pytest.mark.parametrize("question", [
    "what is the number of AOSIs in the report",
    "count the areas of strong interdependency for me",
    "how many strong interdependency areas does Figure 5 mark?",
    "list every area of strong interdependency",
])
def test_both_counts_shown_for_a_plain_count_or_list_is_sure(assistant, question):
    ans = assistant.ask(question)
    assert _two_counts(ans)
    assert ans.sure


@pytest.mark.parametrize("question", [
    "the text says twelve AOSIs - how many does fig 5 actually mark",
    "the report claims a dozen areas of strong interdependency. how many cells does Figure 5 really mark?",
])
def test_a_stated_count_beside_a_how_many_is_sure(assistant, question):
    ans = assistant.ask(question)
    assert _two_counts(ans)
    assert ans.sure


def _shown(question: str) -> bool:
    """The rule alone: a one-step table answer made unsure by ``render`` with a data note giving another count."""
    plan = ToolPlan((Step("compare_matrices", {"direction": "aosi"}),))
    ans = Answer(route="tool", answer="…", sure=False, notes=["the text counts them otherwise"])
    return _counts_shown(ans, plan, read(question))


@pytest.mark.parametrize("question", [
    "how many AOSIs does figure 5 mark, the text says 12",
    "twelve AOSIs in the text - how many in figure 5?",
])
def test_a_how_many_beside_a_stated_count_shows_both(question):
    assert _shown(question)


@pytest.mark.parametrize("question", [
    "the text says 12 AOSIs, how many are there - is that right?",
    "count the AOSIs; are there 12 like the text says",
])
def test_a_stated_count_checked_with_a_yes_or_no_stays_unsure(question):
    assert not _shown(question)
