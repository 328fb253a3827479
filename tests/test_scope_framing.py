"""A word the report never uses is the topic only when it carries the question's subject: not when it is the asker's
framing (a scene set by the client, a remark on what the report warns of), a page or chapter reference, a word in
place of a name's first word, or a participle saying how a name of the report fares. A term at the topic's place
("does the study look at X as …", "which X or Y grants …") is still refused. Wordings written for these tests, not
taken from any question set."""

from __future__ import annotations

import pytest

from assistant.coverage import coverage
from assistant.understand import read
from assistant.understood import unknown_terms


def _refusal(question: str):
    frame = read(question)
    return unknown_terms(frame, coverage(frame, question), question)


@pytest.mark.parametrize("question", [
    "client wants to print custom labels cheaply, is there a snag the study cautions about",
    "does the report still rate emerging markets highly, or does it say the boom there is waning",
    "what does the study advise on dwindling product life cycles",
])
def test_the_askers_framing_is_not_refused(question):
    assert _refusal(question) is None


@pytest.mark.parametrize(("question", "term"), [
    ("does the study look at quantum sensing as a driver for medical devices", "quantum sensing"),
    ("does the report evaluate zyxwvut funding for logistics clusters", "zyxwvut funding"),
])
def test_a_term_the_study_is_asked_to_look_at_is_refused(question, term):
    ref = _refusal(question)
    assert ref is not None and f"\u201c{term}\u201d" in ref.message.lower()


def test_a_participle_before_a_name_of_the_report_is_aside():
    question = "what does the study advise on dwindling product life cycles"
    cov = coverage(read(question), question)
    assert "dwindling" in cov.aside and not cov.unknown


@pytest.mark.parametrize(("question", "word", "before"), [
    ("what does the study advise on dwindling product life cycles", "dwindling", True),
    ("why does prompt availability of products and services matter", "prompt", True),  # "Immediate availability of …"
    ("why does bakery availability matter", "bakery", False),
    ("how did covid change western europe", "covid", False),
])
def test_a_word_before_a_name_says_how_it_fares(question, word, before):
    from assistant.salient import before_name, topic_words

    assert before_name(question, word) is before
    if before:
        assert topic_words(question, [word]) == []


@pytest.mark.parametrize(("question", "word", "expected"), [
    ("on p12 why does it say clusters are small", "p12", True),
    ("what does that term mean in ch 3", "ch", True),
    ("see pg. 20 for the figure", "pg", True),
    ("is that in sec 4.4.1", "sec", True),
    ("on p999 why does it say so", "p999", False),  # no such page in the report
    ("what does the ch mean here", "ch", False),
])
def test_a_page_or_chapter_reference_is_where_to_look(question, word, expected):
    from assistant.references import in_reference

    assert in_reference(question, word) is expected


def test_two_names_joined_before_the_noun_asked_for_are_the_topic():
    from assistant.salient import topic_words

    assert topic_words("which Erasmus or horizon 2020 grants pay for cluster visits", ["Erasmus"]) == ["Erasmus"]


def test_a_scene_before_a_dash_is_set_aside_but_a_topic_is_not():
    from assistant.scope import scene_words

    assert {"bakery", "client"} <= scene_words("my client runs a bakery - how does personalisation change things")
    assert "hydrogen" not in scene_words("hydrogen trucks - which sub-trend covers them")


def test_a_phone_that_modifies_a_noun_asks_for_no_contact():
    from assistant.identity import _CONTACT

    assert not _CONTACT.search("my client makes phone cases, what does the report say about life cycles")
    assert _CONTACT.search("what is the phone number of the secretariat")


def test_an_abbreviation_is_held_by_the_word_it_stands_for():
    from assistant.scope import _holds
    from retrieval.lexical import tokenize

    held = set(tokenize("cluster organisations offer services"))
    assert _holds(frozenset(tokenize("org")), held)
    assert not _holds(frozenset(tokenize("bakery")), held)


@pytest.mark.parametrize(("question", "word", "topic"), [
    ("what is the closing date for travel grants under QWZX", "QWZX", True),
    ("what does the report say about cluster support, ASAP please", "ASAP", False),  # a remark set off by a comma
    ("how strong is iberian R&D with the QWZX / benelux area", "QWZX", False),  # beside a name of the report's
])
def test_a_name_typed_in_capitals_is_a_topic_inside_a_clause(question, word, topic):
    from assistant.salient import topic_words

    assert (topic_words(question, [word]) == [word]) is topic


@pytest.mark.parametrize(("question", "word"), [
    ("does the study consider zyxwvut as a mega trend", "zyxwvut"),
    ("does the report see zyxwvut as a driver for packaging", "zyxwvut"),
])
def test_what_the_report_is_asked_to_see_as_something_is_the_topic(question, word):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == [word]


def test_a_verb_of_talking_is_no_term_the_report_lacks():
    question = "does it talk about zyxwvut in logistics"
    ref = _refusal(question)
    assert ref is not None and "\u201ctalk\u201d" not in ref.message and "zyxwvut" in ref.message
