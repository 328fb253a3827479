""""of those, which has the most X": the whole figure's count of each name, its top (or bottom) among the last
answer's names only. Expected answers come from the tools' rankings, never from literals. Wordings are this file's
own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


def _ask(turns, question):
    before, ans = converse(A, turns, question)
    return ans


def _edge(entity, direction, names, order):
    counts = {r["name"]: r["count"] for r in tools.rank_matrix(entity, direction).rows if r["name"] in names}
    edge = (min if order == "fewest" else max)(counts.values())
    return sorted(n for n, c in counts.items() if c == edge)


@pytest.mark.parametrize("turns,question,entity,direction,order", [
    (["which industries does big data shape downstream"], "of these, which one has the most dots in figure 3 overall",
     "industry", "downstream", "most"),
    (["which trends drive medtech downstream"], "which of those has the fewest AOSIs overall", "trend", "aosi", "fewest"),
    (["which industries does carbon footprint reduction hit downstream"],
     "and of those, which one gets the fewest upstream marks?", "industry", "upstream", "fewest"),
])
def test_the_top_of_a_whole_figure_ranking_among_the_last_names(turns, question, entity, direction, order):
    before = A.ask(turns[0])
    ans = _ask(turns, question)
    want = _edge(entity, direction, set(before.items), order)
    assert ans.route == "tool" and sorted(ans.items) == want, (ans.items, want, ans.reading)
    assert set(ans.items) <= set(before.items)
