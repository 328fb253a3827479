"""Times and forms in answer verification: a figure asked for a year the quotes do not hold, a "when" that asks for
no time, a participle that is no topic, and a claim written in other forms of the report's words."""

from __future__ import annotations

import re
from functools import cache

import pytest

import corpus
from assistant.scope import _forms, _is_verb, unverified
from assistant.times import asks_figure, report_date, year_missing
from retrieval.chunks import chunk_report
from retrieval.records import Quote, RetrievalResult
from retrieval.roles import BODY
from retrieval.sentences import Sentences


@cache
def _sentences() -> Sentences:
    return Sentences(chunk_report())


def _result(question: str, sentence) -> RetrievalResult:
    sec, page = corpus.section_at(sentence.start), corpus.page_of(sentence.start)
    quote = Quote(sentence.text, sentence.start, sentence.end, sec.number, sec.title, page.page, page.estimated, 0.5)
    return RetrievalResult(question, [], [quote], True, 0.6, 0.37)


def _dated_count():
    """A body sentence of the report holding a count and a year, with that year."""
    for s in _sentences().items:
        years = re.findall(r"\b20\d\d\b", s.text)
        if s.role == BODY and years and re.search(r"\b\d{2,}\b(?! ?-)", re.sub(r"\b20\d\d\b", "", s.text)):
            return s, int(years[0])
    raise AssertionError("no dated count in the report")


def test_a_figure_asked_for_a_year_the_quotes_do_not_hold_is_not_given():
    s, year = _dated_count()
    other = max(year, report_date()) + 17  # a forecast year
    for question in (f"how many of them will there be by {other}", f"what share will it reach in {other}",
                     f"how big will that market be in {other}"):
        gap = year_missing(_result(question, s), _sentences())
        assert str(other) in gap, question
        ans = unverified(_result(question, s), _sentences())
        assert ans is not None and ans.route == "refuse" and not ans.sure
    assert year_missing(_result(f"how many were there in {year}", s), _sentences()) == ""
    assert year_missing(_result(f"how many were there in {report_date() - 30}", s), _sentences()) == ""  # past


@pytest.mark.parametrize(("question", "figure"), [
    ("do clusters still bother going abroad when money is short", False),
    ("why do firms turn to their cluster when they want to export", False),
    ("what should an sme do when its home market shrinks", False),
    ("when did the survey run", True),
    ("the survey - when was it done", True),
    ("how many regions are there", True),
])
def test_a_when_joining_two_clauses_asks_for_no_time(question, figure):
    assert asks_figure(question) is figure


@pytest.mark.parametrize(("question", "word", "verb"), [
    ("how were the twelve megatrends shortlisted in the end", "shortlisted", True),
    ("was the survey drafted?", "drafted", True),
    ("why were the six regions clustered together", "clustered", True),
    ("is biobased packaging covered", "biobased", False),
    ("what does the report say about zyxwvuted clusters", "zyxwvuted", False),
])
def test_a_participle_after_an_auxiliary_is_a_verb_not_a_topic(question, word, verb):
    assert _is_verb(question, word) is verb


def test_a_word_in_another_form_holds_the_claim():
    words = set(_sentences().where)
    pairs = [(a, b) for a in words for b in (a + "r", a + "s", a + "al") if len(a) >= 5 and b in words]
    assert pairs
    for a, b in pairs[:20]:
        assert b in _forms(a, _sentences()) and a in _forms(b, _sentences())
    assert _forms("zyxwvut", _sentences()) == {"zyxwvut"}


def test_a_claim_in_other_forms_of_the_reports_words_is_not_refused():
    from assistant.scope import _false_claim

    s = next(s for s in _sentences().items if s.role == BODY)
    held = "the report says cluster members are no longer driving internationalisation - true?"
    assert _false_claim(_result(held, s), _sentences()) == ""
    assert _false_claim(_result(held.replace("driving", "zyxwvuting"), s), _sentences()) != ""


@pytest.mark.parametrize(("question", "unknown"), [("what does the report say about zyxwvut-19", ["zyxwvut-19"]),
                                                   ("zyxwvut 2030 and cluster links", ["zyxwvut"]),
                                                   ("is the 2014 panel in the report", [])])
def test_a_number_joined_to_a_word_does_not_make_it_known(question, unknown):
    from types import SimpleNamespace

    from retrieval.lexical import tokenize
    from retrieval.search import Retriever

    words = set(tokenize(corpus.report_text()))
    searcher = SimpleNamespace(bm25=SimpleNamespace(vocabulary=words), _typed=words)
    assert Retriever.unknown_terms(searcher, question) == unknown


# class: what came of an event in a year after the report's latest source, asked without a verb of happening
@pytest.mark.parametrize("question", [
    "main outcomes of the {year} european cluster panorama",
    "the {year} stress test for cluster policy: what was agreed for my region",
    "key outcomes of the {year} cluster conference for SMEs",
])
def test_outcomes_of_an_event_after_the_report_are_not_in_it(question):
    from assistant.times import later_time

    year = next(y for y in range(report_date() + 1, report_date() + 5) if str(y) in corpus.report_text())
    q = question.format(year=year)
    sentence = next(s for s in _sentences().items if str(year) in s.text)
    assert str(year) in later_time(_result(q, sentence), _sentences())
