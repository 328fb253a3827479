"""Class: a follow-up that leans on a cooperation table answer and asks what no table holds (what comes next, how it
is inside a region): the compiler reads the same table again, but words of the report's that no slot read remain;
answered from the text with the subject before, unsure, never the table again as if it answered. A follow-up the same
table does answer (a grade, the strongest, another kind) stays a table answer. Wordings here are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse


@pytest.mark.parametrize("turns,question,region", [
    (["southwest europe r&d partners"], "are they likely to keep growing those ties?", "Southwest Europe"),
    (["northern europe business partners?"], "will they catch up with the others later on?", "Northern Europe"),
    (["southeast europe r&d partners"], "and within their own borders?", "Southeast Europe"),
])
def test_words_the_table_cannot_read_are_searched_in_the_text(assistant, turns, question, region):
    before, ans = converse(assistant, turns, question)
    assert before.route == "tool", before.answer
    assert ans.route == "retrieval" and not ans.sure, ans.answer
    assert region in ans.reading, ans.reading


@pytest.mark.parametrize("turns,question", [
    (["central eastern europe: business partners?"], "which is strongest?"),
    (["central western europe r&d partners"], "and which of those are strong in business as well"),
    (["northern europe business partners?"], "only the weak ones?"),
])
def test_what_the_table_answers_stays_a_table_answer(assistant, turns, question):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "tool", ans.answer
