"""Golden table: a yes/no on what a figure is about ("is figure 12 about northern europe", "does figure 6 deal with
the sub-trends", "is fig 14 the chart for business cooperation in northern europe"), also after a clause that claims
it: the figure's own words against the subject (``figure_about``), never the figure's cells or a region's
partners. A subject that names a cell, a grade or a count is asked by the other rows. Wordings are our own."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

ABOUT = [
    ("is figure 12 about northern europe?", "12", "northern europe"),
    ("does figure 6 deal with the sub-trends", "6", "the sub-trends"),
    ("is fig 14 the chart for business cooperation in northern europe", "14", "business cooperation in northern europe"),
    ("the text on central eastern europe cites figure 13 for its weak ties. is figure 13 really about central "
     "eastern europe?", "13", "central eastern europe"),
]


@pytest.mark.parametrize("question,figure,subject", ABOUT)
def test_a_yes_no_on_a_figures_subject_checks_its_words(question, figure, subject):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.tool, s.args) for s in plan.steps] == [("figure_about", {"figure": figure, "subject": subject})]


@pytest.mark.parametrize("question", ["does figure 5 show big data for logistics",
                                      "does figure 16 show strong ties for northern europe",
                                      "does figure 4 show 12 marks"])
def test_a_cell_grade_or_count_is_no_subject(question):
    plan = compile_frame(read(question))
    assert not any(s.tool == "figure_about" for s in getattr(plan, "steps", ())), plan


@pytest.mark.parametrize("figure,subject,value", [("12", "northern europe", "no"), ("14", "business cooperation in "
                                                  "northern europe", "yes"), ("6", "sub-trends", "yes"),
                                                  ("11", "southwest europe", "no")])
def test_the_answer_follows_the_caption(figure, subject, value):
    r = tools.figure_about(figure, subject)
    assert r.value == value, r.title
    caption = tools.figure_info(figure).value
    assert caption in r.title
    if value == "no":  # the figures that do show it are offered
        assert r.items and figure not in r.items


def test_a_figure_that_shows_it_in_part_names_the_closer_ones():
    r = tools.figure_about("5", "upstream effects")
    assert r.value == "yes" and r.rows[0]["in_part"] and "4" in r.items


def test_a_relation_word_does_not_pick_a_figure_the_words_do_not_fit():
    """"a diagram with an OEM and tier suppliers across regions": "regions" names the regions table, but the words
    fit another figure and not that one at all — the better fit, unsure, never the regions table as sure."""
    plan = compile_frame(read("which chart draws an oem with its tier suppliers and research partners spread over "
                              "several regions"))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "figure_lookup" and not plan.sure, plan
