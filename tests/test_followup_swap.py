"""Class: an elliptic turn that puts another name into the last passage question ("and what about X?", "same for X?",
"and X?"): the last question is searched again with the new name in place of the old one of the same kind, never
sure. Wordings here are this file's own, not the tuning sets'."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

from assistant.answer import Answer
from assistant.state import State
from assistant.topic import swapped
from assistant.understand import read


def _after(question: str, route: str = "retrieval") -> State:
    state = State()
    state.last_answer = Answer(route=route, answer="…", question=question)
    state.last_frame = read(question)
    return state


@pytest.mark.parametrize("before,question", [
    ("why are biopharmaceuticals clusters so internationalised", "and what about medical devices?"),
    ("why is southwest europe weak in business cooperation", "and southeast europe?"),
    ("how does the carbon footprint trend affect mobility technologies", "same for blue growth?"),
])
def test_the_new_name_takes_the_old_ones_place(before, question):
    new, old = read(question).names[0], read(before).names
    got = swapped(read(question), _after(before))
    kept = [n for n in old if n.kind != new.kind]
    assert got is not None and new.canonical in got, got
    assert not any(n.text in got.lower() for n in old if n.kind == new.kind), got
    assert all(n.text in got.lower() for n in kept), got  # the names of other kinds stay


@pytest.mark.parametrize("question", [
    "which trends hit medical devices downstream and upstream, and with what grade",  # a question of its own
    "and medtech and logistics?",  # two names for one place
])
def test_a_turn_that_is_not_one_elliptic_name_is_not_swapped(question):
    assert swapped(read(question), _after("why are biopharmaceuticals clusters so internationalised")) is None


def test_only_after_a_passage_answer():
    assert swapped(read("and what about medical devices?"),
                   _after("why are biopharmaceuticals clusters so internationalised", "tool")) is None


def test_the_swapped_question_is_searched_unsure(assistant):
    before, ans = converse(assistant, ["why are biopharmaceuticals clusters so internationalised"],
                           "and what about medical devices?")
    assert before.route == "retrieval" and ans.route == "retrieval" and not ans.sure
    name = read("and what about medical devices?").names[0].canonical
    assert name in ans.reading and ans.inherited, ans.reading
