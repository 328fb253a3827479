"""A table answer whose cells the report counts twice (the figure's marks, the text's number) shows both counts, each
named: for a question that asks the count or the list and states no count of its own it is no guess, so it is sure;
a question that states a count checks one of them and stays unsure. Wordings written for this test; the cells and
both counts come from structured/ (never from the test)."""

import pytest

from assistant import Assistant


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
    "12 AOSIs according to the text; count the marked cells of figure 5",
])
def test_a_question_stating_a_count_of_its_own_stays_unsure(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "tool"
    assert not ans.sure
