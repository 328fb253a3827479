"""Scope: what the report does not cover is refused naming it; what it covers is never refused."""

from __future__ import annotations

import pytest

from assistant.coverage import coverage
from assistant.plan import Refuse
from assistant.router import guard, route
from assistant.state import State
from assistant.understand import read
from assistant.understood import unknown_terms


@pytest.mark.parametrize("question", ["vanguard initiative", "anything about gothenburg",
                                      "vertical disintegration - meaning?", "consumer IT expectations like online banking"])
def test_short_questions_in_the_reports_words_are_english(question):
    assert guard(question) is None


@pytest.mark.parametrize("question", ["Qué es esto?", "Quelles sont les tendances principales du rapport?",
                                      "asdf qwe", "zzz"])
def test_other_languages_and_gibberish_are_still_refused(question):
    ref = guard(question)
    assert ref is not None and ref.reason == "not_english"


@pytest.mark.parametrize("question", ["how were the 10 emerging industries chosen",
                                      "how do megatrends hit the health sector, e.g. telemedicine",
                                      "according to the conclusions which industries are most exposed to the megatrends"])
def test_ordinary_phrases_are_not_refused_as_unknown_names(question):
    plan = route(question, State())
    assert not (isinstance(plan, Refuse) and plan.reason == "unknown_name"), plan


@pytest.mark.parametrize("question", ["Which trends influence Space Industries?", "Which region is Antarctica in?"])
def test_names_the_report_lacks_are_still_refused(question):
    plan = route(question, State())
    assert isinstance(plan, Refuse) and plan.reason == "unknown_name"


@pytest.mark.parametrize("question", ["is there one silver bullet service for getting cluster firms international",
                                      "anything on inductive charging / electric trucks",
                                      "which support services does the report suggest to get smes ready for going international"])
def test_an_unread_word_beside_the_reports_own_word_is_left_to_retrieval(question):
    frame = read(question)
    assert unknown_terms(frame, coverage(frame, question), question) is None


@pytest.mark.parametrize("question", ["which clusters work on zyxwvut",
                                      "what does the report say about clusters in zyxwvut",
                                      "zyxwvut and qwxyzzy funding for cluster projects"])
def test_an_unknown_subject_is_still_refused(question):
    frame = read(question)
    ref = unknown_terms(frame, coverage(frame, question), question)
    assert ref is not None and "zyxwvut" in ref.message.lower()


@pytest.mark.parametrize("question", ["what do the writers mean by a megatrend",
                                      "what yardstick is the internationalisation status compared with",
                                      "which partner regions would a cluster pick first"])
def test_a_generic_word_that_only_frames_the_question_is_left_to_retrieval(question):
    frame = read(question)
    cov = coverage(frame, question)
    assert cov.unknown  # the word is unknown to the report, and still no refusal
    assert unknown_terms(frame, cov, question) is None


@pytest.mark.parametrize("question", ["zyxwvut impact on uk clusters",  # opening the question
                                      "does the report say zyxwvut means for clusters",  # what the report is said to say
                                      "which zyxwvut clusters are strongest in europe",  # before a kind of thing
                                      "what zyxwvut and qwxyzzy industry trends matter",
                                      "what does the report say about zyxwvut-19"])  # a number joined to it
def test_an_unknown_word_where_the_topic_stands_is_refused(question):
    frame = read(question)
    ref = unknown_terms(frame, coverage(frame, question), question)
    assert isinstance(ref, Refuse) and "zyxwvut" in ref.message.lower()
