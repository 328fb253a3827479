"""Not covered, though every name in it is the report's: a kind of thing the report never gives about things it does
name. The parts of one country (its states, provinces, cities), a country asked for by another English name, a score
or ranking, another edition of the report, names or contact details of people and clusters, and a count of its
sample broken down by a unit. Each is refused
with the closest passage as a pointer, and the covered questions beside them stay answered. Wordings written for
these tests, not taken from any question set; each class failed in at least two tuning sets."""

from __future__ import annotations

import pytest
from conftest_retrieval import index_dir  # noqa: F401

from assistant.agencies import organisation_before_kind
from assistant.breakdown import unbroken
from assistant.cited import cited_only
from assistant.measures import _report_sentences
from assistant.subnational import sub_units


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))


# class: the parts of one country (round21_mixed, round16_mixed)
@pytest.mark.parametrize(("question", "part"), [
    ("in which swiss cantons are the biopharma clusters", ("swiss", "cantons")),
    ("which polish provinces are strongest in environmental industries", ("polish", "provinces")),
    ("name the austrian states whose mobility clusters work with northern europe", ("austrian", "states")),
    ("french coastal cities with blue growth clusters?", ("french", "cities")),
    ("which regions of italy do the most business with scandinavia", ("italy", "regions")),
])
def test_the_parts_of_a_country_are_read(question, part):
    assert sub_units(question) == part


@pytest.mark.parametrize("question", [
    "which region are the baltic states in",  # a group of countries: its parts are countries
    "what does the report recommend to member states and regions",
    "why did german carmakers team up with partners in the skane region",  # no country right before "region"
    "list the partner regions of polish clusters",  # the clusters' partners, not parts of the country
    "why is R&D between CWE and the UK/Ireland region so weak",  # a region of the report named by its countries
])
def test_countries_and_groups_are_no_parts(question):
    assert sub_units(question) is None


# class (the other way: covered, yet refused): an organisation's acronym before a kind noun read as a name of that kind
# (round17_narr, round24_narr)
@pytest.mark.parametrize(("question", "acronym"), [
    ("what does the EEA mega trend definition say, word for word", "EEA"),
    ("which agency's definition of megatrends is used - the EEA trend definition?", "EEA"),
    ("is the ESCA industry data from before 2014", "ESCA"),
    ("which AOSI industries does figure 5 show", ""),  # a notion of the report, spelled in lower case
])
def test_an_organisations_acronym_before_a_kind_is_read(question, acronym):
    assert organisation_before_kind(question) == acronym


# class: a count of the report's sample per unit (narrative1, round16_narr, round23_mixed)
@pytest.mark.parametrize("question", [
    "how many of the cluster organisations analysed are from southeast europe",
    "what share of the 154 clusters belong to the blue growth industry",
    "sort the ten industries by number of cluster organisations in the sample",
])
def test_a_count_of_the_sample_per_unit_is_not_given(question):
    assert unbroken(question, _report_sentences).startswith("The report gives the number of cluster organisations")


@pytest.mark.parametrize("question", [
    "how many cluster organisations are in the study's data set",  # the total: given
    "how many megatrends affect each industry",  # counts what a table holds
    "how many strong clusters does west sweden have",  # a number the report writes beside the place
])
def test_other_counts_are_not_refused_as_a_breakdown(question):
    assert unbroken(question, _report_sentences) == ""


# class: the results of a source the report only cites (round17_narr, round19_narr)
@pytest.mark.parametrize("question", [
    "how did finland do in the regional innovation scoreboard ranking",
    "eco-system scoreboard findings for central eastern europe?",
    "what scores does the innovation scoreboard give the nordic countries",
])
def test_the_results_of_a_source_only_cited_are_not_given(question):
    assert "gives none of its results" in cited_only(question, _report_sentences)


@pytest.mark.parametrize("question", [
    "how does this compare with the OECD's work on clusters",
    "are the findings in line with the KPMG study, compared to it?",
])
def test_no_comparison_with_a_source_only_cited(question):
    assert "does not compare itself with it" in cited_only(question, _report_sentences)


@pytest.mark.parametrize("question", [
    "which scoreboard backs the claim that scandinavia is innovative",  # the citation itself: given
    "what were the results of the ESCA benchmarking on internationalisation",  # the report's own data
    "which industries score highest on internationalisation",
    "are the sub-trends also scored in the crossover table",  # a part of the report, however rare the word
    "how does medtech compare with biopharma on internationalisation",
    "megatrends here versus the EEA definition",  # the report's text cites the EEA itself
    "how many trends shape logistics downstream, compared with upstream",  # a word of a cited title is no name
])
def test_a_source_or_the_reports_own_results_are_no_cited_results(question):
    assert cited_only(question, _report_sentences) == ""


@pytest.mark.parametrize("question", [
    # the results of a source only cited, routed to a table otherwise (the country's region)
    "what is denmark's score on the regional innovation scoreboard",
    # the parts of one country
    "in which swiss cantons are the biopharma clusters",
    "which polish provinces are strongest in environmental industries",
    "name the austrian states whose mobility clusters work with northern europe",
    # a country by another English name, or with a word before it (round24_narr and the brief's sealed note)
    "which european nation has the most innovative medtech clusters",
    "which EU member states back the vanguard initiative",
    "what country leads on blue growth internationalisation",
    # a score, a rating or a ranking (round17_narr, round19_narr, round24_narr)
    "what overall score do biopharma clusters get for internationalisation",
    "give me the ranking of medtech in the cluster excellence benchmark",
    "what rating out of 10 does the report give logistics clusters",
    "what is the internationalisation index of medtech clusters",
    # a later edition or follow-up (round21_narr and the brief's sealed note)
    "has a second edition of this study come out",
    "was the report updated since, with newer data",
    "where can I find the follow-up study to this report",
    "how do the matrices differ from the 2010 edition",  # another edition: the report describes none
    # names or contact details of people and clusters (round22_narr, round20_mixed, round16_mixed)
    "the experts who filled in the matrices - their names?",
    "list the names of the respondents to the ESCA survey",
    "email address of a medtech cluster in portugal, please",
    "which of the 154 cluster organisations has the most partners abroad",
    "who is the project officer for the study at the commission",
    "when will the next european cluster panorama be published",
    # a count of the sample per unit
    "how many of the cluster organisations analysed are from southeast europe",
    "sort the ten industries by number of cluster organisations in the sample",
    "how were the 154 cluster organisations spread across the regions",
    "logistics clusters in denmark - how many?",
    # one cluster asked for, by its place in a ranking (round22_narr, round9_narr)
    "top 5 blue growth clusters in the nordics",
    "which cluster organisation has the strongest partners abroad",
    "which cluster in the survey had the most foreign members",
    # a measure of people the report never gives a number for (round23_mixed)
    "what's the employment growth in mobility technologies",
])
def test_a_kind_the_report_never_gives_is_refused(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "refuse", ans.answer


@pytest.mark.parametrize("question", [
    "why did german carmakers team up with partners in the skane region",
    "what are west sweden's strong clusters",
    "which industries score highest on internationalisation",
    "medtech clusters: how do they score on internationalisation?",  # the verb: the text compares in words
    "how many cluster organisations are in the study's data set",
    "which region are the baltic states in",
    "which countries does the report put in central eastern europe",
    "which countries should a logistics cluster target for R&D partners",  # advice, given by region
    "what's the website of the four motors for europe initiative",
    "what does the EEA mega trend definition say, word for word",
    "which of the clusters are most internationalised",  # a kind of cluster (by industry), not one by name
])
def test_covered_questions_beside_them_stay_answered(assistant, question):
    ans = assistant.ask(question)
    assert ans.route != "refuse", ans.answer


# class (covered, yet refused): "how many are there …" after a question that says what is counted (round9_mixed,
# round17_mixed); and "figures" that are the report's charts (round15_mixed)
@pytest.mark.parametrize(("first", "question"), [
    ("explain the AOSI idea", "and how many are there in medtech?"),
    ("", "the R&D intensity figures - are they all in appendix A, as the text says?"),
])
def test_a_count_the_conversation_names_or_a_chart_is_not_refused(assistant, first, question):
    conversation = f"grain-{abs(hash(question))}"
    if first:
        assistant.ask(first, conversation_id=conversation)
    ans = assistant.ask(question, conversation_id=conversation)
    assert ans.route != "refuse", ans.answer
