"""Class: a pronoun or "that trend" after a question that was refused or not covered, but named something of the
report ("what has X to do with anything", "how much money went into X"): the next turn's reference is that name,
not a search without the turn before. Expected answers come from the tools; wordings are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import tools
from assistant.spot import spot


@pytest.mark.parametrize("turn,question,expect", [
    ("what does crowd funding have to do with anything here", "which industries does that trend affect downstream?",
     lambda t: tools.industries_for_trend(t, "downstream").items),
    ("is there anything in the report on tax incentives for big data", "which industries does it hit upstream?",
     lambda t: tools.industries_for_trend(t, "upstream").items),
    ("how much money did the EU put into smart packaging", "and which sub-trends sit under that industry?",
     lambda i: tools.subtrends_for(industry=i).items),
])
def test_the_name_of_a_refused_turn_is_what_the_next_one_points_at(assistant, turn, question, expect):
    before, ans = converse(assistant, [turn], question)
    named = spot(turn)[0].canonical
    assert before.route == "refuse", before.reading  # the turn before said the report does not answer it
    assert ans.route == "tool" and set(ans.items) == set(expect(named)), (ans.reading, ans.items)
