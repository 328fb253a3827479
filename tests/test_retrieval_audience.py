""""Who is the report meant to help / serve / support": a whole-report question about its readers, whatever the verb.

The class: a question about whom the report is for asked with a verb other than "use" or "read" ("who is it meant
to help") read as a plain whole-report question, and its answer led with what the report contains, not with the
sentence naming the people it means to support. Wordings written for the class, none from a question set.
"""

from __future__ import annotations

import pytest

import corpus
from bench.narrative import norm
from retrieval.kinds import READERS, WHOLE, asks_audience, question_kind
from retrieval.roles import BODY, role_of

QUESTIONS = [
    "what is this report for, and whom is it meant to serve?",
    "who is the report intended to support, and why?",
    "what's the study's purpose - who is it designed to help?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_whom_a_report_is_meant_to_help_is_its_audience(question):
    assert question_kind(question) == WHOLE and asks_audience(question)


def test_a_question_about_someone_else_meant_to_help_is_not_about_the_report_s_audience():
    assert not asks_audience("who are the partners meant to help polish clusters?")
    assert not asks_audience("which clusters is this service meant for?")


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_lead_names_the_people_the_report_means_to_support(retriever, question):
    quotes = retriever.search(question).quotes
    assert quotes
    lead = quotes[0]
    assert role_of(lead.start, lead.end) == BODY and READERS.search(lead.text)
    assert norm(lead.text) in norm(corpus.report_text())
