"""Golden table: industries ranked by their rows in Figure 7 ("the most sub-trend rows", "the fewest lines") count
rows, marked or not — not marks — and "the fewest" is the other end of the ranking. Marks asked ("the fewest
ticks") still count marks. Wordings are our own."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read


@pytest.mark.parametrize("question,nth", [
    ("which industry has the fewest sub-trend rows in figure 7", -1),
    ("across every industry of the crossover table, which one has the most rows", 1),
    ("in figure 7 which industry block has the fewest lines", -1),
])
def test_rows_are_counted_as_rows(question, nth):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.tool, s.args) for s in plan.steps] == [("count_crossover_rows", {}), ("_leader", {"nth": nth})]


def test_marks_asked_count_marks():
    plan = compile_frame(read("which industry gets the fewest ticks in figure 7"))
    assert plan.steps[0].tool == "count_crossover_marks" and plan.steps[-1].args == {"nth": -1}


def test_rows_per_industry_match_each_block():
    rows = tools.count_crossover_rows().rows
    assert rows == sorted(rows, key=lambda r: -r["count"])
    for r in rows:
        assert r["count"] == tools.crossover_block(r["name"]).count
