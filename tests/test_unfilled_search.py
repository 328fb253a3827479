"""A follow-up searched without what its pronoun stands for ("why are their firms so slow …" after a table answer)
names the unread word in its reading; it is unsure unless the lead quote holds at least half of the question's own
topic words, two at least (then the quote says what the words ask). Wordings written for this test (not from any
question set); the quotes are made up here, so the check is tested alone, then the whole assistant is asked."""

import pytest

from assistant import Assistant
from assistant.answer import Answer, Citation
from assistant.doubts import _lead_holds_half
from assistant.understand import read


def _held(question: str, quote: str) -> bool:
    ans = Answer(route="retrieval", answer="…", citations=[Citation(section="4.2", page=30, quote=quote)])
    return _lead_holds_half(ans, read(question))


@pytest.mark.parametrize(("question", "quote"), [
    ("why are their firms so reluctant to accept support services",
     "Firms in this field tend to be reluctant to accept internationalisation support services."),
    ("so why do those small artists stay in their home markets",
     "Creative firms often consist only of some individual artists serving their home markets."),
    ("why does it lag on matchmaking events",
     "The region still lags behind in matchmaking events and brokerage."),
])
def test_a_lead_holding_the_question_words_answers_them(question, quote):
    assert _held(question, quote)


@pytest.mark.parametrize(("question", "quote"), [
    ("why does the report think they matter for SMEs",  # one topic word held is too little
     "European SMEs can benefit, notably those engaged in clusters."),
    ("why are their firms so reluctant to accept support services",  # none held
     "The report summarises cluster internationalisation and global mega trends."),
])
def test_a_lead_holding_few_of_them_leaves_the_follow_up_unsure(question, quote):
    assert not _held(question, quote)


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return Assistant.load()


def test_the_unread_reference_is_named_either_way(assistant):
    cid = "unfilled-search"
    assistant.ask("which industries have the most AOSIs", conversation_id=cid)
    ans = assistant.ask("why are their firms so slow to internationalise", conversation_id=cid)
    assert ans.route == "retrieval" and "searched without the turn before" in ans.reading
