"""Where an unknown word stands decides whether it is the topic: in the noun phrase a question asks for, in a topic
written before a dash that the asking clause points back to, or as a predicate that only comments. Wordings written
for these tests, not taken from any question set; each class failed in at least two tuning sets."""

from __future__ import annotations

import re

import pytest

import corpus
from assistant.coverage import coverage
from assistant.plan import Refuse
from assistant.salient import asked_for, salient, topic_words
from assistant.scope import missing_figure
from assistant.understand import read
from assistant.understood import unknown_terms
from retrieval.chunks import chunk_report
from retrieval.records import Quote, RetrievalResult
from retrieval.roles import BODY
from retrieval.sentences import Sentences


def _refusal(question: str):
    frame = read(question)
    return unknown_terms(frame, coverage(frame, question), question)


# class: the thing asked for ("what X …", "list the X …", "after the X") is a word the report never uses
@pytest.mark.parametrize(("question", "word"), [
    ("what tax credits do experience industries clusters use", "tax"),
    ("list the lockdown measures that hit logistics clusters", "lockdown"),
    ("name some cobot makers in the medical devices industry", "cobot"),
    ("how did cooperation between clusters change after the lockdown", "lockdown"),
])
def test_a_word_in_the_phrase_asked_for_is_the_topic(question, word):
    assert asked_for(question, word)
    assert topic_words(question, [word]) == [word]


@pytest.mark.parametrize(("question", "word"), [
    ("what does the report say about clusters that are sluggish", "sluggish"),  # after "what does": no phrase asked
    ("which regions do logistics clusters pick for quick wins", "wins"),  # beyond the asked-for phrase
    ("what is the gist of the conclusion", "gist"),  # after "is": a copula, not the phrase asked for
    ("what chores does the packaging industry take on in a value chain", "chores"),  # the kind of answer, not a topic
    ("which chapter chats about logistics partners", "chats"),  # a verb before its preposition
])
def test_a_word_outside_the_phrase_asked_for_is_not(question, word):
    assert not asked_for(question, word)


# class: a topic written first, then a clause that only points back at it ("- does the study cover it")
@pytest.mark.parametrize(("question", "word"), [
    ("vertical farming near big cities: does the report say anything about it?", "farming"),
    ("cobots in medical device factories - does the report talk about that", "cobots"),
    ("hydrogen ferries for blue growth \u2014 any mention of this in the study?", "hydrogen"),
])
def test_a_topic_before_a_dash_that_the_question_points_back_to_is_refused(question, word):
    ref = _refusal(question)
    assert isinstance(ref, Refuse) and word in ref.message.lower()


@pytest.mark.parametrize("question", [
    "personalised medicine - does the study cover it",  # the report's own words before the dash
    "for a briefing to our ministry: what does the report say about logistics clusters",  # a scene, not a topic
    "lockdowns aside - which mega trends shape the creative industries",  # the asking clause has its own subject
])
def test_a_scene_or_a_covered_topic_before_a_dash_is_not_refused(question):
    assert _refusal(question) is None


# class: an unknown word that closes its clause after a copula comments on the subject; it is not the subject
@pytest.mark.parametrize(("question", "word"), [
    ("do buyers still want lower-carbon products when the economy is sluggish", "sluggish"),
    ("are customers still switching to lower-carbon alternatives when incomes are gloomy", "gloomy"),
    ("do consumers still change their shopping habits when the economic climate is shaky", "shaky"),
])
def test_a_predicate_after_a_copula_is_not_refused_as_the_subject(question, word):
    assert _refusal(question) is None
    assert salient(question, [word]) == []



# class: "how many" inside the description of a figure the question asks to locate is no figure asked for
@pytest.mark.parametrize(("question", "alone"), [
    ("which figure shows how many support services clusters offer", "how many support services do clusters offer"),
    ("which chart shows how much cooperation there is between regions", "how much cooperation is there between regions"),
    ("in which figure can I see how many industries each mega trend touches", "how many industries does each mega trend touch"),
])
def test_a_count_in_the_description_of_a_figure_to_find_is_not_refused_as_missing(question, alone):
    quote = _quote_without_numbers()
    assert missing_figure(RetrievalResult(question, [], [quote], True, 0.6, 0.37)) is None
    assert missing_figure(RetrievalResult(alone, [], [quote], True, 0.6, 0.37)) is not None  # asked for itself


_COUNT_WORDS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundreds?|"
                          r"thousands?|millions?|billions?|dozens?|half|third|quarter|majority|minority|per ?cent)\b",
                          re.IGNORECASE)


def _quote_without_numbers() -> Quote:
    """A body sentence of the report about clusters that holds no quantity."""
    s = next(s for s in Sentences(chunk_report()).items if s.role == BODY and len(s.text.split()) > 8
             and not any(c.isdigit() for c in s.text) and "cluster" in s.text and not _COUNT_WORDS.search(s.text))
    sec, page = corpus.section_at(s.start), corpus.page_of(s.start)
    return Quote(s.text, s.start, s.end, sec.number, sec.title, page.page, page.estimated, 0.5)


def test_an_unknown_word_said_to_be_incidental_refuses_nothing():
    question = "which services do cluster organisations offer so smes are zyxwvut to go international"
    frame = read(question)
    cov = coverage(frame, question)
    assert isinstance(unknown_terms(frame, cov, question), Refuse)
    assert isinstance(unknown_terms(frame, cov, question, lambda q, words: []), Refuse)
    assert unknown_terms(frame, cov, question, lambda q, words: list(words)) is None



def test_no_word_is_judged_incidental_when_the_model_cannot_load(monkeypatch, caplog):
    import retrieval.embed
    from assistant.incidental import judged_by
    from retrieval import RetrievalError

    def broken(*a, **k):
        raise RetrievalError("no model")

    monkeypatch.setattr(retrieval.embed, "query_embedder", broken)
    assert judged_by(None)("where is autoliv mentioned somewhere", ["somewhere"]) == []
    assert "no model" in caplog.text


@pytest.mark.parametrize(("question", "word"), [("which regions cooperate with nobody above weak in business", "nobody"),
                                                ("does everybody in the report agree that big data matters", "everybody"),
                                                ("is there anyone among the regions without R&D partners", "anyone")])
def test_an_indefinite_pronoun_is_no_term_the_report_lacks(question, word):
    frame = read(question)
    assert word not in " ".join(coverage(frame, question).unknown)
