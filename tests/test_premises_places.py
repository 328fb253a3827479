"""Individual clusters of a place: refused when the report names none, answered when it names some in passing (in a
footnote, as a list after the place) or when the question asks for something else of that place's clusters.
Wordings written for these tests, not taken from any question set."""

from __future__ import annotations

import pytest

import corpus
from assistant.premises import _INDIVIDUAL, clusters_outside, individual_clusters, place_clusters
from retrieval.chunks import chunk_report
from retrieval.records import Quote, RetrievalResult
from retrieval.roles import FOOTNOTE
from retrieval.sentences import Sentences


def _quote(sentence) -> Quote:
    sec, page = corpus.section_at(sentence.start), corpus.page_of(sentence.start)
    return Quote(sentence.text, sentence.start, sentence.end, sec.number, sec.title, page.page, page.estimated, 0.5)


def _footnote_listing(place: str) -> Quote:
    """A footnote of the report that lists things after naming ``place`` and a colon."""
    return _quote(next(s for s in Sentences(chunk_report()).items if s.role == FOOTNOTE and place in s.text
                       and ":" in s.text.split(place, 1)[1][:40]))


@pytest.mark.parametrize("question", [
    "which cooperation programmes does the report list that link clusters from northern europe",
    "what partnerships does the study name that connect clusters in southwest europe",
    "which funding schemes does the report mention that help clusters from central eastern europe",
])
def test_a_relative_clause_about_clusters_is_not_a_request_for_individual_clusters(question):
    assert not _INDIVIDUAL.search(question)


@pytest.mark.parametrize("question", ["which clusters from spain are in the sample",
                                      "name the clusters in poland that cooperate with asia"])
def test_individual_clusters_are_still_read_as_asked(question):
    assert _INDIVIDUAL.search(question)


@pytest.mark.parametrize("question", [
    "which clusters in west sweden does the footnote list",
    "name the west sweden clusters the report mentions",
    "what clusters from west sweden are named",
])
def test_clusters_a_footnote_lists_after_their_place_are_not_refused(question):
    quote = _footnote_listing("West Sweden")
    assert place_clusters(RetrievalResult(question, [], [quote], True, 0.6, 0.37), None) == ""


def test_individual_clusters_are_refused_when_the_quotes_name_none():
    s = next(s for s in Sentences(chunk_report()).items if "Sweden" not in s.text and len(s.text.split()) > 8)
    gap = place_clusters(RetrievalResult("which clusters in sweden are in the sample", [], [_quote(s)], True, 0.6, 0.37),
                         None)
    assert "does not name individual clusters" in gap


def _planned(question: str):
    from assistant.coverage import coverage
    from assistant.understand import read
    from assistant.understood import unknown_terms

    frame = read(question)
    return unknown_terms(frame, coverage(frame, question), question)


# class: individual clusters of a place asked for by name go to the text (the tables count regions and name none);
# clusters of a place outside the report's European regions, asked about themselves (not as partners), too
@pytest.mark.parametrize(("question", "check"), [
    ("which czech medical devices clusters does the report list as business partners", individual_clusters),
    ("name the hungarian packaging clusters that do R&D with nordic partners", individual_clusters),
    ("which dutch logistics clusters are named as partners of german ones", individual_clusters),
    ("what did clusters in africa report about internationalisation services", clusters_outside),
    ("how important is internationalisation for clusters in japan", clusters_outside),
    ("which services do chilean cluster organisations offer their members", clusters_outside),
])
def test_clusters_no_table_holds_are_asked_of_the_text(question, check):
    from assistant.plan import Retrieve

    assert check(question)
    assert _planned(question) == Retrieve(question)


@pytest.mark.parametrize("question", [
    "who do czech clusters work with on R&D",  # the clusters of a place as one: its region's row answers
    "list the members of the nordic group",  # the countries of a region: Figure 10 answers
    "which czech region is strongest in business cooperation",  # no clusters asked for
    "how strong is business cooperation of northern europe with clusters in eastern asia",  # a partner region
    "list the members of the arabian peninsula group",  # the countries of a region
    "what do clusters in central western europe offer for internationalisation",  # a European region
])
def test_clusters_a_table_holds_stay_with_the_tables(question):
    assert not individual_clusters(question) and not clusters_outside(question)
