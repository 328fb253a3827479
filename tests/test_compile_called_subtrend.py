"""Golden table: a name that is both a mega trend and a sub-trend ("Big data"), called a sub-trend by the question
("listed as a sub-trend", "among their sub-trends", "is it a sub-trend too"), is read as the sub-trend: the Figure 6
hot-spots that list it. Its own sub-trends ("the sub-trends of big data", "does big data have a sub-trend list")
stay the mega trend's. Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

CALLED = [
    ("which trend-industry cells carry big data among their sub-trends", ["aosis_with_subtrend"]),
    ("big data heads figure 3, but does it also show up as a sub-trend? under which hot-spot",
     ["aosis_with_subtrend", "_any"]),
    ("is big data counted as a sub-trend too", ["aosis_with_subtrend", "_any"]),
]

OWN = [
    ("name the sub-trends of big data", ["subtrends_for"]),
    ("does big data have a sub-trend list of its own", ["subtrends_for", "_any"]),
    ("big data sub-trends for logistics", ["subtrends_for"]),
]


@pytest.mark.parametrize("question,tools", CALLED)
def test_a_name_called_a_subtrend_is_the_subtrend(question, tools):
    frame = read(question)
    assert [n.kind for n in frame.names] == ["subtrend"], frame.names
    plan = compile_frame(frame)
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == tools, plan
    assert plan.steps[0].args == {"subtrend": "Big Data"}


@pytest.mark.parametrize("question,tools", OWN)
def test_a_trends_own_subtrends_stay_the_trends(question, tools):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == tools, plan
    assert plan.steps[0].args["trend"] == "Big data"
    assert not any(s.tool == "_member" for s in plan.steps)  # never the trend's list checked for its own name
