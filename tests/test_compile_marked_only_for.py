"""Golden table: a trend (or industry) marked for one named name and no other, the restriction said around the name
("only X", "X alone", "X and nothing else", "X and nowhere else", "X and no other …"): the entries with exactly one
marked cell that is that name's, never the name's whole list. A yes/no ("is there …") says whether any is. Wordings
are our own."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

ONLY_FOR = [
    ("which megatrend affects only mobility technologies upstream?", "Mobility Technologies", "upstream", False),
    ("is any trend in figure 4 marked for creative industries alone?", "Creative Industries", "upstream", True),
    ("name a mega trend whose downstream dots are in biopharmaceuticals and nowhere else", "Biopharmaceuticals",
     "downstream", False),
    ("is there a megatrend that the upstream matrix ties to environmental industries and to no other industry",
     "Environmental Industries", "upstream", True),
]


@pytest.mark.parametrize("question,industry,direction,yes_no", ONLY_FOR)
def test_a_name_confined_to_reads_exactly_one_marked_cell(question, industry, direction, yes_no):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    tools_used = [(s.tool, s.args, s.op) for s in plan.steps]
    assert tools_used[0] == ("rank_matrix", {"entity": "trend", "direction": direction, "count": 1}, "set"), plan
    assert tools_used[1] == ("trends_for_industry", {"industry": industry, "direction": direction}, "intersect"), plan
    assert (plan.steps[-1].tool == "_any") is yes_no


@pytest.mark.parametrize("question", [q for q, *_ in ONLY_FOR])
def test_each_trend_found_is_marked_for_the_named_industry_alone(question):
    plan = compile_frame(read(question))
    ind, d = plan.steps[1].args["industry"], plan.steps[1].args["direction"]
    alone = [t for t in tools.trends_for_industry(ind, d).items if tools.industries_for_trend(t, d).items == [ind]]
    everyone = tools.trends_for_industry(ind, d).items
    assert len(alone) < len(everyone)  # the restriction changes the answer: the whole list would be wrong


@pytest.mark.parametrize("question", ["which trends hit logistics only upstream",  # "only" scopes the direction
                                      "which trends affect logistics downstream"])
def test_no_restriction_to_the_name_keeps_its_whole_list(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "trends_for_industry", plan
