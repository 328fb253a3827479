"""Figures of a measure the report writes about without ever giving a number are refused, naming the measure; figures
the report gives are not. Wordings written for these tests, not taken from any question set."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.measures import measure_asked, never_quantified, quantified, unquantified
from retrieval.chunks import chunk_report
from retrieval.sentences import Sentences


@pytest.fixture(scope="module")
def sentences():
    return Sentences(chunk_report())


@pytest.mark.parametrize(("question", "measure"), [
    ("does the study publish revenue figures for medical devices clusters", "revenue"),
    ("what is the average turnover of a logistics cluster member", "turnover"),
    ("are there employment statistics for the creative industries", "employment"),
    ("annual profits of biopharmaceutical clusters?", "profits"),
    ("what are the carbon emissions of the mobility industry", "emissions"),  # a measure that is a number by nature
    ("what is the membership fee for a cluster", "fee"),
    ("GDP per capita in southwest europe?", "GDP"),
])
def test_figures_of_a_measure_the_report_never_quantifies_are_refused(question, measure, sentences):
    assert measure_asked(question) == measure
    gap = unquantified(SimpleNamespace(question=question), sentences)
    assert measure.lower() in gap and "no" in gap


@pytest.mark.parametrize("question", [
    "what period do the benchmarking figures cover",  # the report counts its benchmarking data: 154 organisations
    "what does total cooperation mean in figure 17",  # cooperation is counted (six regions, ...)
])
def test_figures_the_report_gives_are_not_refused(question, sentences):
    assert measure_asked(question)
    assert unquantified(SimpleNamespace(question=question), sentences) == ""


@pytest.mark.parametrize("question", [
    "explain figure 17 to me",  # a figure of the report, not figures of a measure
    "does an empty cell mean nothing changes",  # "mean" as a verb
    "what is the total number of mega trends",  # a generic count: the other checks read it
    "are these figures reliable",  # which figures, not what they measure
])
def test_no_measure_is_read_where_none_is_asked(question):
    assert measure_asked(question) == ""


def test_a_measure_is_quantified_when_a_number_stands_near_it(sentences):
    assert quantified("organisations", sentences)  # "154 cluster organisations"
    assert not quantified("zyxwvut", sentences)


@pytest.mark.parametrize("question", [
    "are customers still buying greener goods when incomes are low",  # a clause about the measure, not asking for it
    "do firms export more when prices in europe rise",
])
def test_a_clause_about_a_measure_asks_for_no_figure(question):
    assert measure_asked(question) == ""


@pytest.mark.parametrize("question", [
    "what is the export volume of creative industries clusters to north america",  # read as a table of countries
    "average revenue of medical devices clusters per region",
    "sales figures of blue growth industries in southwest europe?",
])
def test_figures_never_given_are_refused_before_any_table_is_read(question):
    assert "no" in never_quantified(question)


@pytest.mark.parametrize("question", [
    "where are the cooperation intensity figures, in appendix A?",  # the report's charts
    "what period do the benchmarking figures cover",  # figures the report gives
    "which mega trends shape the blue growth industries",  # no measure asked
])
def test_charts_and_figures_the_report_gives_are_left_to_the_tables(question):
    assert never_quantified(question) == ""


# class: things ranked, sorted or compared by a measure of money or people the report never gives a number for
@pytest.mark.parametrize(("question", "word"), [
    ("sort the biopharma clusters of central eastern europe by revenue", "revenue"),
    ("which regions come top by GDP among the report's regions", "gdp"),
    ("rank the blue growth clusters by their annual turnover", "turnover"),
])
def test_a_ranking_by_a_measure_the_report_never_quantifies_is_refused(question, word):
    assert measure_asked(question).lower() == word
    assert never_quantified(question)


def test_a_ranking_by_what_the_figures_hold_is_no_measure():
    assert measure_asked("rank the industries by number of areas of strong interdependency") == ""
