"""Golden table: a question that asks for the section (not the figure) on a subject whose table is one figure
("what section covers R&D cooperation between regions"): the section that holds that figure, with where it starts
(table of contents), so "and what page does it start on" is the section's first page. Wordings are our own."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

SECTIONS = [
    ("in what section is business cooperation between regions discussed", "4.4.2"),
    ("which section deals with how the industries push the mega trends upstream", "2.3"),
    ("which section covers how regions cooperate in r&d", "4.4.1"),
]


@pytest.mark.parametrize("question,section", SECTIONS)
def test_a_section_asked_is_the_one_holding_the_figure(question, section):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [s.tool for s in plan.steps] == ["section_info"], plan
    assert tools.section_info(**plan.steps[0].args).rows[0]["section"] == section, plan


def test_a_figure_asked_stays_the_figure():
    plan = compile_frame(read("which figure covers business cooperation between regions"))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool != "section_info"


@pytest.mark.parametrize("question", ["in which section is the AOSI matrix, and which page",
                                      "which section is the upstream table in"])
def test_a_section_asked_of_a_figure_is_where_the_figure_is(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "figure_info", plan
