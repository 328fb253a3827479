"""A guessed passage search (the router's last resort) whose lead quote, from the best passage's section, holds every
topic word of the question is sure, though the frame holds table words (a relation, a figure, "the two"); one
topic word missing, a single topic word, or a lead from another section than the best passage keep the guess
unsure. Wordings written for this test."""

import pytest

from assistant.answer import Answer, Citation
from assistant.coverage import coverage
from assistant.plan import Retrieve
from assistant.understand import read
from assistant.understood import annotate


def _guessed(question: str, quote: str, lead_section: str = "4.4.2") -> Answer:
    frame = read(question)
    ans = Answer(route="retrieval", answer="", citations=[Citation(section=lead_section, page=41, quote=quote)],
                 passages=[{"id": "p", "text": quote, "section": "4.4.2", "score": 0.5}])
    annotate(ans, Retrieve(question, sure=False), frame, coverage(frame, question))
    return ans


HELD = [
    ("customer service orientation - is it only about complaint handling?",
     "Customer service orientation is more than complaint handling: it covers services along the chain."),
    ("figure 6 hot spots: were the sub-trends selected from interviews or a survey",
     "The sub-trends were selected from interviews and a survey of cluster experts."),
    ("upstream in figure 4: do suppliers exchange data in real time with the industry",
     "Suppliers exchange data in real time with the industry upstream."),
]


@pytest.mark.parametrize("question,quote", HELD)
def test_a_lead_holding_every_topic_word_answers_a_guessed_search(question, quote):
    ans = _guessed(question, quote)
    assert ans.sure, ans.reading


@pytest.mark.parametrize("question,quote", HELD)
def test_a_lead_from_another_section_than_the_best_passage_keeps_the_guess(question, quote):
    assert not _guessed(question, quote, lead_section="3.2").sure


@pytest.mark.parametrize("question,quote", [
    ("customer service orientation - is it only about complaint handling?",
     "Customer service orientation matters along the chain."),  # complaint handling missing
    ("upstream in figure 4: do suppliers exchange data in real time with the industry",
     "Suppliers shape the industry upstream."),  # exchange, data, real time missing
    ("figure 6 hot spots: which ones were selected", "The hot spots were selected by experts."),  # one topic word

])
def test_a_lead_missing_a_topic_word_keeps_the_guess(question, quote):
    assert not _guessed(question, quote).sure


def test_a_question_leaning_on_the_turn_before_keeps_the_guess():
    question = "and which suppliers exchange data in real time with the industry upstream"
    assert not _guessed(question, "Suppliers exchange data in real time with the industry upstream.").sure


def test_a_list_asked_of_a_name_keeps_the_guess():
    question = "list everything under customer service orientation in figure 7"
    assert not _guessed(question, "Customer service orientation is listed in figure 7 for every industry.").sure
