"""An "of those" follow-up whose plan would be the last plan kept to its own items answers the last question again:
said the other way round it turns the matrix; otherwise it is never a sure repeat. Expected answers come from the
tools. Wordings are this file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


@pytest.mark.parametrize("turns,question,industry", [
    (["which trends does medtech get hit by downstream"], "of these, which also go the other way", "Medical Devices"),
    (["downstream mega trends for logistics"], "and of those, which ones flow the opposite way", "Logistical Services"),
])
def test_of_those_the_other_way_round_turns_the_matrix(turns, question, industry):
    before, ans = converse(A, turns, question)
    up = set(tools.trends_for_industry(industry, "upstream").items)
    assert ans.route == "tool" and set(ans.items) == set(before.items) & up, (ans.items, ans.reading)
    assert {"3", "4"} <= {c.figure for c in ans.citations}


@pytest.mark.parametrize("turns,question", [
    (["which industries does big data shape downstream"], "which of those act on it in return"),
    (["which industries does carbon footprint reduction hit"], "and which of them respond to it"),
    (["what trends hit biopharma downstream"], "which of these does biopharma feed back into"),
])
def test_of_those_never_repeats_the_last_answer_sure(turns, question):
    before, ans = converse(A, turns, question)
    repeat = ans.route == "tool" and ans.items == before.items and ans.args.get("a", {}).get("direction") == \
        before.args.get("direction")
    assert not (repeat and ans.sure), ans.reading


@pytest.mark.parametrize("question,repeats", [
    ("and which of them matter for exporters", True),
    ("list them again", False),  # asked for the last answer again
    ("how many is that", False),
])
def test_the_same_plan_again_is_a_repeat_unless_asked_for(question, repeats):
    from assistant.plan import Step, ToolPlan
    from assistant.replan import repeats_last
    from assistant.state import State
    from assistant.understand import read

    state = State()
    first = ToolPlan((Step("trends_for_industry", {"industry": "Medical Devices", "direction": "upstream"}),))
    before = A.ask("which trends does medtech push upstream", state=state)
    assert before.route == "tool"
    again = ToolPlan(first.steps)
    state.answered(again)  # the pipeline keeps the plan it ran before it judges the answer
    assert repeats_last(again, read(question), state) is repeats
