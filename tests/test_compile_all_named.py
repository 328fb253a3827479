"""Golden table: a yes/no asking the same of two or more names at once ("are both A and B in an AOSI with X"):
X's row of the matrix asked, and whether every named one is in it; the answer lists the ones that are. Wordings
are our own."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.poststeps import post
from assistant.understand import read

ALL_NAMED = [
    ("are both logistics and mobility in an aosi with innovation dynamics?",
     ("industries_for_trend", {"trend": "Innovation dynamics", "direction": "aosi"}),
     ["Logistical Services", "Mobility Technologies"]),
    ("do digital industries and creative industries both get shaped by big data downstream",
     ("industries_for_trend", {"trend": "Big data", "direction": "downstream"}),
     ["Digital Industries", "Creative Industries"]),
]


@pytest.mark.parametrize("question,step,names", ALL_NAMED)
def test_two_names_asked_together_are_checked_in_one_row(question, step, names):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == [step[0], "_members"], plan
    assert plan.steps[0].args == step[1] and plan.steps[1].args == {"names": names}


def test_members_says_no_and_lists_the_ones_in_the_row():
    row = tools.industries_for_trend("Big data", "downstream")
    inside = row.items[0]
    outside = next(i for i in tools.list_items("industries").items if i not in row.items)
    r = post("_members", {"names": [inside, outside]}, row)
    assert r.value == "no" and r.items == [inside] and outside in r.title
    assert post("_members", {"names": row.items[:2]}, row).value == "yes"
