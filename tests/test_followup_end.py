"""Class: "which one is strongest" / "which of them is the strongest" after a list answer asks for one end of the
last question's answer (like "strongest one?"), never for the last items kept inside another table, and never
falls to a passage search on its own words. Wordings here are this file's own; what is expected comes from the
tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


def _strongest(region: str, kind: str) -> set[str]:
    """The partners at the best grade the region has (the tool at one exact grade, strongest first)."""
    for grade in ("++", "+", "o", "-"):
        found = tools.partners(region, kind, grade, grade).items
        if found:
            return set(found)
    return set()


@pytest.mark.parametrize("turns,question,region,kind", [
    (["who does southwest europe work with on r&d"], "which one is strongest", "Southwest Europe", "rd"),
    (["central eastern europe business partners?"], "which one is the strongest?", "Central Eastern Europe", "business"),
    (["northwest europe's research partners"], "ok which one is strongest then", "Northwest Europe", "rd"),
])
def test_which_one_is_strongest_ranks_the_last_question(turns, question, region, kind):
    before, ans = converse(A, turns, question)
    assert before.route == "tool" and ans.route == "tool", ans.reading
    assert set(ans.items) & _strongest(region, kind) and set(ans.items) <= _strongest(region, kind), ans.reading


@pytest.mark.parametrize("turns,question", [
    (["which mega trends act on blue growth upstream"], "which one is strongest"),
    (["what industries does shortening of lifetime cycles shape downstream"], "which of them is the strongest"),
])
def test_which_one_is_strongest_on_an_ungraded_figure_is_unsure_not_refused(turns, question):
    before, ans = converse(A, turns, question)
    assert before.route == "tool" and ans.route == "tool" and not ans.sure, ans.reading
    assert "grade" in ans.reading, ans.reading
