"""A follow-up that asks and then remarks ("is X one too? figure 4 marks it I think"): the question is answered on
its own, leaning on the turn before; the remark is the user's view, named in the reading and not checked, so the
answer is unsure. A remark that names the subject ("how strong is it? the region is X") is read with the question.
"is X one too", "X is in there?": whether X is among the last answer's items. Wordings are this file's own."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.multipart import remarked
from assistant.spot import spot


@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


@pytest.mark.parametrize("text,question", [
    ("is big data one too? figure 4 marks it for medtech i think", "is big data one too?"),
    ("blue growth is in there? i thought it was mostly about shipping", "blue growth is in there?"),
    ("is social media also one? the text seems to say so", "is social media also one?"),
    ("which trends hit medtech? only downstream please", None),  # words added to the question
    ("which trends? for logistics i mean", None),
    ("which trends hit medtech? is it also upstream", None),  # a second question
])
def test_a_remark_after_a_question_is_told_apart(text, question):
    said = remarked(text)
    assert (said.question if said else None) == question


@pytest.mark.parametrize("turns,question", [
    (["which mega trends are AOSIs for medtech"], "is big data one too? figure 4 marks it for medtech i think"),
    (["which industries are in an AOSI with carbon footprint reduction"],
     "blue growth is in there? i thought it was mostly about shipping"),
    (["list the downstream trends for biopharma"], "is social media also one? the text seems to say so"),
])
def test_the_question_before_a_remark_is_answered_over_the_last_answer(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    name = spot(remarked(question).question)[0].canonical
    assert ans.route == "tool" and ans.value == ("yes" if name in before.items else "no"), ans.reading
    assert not ans.sure and remarked(question).remark in ans.reading and ans.question == question


def test_a_remark_that_names_the_subject_is_read_with_the_question(assistant):
    _, ans = converse(assistant, ["how strong is r&d cooperation between northern europe and southwest europe"],
                      "and how strong is it in business? the other region is central western europe")
    assert "Central Western Europe" in ans.args.values() or "your remark" not in ans.reading, ans.reading


@pytest.mark.parametrize("turns,question", [
    (["which AOSIs does medtech have"], "is cross-linkage one too?"),
    (["which industries does big data push downstream"], "digital industries is in there?"),
])
def test_one_too_asks_for_a_member_of_the_last_answer(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    name = spot(question)[0].canonical
    assert ans.route == "tool" and ans.value == ("yes" if name in before.items else "no"), ans.reading
