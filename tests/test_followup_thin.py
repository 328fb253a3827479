"""Thin follow-ups ("got an example of it?", "how come", "and how much did that cost?"): searched with the words of
the turn before when the last answer named nothing (a table over a whole figure) or was a refusal the table could
not hold; when nothing in the report completes them, a Clarify that quotes the turn before, never a refusal that
names the follow-up's own function words. Wordings here are this file's own, not the tuning sets'."""

import pytest
from conversation import converse

from assistant import Assistant


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811 - the shared session index (conftest_retrieval)
    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize("turns,question", [
    (["how does the upstream matrix differ from the downstream one"], "got an example of it?"),
    (["what is the difference between the two value chain directions"], "any illustration of it?"),
    (["how strong is R&D cooperation between northwest europe and south america"], "how come"),
])
def test_a_thin_followup_is_searched_with_the_words_before(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert ans.route == "retrieval" and not ans.sure, ans.reading
    assert ans.inherited and before.question.strip().rstrip("?") in ans.inherited, (ans.inherited, before.route)


@pytest.mark.parametrize("turns,question", [
    (["which trends shape logistics downstream"], "and how much did that cost?"),
    (["which mega trends hit biopharma downstream"], "and what was the budget for it?"),
    (["which region does greece belong to"], "ok and how much did that cost?"),
])
def test_a_thin_followup_nothing_completes_is_clarified_from_the_turn_before(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert before.route != "refuse"
    assert ans.route == "refuse" and ans.reason == "clarify" and not ans.sure, ans.answer
    assert before.question.strip().rstrip("?") in ans.answer and ans.alternatives
    assert "does not cover" not in ans.answer  # no refusal naming "how much did that cost"


def test_a_thin_followup_with_a_foreign_word_is_still_refused_by_that_word(assistant):
    _, ans = converse(assistant, ["which trends shape logistics downstream"], "and on tiktok?")
    assert ans.route == "refuse" and ans.reason != "clarify" and "tiktok" in ans.answer.lower()
