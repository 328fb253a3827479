"""Class: a follow-up that says only the other side of a two-kind comparison ("and weaker?", "and the other way
round?" after the pairs stronger in business than in R&D) asks the same comparison turned; and "is that the only
very strong pair in business, or are there more" lists every pair at that grade. Expected sets come from the
tools. Wordings are this file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.kindpairs import turned_difference
from assistant.state import State
from assistant.understand import read

A = Assistant.load()


def _pairs(items) -> set[frozenset]:
    return {frozenset(i) for i in items}


@pytest.mark.parametrize("turns,question,direction", [
    (["which pairs do better in business than in r&d"], "and weaker?", "rd_stronger"),
    (["which region pairs have better business than r&d cooperation"], "and the other way round?", "rd_stronger"),
    (["which pairs are stronger in r&d than in business"], "and which ones are weaker?", "business_stronger"),
])
def test_the_comparison_is_turned(turns, question, direction):
    before, ans = converse(A, turns, question)
    assert before.tool == "grade_differences", before.reading
    want = tools.grade_differences(direction).items
    assert ans.route == "tool" and _pairs(ans.items) == _pairs(want), (ans.items, ans.reading)


def test_stronger_again_or_a_kind_said_is_not_turned():
    state = State()
    A.ask("which pairs do better in business than in r&d", state=state)
    for words in ("and stronger?", "and weaker in r&d?", "and weaker for northern europe?"):
        assert turned_difference(read(words), state) is None, words
    assert turned_difference(read("and weaker?"), state) is not None


@pytest.mark.parametrize("turns,question,kind,grade", [
    (["which region pair cooperates most strongly on r&d"], "is that the only ++ pair in business, or are there others",
     "business", "++"),
    (["which regions are rated very strong in business"], "are there any more very strong pairs for r&d", "rd", "++"),
])
def test_the_only_one_lists_every_pair_at_that_grade(turns, question, kind, grade):
    _, ans = converse(A, turns, question)
    want = tools.pairs_at_grade(kind, grade, grade).items
    assert ans.route == "tool" and _pairs(ans.items) == _pairs(want), (ans.items, ans.reading)
    assert ans.count == len(want)
