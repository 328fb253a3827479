"""Class: a yes or no that judges what the turn before listed ("and is one of those services enough by itself")
is a question for the text, searched with that turn's subject — not the list again. An opening "so", "and", "but"
does not hide a yes/no question's form. Wordings here are this file's own."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.understand import read

A = Assistant.load()


@pytest.mark.parametrize("question", [
    "so is one of the services enough", "but does it matter much", "ok so has it changed since",
    "and was it planned that way",
])
def test_an_opening_word_keeps_the_yes_no_form(question):
    assert read(question).intent == "yesno"


@pytest.mark.parametrize("turn,question", [
    ("which services does the service spectrum figure show", "and is one of those services enough by itself"),
    ("what does the service spectrum figure for cross-cluster cooperation contain",
     "so is a single one of those services sufficient"),
])
def test_a_judgement_of_the_list_before_is_answered_from_the_text(turn, question):
    before, ans = converse(A, [turn], question)
    assert before.route == "tool" and ans.route == "retrieval", (ans.route, ans.reading)
    assert not ans.sure and ans.inherited and "about" in ans.reading, ans.reading  # it says what it leaned on
    assert ans.items != before.items
