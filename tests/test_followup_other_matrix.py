"""Class: an "of those" question that asks another impact matrix of the last answer's items ("are any of them AOSIs
too?", "which of those are marked downstream?", "of the downstream ones, which are also upstream for it?"): that
matrix — for the last turn's one name of the other kind, else for any — kept to the items; a yes/no is asked of
what is kept. Wordings here are this file's own; what is expected comes from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


def test_any_of_them_in_another_matrix_for_the_same_industry():
    before, ans = converse(A, ["which trends does logistics shape upstream"], "are any of them AOSIs too?")
    want = set(tools.trends_for_industry(before.args["industry"], "aosi").items) & set(before.items)
    assert ans.route == "tool" and set(ans.items) == want and ans.value == ("yes" if want else "no"), ans.reading


def test_those_of_a_whole_figure_in_another_matrix():
    before, ans = converse(A, ["which mega trends have no upstream dots at all"], "which of those are marked downstream?")
    marked = {r["name"] for r in tools.rank_matrix("trend", "downstream").rows if r.get("count", 0) > 0}
    assert before.items and ans.route == "tool" and set(ans.items) == marked & set(before.items), ans.reading


@pytest.mark.parametrize("turns,question,direction", [
    (["which trends shape medical devices downstream"], "of the downstream ones, which are also upstream for it?",
     "upstream"),
    (["which trends does biotech shape upstream", "and downstream?"], "which of the downstream ones are AOSIs for it",
     "aosi"),
])
def test_the_relation_naming_the_items_is_not_the_one_asked(turns, question, direction):
    before, ans = converse(A, turns, question)
    want = set(tools.trends_for_industry(before.args["industry"], direction).items) & set(before.items)
    assert ans.route == "tool" and set(ans.items) == want, ans.reading
