"""Golden table: which emerging industries a block figure (Figure 6's hot-spots, Figure 7's sub-trend rows) has
entries for, or leaves out, and whether one industry is there at all — the figure named by number or by what it
holds ("the crossover points table"). Never the report's whole list of industries, never one cell's grade.
Wordings are our own."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

LISTS = [
    ("which industries does figure 7 leave out", "7", False),
    ("which emerging industries have no hot-spot in figure 6", "6", False),
    ("name the industries covered by the value chain crossover figure", "7", True),
    ("which sectors are not represented in the crossover table", "7", False),
    ("which industries have sub-trends in figure 6", "6", True),
]


@pytest.mark.parametrize("question,figure,shown", LISTS)
def test_the_industries_a_block_figure_shows_or_leaves_out(question, figure, shown):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.tool, s.args) for s in plan.steps] == [("industries_shown", {"figure": figure, "shown": shown})]


YES_NO = [
    ("is biopharmaceuticals missing from the crossover table?", "7", False, "Biopharmaceuticals"),
    ("does experience industries appear in figure 6", "6", True, "Experience Industries"),
    ("is creative industries part of the crossover points chart", "7", True, "Creative Industries"),
]


@pytest.mark.parametrize("question,figure,shown,industry", YES_NO)
def test_whether_one_industry_is_there(question, figure, shown, industry):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.tool, s.args) for s in plan.steps] == [("industries_shown", {"figure": figure, "shown": shown}),
                                                       ("restrict", {"names": [industry]}), ("_any", {})]


@pytest.mark.parametrize("figure", ["6", "7"])
def test_shown_and_left_out_split_the_report_industries(figure):
    shown, left = tools.industries_shown(figure).items, tools.industries_shown(figure, shown=False).items
    assert shown and left and not set(shown) & set(left)
    assert sorted(shown + left) == sorted(tools.list_items("industries").items)


def test_figure_7_leaves_out_the_industries_with_no_block():
    left = tools.industries_shown("7", shown=False).items
    assert all(tools.crossover_block(i).count == 0 for i in left)
    assert all(tools.crossover_block(i).count > 0 for i in tools.industries_shown("7").items)


def test_a_figure_with_no_industry_entries_is_an_error():
    with pytest.raises(tools.InvalidArgument):
        tools.industries_shown("13")
