"""Golden table: a grade bound with small words between its parts ("at least at medium level", "at a medium level
or better", "at least at the strong level") is a bound, not one grade; and a ranking of Figure 7's parameters asked
at its low end ("the fewest very strong marks", "least often marked very strong") is the other end of the ranking,
with "marked very strong" read as ✓✓. Wordings are our own (the first class reported by sure10 on several sets)."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

BOUNDS = [
    ("which regions does northern europe work with at least at medium level", "Northern Europe", "o"),
    ("name the partners of southeast europe in business that are at a medium level or better", "Southeast Europe", "o"),
    ("who does central eastern europe cooperate with on r&d at least at the strong level", "Central Eastern Europe", "+"),
]


@pytest.mark.parametrize("question,region,lowest", BOUNDS)
def test_a_bound_with_small_words_is_a_bound(question, region, lowest):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    step = plan.steps[0]
    assert step.tool == "partners" and step.args["region"] == region and step.args["min_grade"] == lowest, plan
    assert "max_grade" not in step.args, plan  # not that one grade alone


FEWEST = [
    ("which value chain parameter has the fewest very strong marks", None),
    ("which parameter is least often marked very strong", None),
    ("for logistics, which parameter gets the fewest double ticks", "Logistical Services"),
]


@pytest.mark.parametrize("question,industry", FEWEST)
def test_the_fewest_is_the_other_end_of_the_parameter_ranking(question, industry):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.tool, s.args) for s in plan.steps] == [
        ("parameter_ranking", {"industry": industry, "grade": "✓✓"}), ("_leader", {"nth": -1})]


def test_the_most_stays_the_top_of_the_ranking():
    plan = compile_frame(read("which parameter has the most very strong marks"))
    assert plan.steps[-1].args == {"nth": 1}
