""""where is it double-ticked" after one sub-trend's Figure 7 profile: "it" is that sub-trend, and where a grade is
means which parameters carry it. Expected parameters come from the profile's own grade groups. Wordings are this
file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


@pytest.mark.parametrize("turns,question", [
    (["crossover profile of theranostics for medtech"], "where does it get a double tick?"),
    (["figure 7 row for fighting counterfeiting"], "which parameters is it very strong on"),
    (["figure 7 marks for local content under logistics"], "where is it rated ✓✓"),
])
def test_a_grade_asked_of_it_keeps_the_last_profile(turns, question):
    before, ans = converse(A, turns, question)
    assert before.tool == "subtrend_profile", before.reading
    want = tools.subtrend_profile(before.args["subtrend"], before.args["industry"]).groups.get("✓✓", [])
    assert ans.route == "tool" and sorted(ans.items) == sorted(want), (ans.items, ans.reading)
