"""Golden table: "how many <cells> do A, B and C have" with no comparative asks each one's count and their sum,
never which of them has more; a sum of trends or sub-trends (which two names may share) is not read as sure.
Wordings are our own; the sums are computed from the tools, never written here."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

SUMS = [
    ("how many aosis do logistics and mobility have", ["Logistical Services", "Mobility Technologies"], "aosi"),
    ("altogether, how many areas of strong interdependency do medtech, pharma and digital industries have",
     ["Medical Devices", "Biopharmaceuticals", "Digital Industries"], "aosi"),
    ("how many AOSIs for blue growth and environmental industries combined",
     ["Blue Growth Industries", "Environmental Industries"], "aosi"),
]


@pytest.mark.parametrize("question,names,direction", SUMS)
def test_how_many_over_several_names_is_their_sum(question, names, direction):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.sure, plan
    assert [s.tool for s in plan.steps] == ["rank_matrix", "_compare"] and plan.steps[1].args["total"], plan
    assert plan.steps[1].args["names"] == names and plan.steps[0].args["direction"] == direction
    from assistant.poststeps import post

    first = tools.rank_matrix(**plan.steps[0].args)
    result = post("_compare", plan.steps[1].args, first)
    each = {r["name"]: r["count"] for r in first.rows}
    assert result.count == sum(each[n] for n in names) and result.items == names


def test_a_comparative_still_compares():
    plan = compile_frame(read("which has more aosis, logistics or mobility"))
    assert isinstance(plan, ToolPlan) and not plan.steps[1].args["total"]


def test_a_sum_of_trends_two_names_may_share_is_not_sure():
    plan = compile_frame(read("how many megatrends push creative industries and experience industries upstream"))
    assert isinstance(plan, ToolPlan) and not plan.sure and not plan.steps[1].args["total"]
