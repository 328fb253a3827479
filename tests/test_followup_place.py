""""Which one is second", "and in third place?" after a ranking of the most: the same ranking at that place, ties
kept; "which one has more" after one count asked of two names in turn: the two compared. Wordings here are this
file's own, not the tuning sets'; the names expected come from the ranking's rows or the answers' own items."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.state import State

A = Assistant.load()


def _at_place(rows, n):
    counts = sorted({r["count"] for r in rows if "count" in r}, reverse=True)
    return {r["name"] for r in rows if r.get("count") == counts[n - 1]}


@pytest.mark.parametrize("turns,question,n", [
    (["which industry has the most AOSIs"], "which one is second", 2),
    (["which mega trend drives the most industries downstream"], "and in second place?", 2),
    (["which parameter collects the most double ticks in figure 7"], "what about third place", 3),
])
def test_a_place_of_the_last_ranking(turns, question, n):
    """Class: an ordinal place said alone after a ranking of the most."""
    before, ans = converse(A, turns, question)
    assert ans.route == "tool" and ans.tool == before.tool, ans.reading
    assert set(ans.items) == _at_place(ans.rows, n) and set(ans.items) != set(before.items), ans.reading


def test_a_ranking_of_the_fewest_is_not_counted_from_its_end():
    state = State()
    before = A.ask("which industry has the fewest AOSIs", state=state)
    ans = A.ask("which one is second", state=state)
    assert before.route == "tool"
    assert not (ans.route == "tool" and ans.sure), ans.reading


@pytest.mark.parametrize("turns,question,order", [
    (["how many very strong crossover points does medical devices have in fig 7", "and creative industries?"],
     "which one has more", max),
    (["how many cells with a single tick does logistics have in figure 7", "what about mobility?"],
     "which one leads", max),
    (["which figure 7 cells of blue growth are graded very strong", "and for environmental industries?"],
     "which of the two has fewer", min),
])
def test_the_two_answers_asked_in_turn_compared(turns, question, order):
    """Class: "which one has more / leads / has fewer" after the same Figure 7 count asked of two industries."""
    state = State()
    before = [A.ask(t, state=state) for t in turns]
    ans = A.ask(question, state=state)
    sizes = {b.args["industry"]: len(b.items) for b in before}
    assert len(set(sizes.values())) == 2, sizes
    assert ans.route == "tool" and ans.value == order(sizes, key=sizes.get), (ans.value, sizes, ans.reading)


@pytest.mark.parametrize("turns,question", [
    (["which parameter has the most double ticks for logistics in figure 7"], "and the least?"),
    (["across figure 7 which parameter collects the most very strong marks"], "and which collects the fewest"),
])
def test_the_other_end_of_a_ranking_cut_to_its_head(turns, question):
    """Class: "and the least?" after a ranking answered by its head: the names at its lowest count."""
    before, ans = converse(A, turns, question)
    low = min(r["count"] for r in ans.rows if "count" in r)
    assert ans.route == "tool" and ans.tool == before.tool, ans.reading
    assert set(ans.items) == {r["name"] for r in ans.rows if r.get("count") == low} != set(before.items), ans.reading
