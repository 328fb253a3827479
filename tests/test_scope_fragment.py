"""A topic the report never covers, written where coverage sees only a scene or a time: a bare noun phrase before
the asking clause ("<unknown> clusters in <country> - who …"), the bare name of an event ("since <event>"). Wordings
written for these tests, not taken from any question set; each class failed in at least two tuning sets."""

from __future__ import annotations

import pytest

from assistant.coverage import coverage
from assistant.fragment import topic_before
from assistant.incidental import incidental
from assistant.plan import Refuse
from assistant.salient import asked_for, topic_words
from assistant.understand import read
from assistant.understood import unknown_terms


def _read(question: str):
    frame = read(question)
    return frame, coverage(frame, question)


def _refused_naming(question: str, word: str) -> bool:
    frame, cov = _read(question)
    ref = unknown_terms(frame, cov, question)
    return isinstance(ref, Refuse) and any(w in ref.message.lower() for w in word.split())


# class: a noun phrase before a dash or colon names the topic, and the asking clause names one of the report's names
@pytest.mark.parametrize(("question", "word"), [
    ("footwear clusters in spain: which regions do they cooperate with on R&D", "footwear"),
    ("furniture industry in poland - who are its business partners", "furniture"),
    ("chip shortage - what does it mean for digital industries clusters", "chip"),
])
def test_a_noun_phrase_topic_before_the_asking_clause_is_refused(retriever, question, word):
    frame, cov = _read(question)
    def aside(q, words):
        return incidental(retriever.embedder, q, words)
    assert word in topic_before(cov, question, aside)
    ref = unknown_terms(frame, cov, question, aside)
    assert isinstance(ref, Refuse) and word in ref.message.lower()


@pytest.mark.parametrize("question", [
    "quick check: which mega trends shape creative industries downstream",  # the first part frames the question
    "my client builds ferries - which megatrends hit blue growth",  # a scene: a clause with its own verb
    "consultant here - which megatrends shape biopharma downstream",  # the user, not the topic
    "ferry operators worried about fuel - which megatrends hit blue growth",  # a clause ("worried about")
])
def test_a_scene_before_the_asking_clause_is_no_topic(question):
    frame, cov = _read(question)
    assert topic_before(cov, question, None) == ()


def test_a_word_whose_removal_keeps_the_meaning_is_no_topic():
    """``aside`` (the embedding judge) has the last word: a word the question's meaning does not hang on stays."""
    question = "footwear clusters in spain: which regions do they cooperate with on R&D"
    frame, cov = _read(question)
    assert topic_before(cov, question, lambda q, words: list(words)) == ()


# class: the bare name of an event a question asks what came after or during
@pytest.mark.parametrize(("question", "word"), [
    ("how have clusters in northern europe changed since covid", "covid"),
    ("after brexit, who should UK logistics clusters partner with", "brexit"),
    ("what happened to R&D ties during lockdown", "lockdown"),
])
def test_a_bare_event_is_the_topic(question, word):
    assert asked_for(question, word)
    assert topic_words(question, [word]) == [word]


@pytest.mark.parametrize(("question", "word"), [
    ("since gadgets spread everywhere, what changed for logistics", "gadgets"),  # the subject of a clause
    ("what changed after the report for clusters", "clusters"),  # not after the preposition
])
def test_a_word_that_opens_a_clause_after_since_is_not_an_event(question, word):
    assert not asked_for(question, word)


# class: an acronym named with a word the report never writes ("<new> AI"), or a subject of a how/whether clause,
# asked of one of the report's names (a table would answer the name and drop the topic)
@pytest.mark.parametrize(("question", "word"), [
    ("does the study examine how conversational AI is changing creative industries", "conversational ai"),
    ("is agentic AI one of the things hitting digital industries downstream", "agentic ai"),
    ("does the report say whether quantum computers will reshape biopharmaceuticals downstream", "quantum"),
])
def test_a_topic_beside_a_name_of_the_report_is_refused(question, word):
    assert _refused_naming(question, word)


# class: a word naming a part of the report ("footnote") is the report's apparatus, never a topic it lacks
@pytest.mark.parametrize("question", [
    "there's a footnote about west sweden clusters, which ones does it name",
    "i saw a footnote on biopharma partners in northern europe, what does it say",
    "a footnote mentions german car makers - which page is it on",
])
def test_a_word_for_a_part_of_the_report_is_no_topic(question):
    frame, cov = _read(question)
    ref = unknown_terms(frame, cov, question)
    assert not (isinstance(ref, Refuse) and "footnote" in ref.message.lower())


# class: a count of something the report never writes about ("how many <jobs> …"), beside names a table lists
@pytest.mark.parametrize(("question", "word"), [
    ("how many patents do digital industries clusters file each year", "patents"),
    ("how many start-ups did mobility technologies clusters spin off", "start-ups"),
    ("how many vacancies will the emerging industries have by 2030", "vacancies"),
])
def test_a_count_of_a_thing_the_report_never_writes_is_refused(question, word):
    assert _refused_naming(question, word)


def test_a_count_of_the_report_s_own_things_is_not_refused():
    question = "how many megatrends hit logistics downstream"
    frame, cov = _read(question)
    assert not isinstance(unknown_terms(frame, cov, question), Refuse)
