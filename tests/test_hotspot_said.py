"""A sub-trend follow-up pointing at the turn before ("what sub-trends belong to it", "… listed there") asks the
hot-spot that turn named (assistant.hotspot_said). Wordings here are this file's own."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.hotspot_said import hotspot_said
from assistant.state import State
from assistant.understand import read

A = Assistant.load()



@pytest.mark.parametrize("turns,question,args", [
    (["does big data form an area of strong interdependency with digital industries"],
     "which sub-trends belong to it", {"trend": "Big data", "industry": "Digital Industries"}),
    (["is social media a strong interdependency area for creative industries?"], "and its sub-trends?",
     {"trend": "Impact of social media", "industry": "Creative Industries"}),
    (["how does the report see the outlook for medical devices clusters"], "which sub-trends are listed there",
     {"industry": "Medical Devices"}),
])
def test_a_pointer_to_the_turn_before_asks_its_hot_spot(turns, question, args):
    _, ans = converse(A, turns, question)
    assert ans.route == "tool" and ans.tool == "subtrends_for", (ans.route, ans.reading)
    assert all(ans.args.get(k) == v for k, v in args.items()), ans.args
    assert any(c.figure == "6" for c in ans.citations)


@pytest.mark.parametrize("before,question", [
    ("which trends shape logistics and mobility downstream", "which sub-trends does it have"),  # two industries
    ("is big data an aosi for digital industries", "which sub-trends of logistics belong to it"),  # a name of its own
    ("is big data an aosi for digital industries", "which industries does it shape"),  # no sub-trends asked
    ("is big data an aosi for digital industries", "which sub-trends do both of them list"),  # several
])
def test_no_one_hot_spot_no_reading_of_it(before, question):
    assert hotspot_said(read(question), read(before), State()) is None
