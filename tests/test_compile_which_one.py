"""Golden table: "which one" picking among two names said in the same question ("A or B, which one gets more …",
"which one has more …, A or B") compares them on the count asked; it is no "of those" leaning on the previous
turn. Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

WHICH_ONE = [
    ("which one has more AOSIs, logistics or mobility", ["Logistical Services", "Mobility Technologies"], "aosi"),
    ("biopharma vs creative industries: which one pushes more megatrends upstream",
     ["Biopharmaceuticals", "Creative Industries"], "upstream"),
    ("big data or social media - which one hits more industries downstream",
     ["Big data", "Impact of social media"], "downstream"),
]


@pytest.mark.parametrize("question,names,relation", WHICH_ONE)
def test_which_one_of_two_names_compares_them(question, names, relation):
    frame = read(question)
    assert not frame.followup.of_those
    plan = compile_frame(frame)
    assert isinstance(plan, ToolPlan), frame
    assert [s.tool for s in plan.steps] == ["rank_matrix", "_compare"], plan
    assert plan.steps[0].args["direction"] == relation and plan.steps[1].args["names"] == names


@pytest.mark.parametrize("question", ["which one is the strongest", "and which ones are upstream",
                                      "which one of those hits logistics"])
def test_which_one_without_names_of_its_own_still_leans_back(question):
    assert read(question).followup.of_those
