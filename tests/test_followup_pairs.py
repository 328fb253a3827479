"""An "of those" follow-up over a list of region pairs that asks about the other kind of cooperation ("and which of
those are also very strong in r&d?"): the pairs of the last answer that the other figure grades so, never the other
figure's whole list. Wordings are this file's own; the expected pairs are computed from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant


@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


@pytest.mark.parametrize("turns,question,first,then", [
    (["which region pairs have very strong business cooperation"], "and which of those are also very strong in r&d?",
     ("business", "++", "++"), ("rd", "++", "++")),
    (["which pairs of regions are weak in r&d"], "of those, which ones are at least medium in business",
     ("rd", "-", "-"), ("business", "o", None)),
    (["list the region pairs with at least strong r&d ties"], "which of these pairs also cooperate at least medium in business",
     ("rd", "+", None), ("business", "o", None)),
])
def test_of_those_pairs_in_the_other_figure_are_kept_to_the_last_pairs(assistant, turns, question, first, then):
    before, ans = converse(assistant, turns, question)
    last = {tuple(p) for p in tools.pairs_at_grade(*first).items}
    assert {tuple(p) for p in before.items} == last, before.reading
    want = {tuple(p) for p in tools.pairs_at_grade(*then).items} & last
    assert ans.route == "tool" and {tuple(p) for p in ans.items} == want, ans.reading
    assert {c.figure for c in ans.citations} >= {"13", "16"}
