"""Tool answers verified: a name outside what a figure analyses, or a measure its marks do not hold, is said plainly
(refused, not sure), never answered with an empty list or a grade."""

from __future__ import annotations

import pytest

import tools
from assistant import Assistant
from assistant.plan import Step, ToolPlan
from assistant.toolgaps import _drawn_from, _rows_of, tool_gap


def _outside(figure: str) -> list[str]:
    """Industries with no rows in ``figure`` and nothing marked in the figure its rows are drawn from."""
    source = _drawn_from(figure, "industry")
    assert source is not None
    return [i for i in tools.list_items("industries").items
            if i not in _rows_of(figure)["industry"] and i not in source[1]]


def _unlisted(figure: str) -> list[str]:
    """Industries with no rows in ``figure`` that the figure its rows are drawn from does mark."""
    source = _drawn_from(figure, "industry")
    return [i for i in tools.list_items("industries").items
            if i not in _rows_of(figure)["industry"] and i in source[1]]


def test_a_figure_draws_its_rows_from_the_tightest_figure_of_marks():
    for figure in ("6", "7"):
        fig, marked = _drawn_from(figure, "industry")
        assert fig != figure and _rows_of(figure)["industry"] <= marked
    assert _outside("6") and _outside("7")


def test_sub_trends_of_an_industry_outside_the_analysis_are_not_an_empty_list():
    for industry in _outside("6"):
        plan = ToolPlan((Step("subtrends_for", {"industry": industry}),))
        ans = tool_gap(f"sub-trends of {industry}?", plan, tools.subtrends_for(industry=industry))
        assert ans is not None and ans.route == "refuse" and not ans.sure and industry in ans.answer
        assert ans.citations and ans.citations[0].figure == "6"
    inside = sorted(_rows_of("6")["industry"])[0]
    plan = ToolPlan((Step("subtrends_for", {"industry": inside}),))
    assert tool_gap(f"sub-trends of {inside}?", plan, tools.subtrends_for(industry=inside)) is None


def test_an_industry_the_source_marks_but_the_figure_omits_keeps_its_none_answer():
    for industry in _unlisted("7"):
        plan = ToolPlan((Step("crossover_block", {"industry": industry}),))
        assert tool_gap(f"crossover points for {industry}", plan, tools.crossover_block(industry)) is None


@pytest.fixture(scope="module")
def assistant():
    return Assistant()


@pytest.mark.parametrize("question", ["what crossover points does the report give for {x}",
                                      "{x}: which sub-trends?",
                                      "in figure 7, which parameters change most for {x}"])
def test_questions_about_an_industry_outside_the_analysis_say_so(assistant, question):
    industry = _outside("7")[0]
    ans = assistant.ask(question.format(x=industry.lower()))
    assert ans.route == "refuse" and not ans.sure and industry in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["what share of {a} clusters do business with {b}",
                                      "roughly what percentage of {a} clusters have R&D links to {b}",
                                      "{a} and {b}: per cent of clusters cooperating on R&D?"])
def test_a_share_asked_of_a_figure_of_grades_is_not_given(question):
    a, b = tools.list_items("european_regions").items[:2]
    q = question.format(a=a, b=b)
    plan = ToolPlan((Step("cooperation_grade", {"region_a": a, "region_b": b}),))
    ans = tool_gap(q, plan, tools.cooperation_grade(a, b))
    assert ans is not None and "percentage" in ans.answer and not ans.sure
    assert tool_gap(f"how strongly do {a} and {b} cooperate", plan, tools.cooperation_grade(a, b)) is None


@pytest.mark.parametrize("question", ["where does zyxwvut computing sit among the 12 megatrends",
                                      "does zyxwvut rank among the mega trends",
                                      "in which place does zyxwvut stand among the megatrends"])
def test_a_premise_the_list_does_not_hold_is_not_answered_with_the_list(question):
    plan = ToolPlan((Step("list_items", {"name": "mega_trends"}),))
    result = tools.list_items("mega_trends")
    ans = tool_gap(question, plan, result)
    assert ans is not None and "zyxwvut" in ans.answer and not ans.sure
    trend = result.items[1]
    assert tool_gap(question.replace("zyxwvut computing", trend).replace("zyxwvut", trend), plan, result) is None


@pytest.mark.parametrize("question", ["is {x} in the crossover table at all", "does figure 7 have any rows for {x}?",
                                      "{x}: any crossover points in figure 7, yes or no"])
def test_a_yes_no_about_the_gap_itself_is_answered_not_refused(question):
    industry = _outside("7")[0]
    plan = ToolPlan((Step("crossover_block", {"industry": industry}), Step("_any", {})))
    assert tool_gap(question.format(x=industry), plan, tools.crossover_block(industry)) is None
    assert tool_gap(question.format(x=industry), ToolPlan(plan.steps[:1]), tools.crossover_block(industry)) is not None


@pytest.mark.parametrize("question", ["the exact score of the {a}–{b} R&D link?",
                                      "{a} and {b}: numeric value of their R&D cooperation",
                                      "give me the precise scores for R&D ties between {a} and {b}"])
def test_a_number_asked_of_a_figure_of_grades_is_not_given(question):
    a, b = tools.list_items("european_regions").items[:2]
    plan = ToolPlan((Step("cooperation_grade", {"region_a": a, "region_b": b}),))
    ans = tool_gap(question.format(a=a, b=b), plan, tools.cooperation_grade(a, b))
    assert ans is not None and "numeric" in ans.answer and not ans.sure
    assert tool_gap(f"what is the R&D score of {a} with {b}", plan, tools.cooperation_grade(a, b)) is None


def test_an_exact_score_asked_of_statements_whose_rows_quote_numbers_is_not_given():
    from assistant.core import Assistant

    ans = Assistant.load().ask("what precise score does medical devices get for internationalisation status in the "
                               "portfolio chart")
    assert ans.route == "refuse" and not ans.sure and "numeric score" in ans.answer, ans.answer
