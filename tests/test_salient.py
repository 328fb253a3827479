"""Where a word the report never uses stands: as the question's topic (it counts against the question being covered)
or as the user's way of saying something the report says in its own words (it does not). Wordings written for these
tests, not taken from any question set."""

from __future__ import annotations

import pytest

from assistant.salient import salient


@pytest.mark.parametrize(("question", "word"), [
    ("does the report discuss the kyoto protocol and what it means for logistics", "kyoto"),
    ("does the report discuss the kyoto protocol and what it means for logistics", "protocol"),
    ("what does the study say about quantum sensors in medical devices", "quantum"),
    ("how does generative AI change the packaging value chain", "AI"),
    ("submarine and drone industry clusters: who do they cooperate with", "submarine"),
    ("nanotech clusters - which megatrends shape them", "nanotech"),
    ("which cluster organisations from tyrol are in the data", "tyrol"),
    ("how did the pandemic change cross-border cooperation", "pandemic"),
])
def test_a_word_at_the_topic_place_is_salient(question, word):
    assert salient(question, [word]) == [word]


@pytest.mark.parametrize(("question", "word"), [
    ("in the crossover chart with the little ticks, what does an empty box mean", "ticks"),
    ("why does getting goods delivered instantly matter so much, and which parts of a firm does it touch", "instantly"),
    ("who is the intended readership of this study", "readership"),
    ("how does personalisation squeeze packaging companies", "squeeze"),
    ("is there one magic bullet service that makes clusters go international", "bullet"),
])
def test_a_way_of_saying_is_not_salient(question, word):
    assert salient(question, [word]) == []


@pytest.mark.parametrize(("question", "word"), [
    ("how did the pandemic change cross-border cooperation", "pandemic"),
    ("does the study mention the kyoto protocol anywhere", "kyoto"),
    ("submarine and drone industry clusters: who do they cooperate with", "submarine"),
    ("which cluster organisations from tyrol are in the data", "tyrol"),
    ("anything on AI for packaging firms", "AI"),
])
def test_a_topic_beyond_doubt(question, word):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == [word]


@pytest.mark.parametrize(("question", "word"), [
    ("in the crossover table, does a blank box mean the parameter is untouched?", "untouched"),
    ("why do DE/AT clusters cooperate so much with the nordic countries", "AT"),
    ("how does climate policy change things for yacht builders and other maritime firms", "yacht"),
    ("which of them has the longest list of sub-trends", "longest"),
])
def test_not_a_topic(question, word):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == []
