"""A passage answer to a question asking for a number, whose lead quote gives none, is unsure. Wordings written for
this test (not from any question set)."""

import pytest

from assistant.answer import Answer, Citation
from assistant.numbers import number_unquoted
from assistant.understand import read


def _said(question: str, quote: str) -> str | None:
    ans = Answer(route="retrieval", answer="…", citations=[Citation(section="4.1", page=30, quote=quote)])
    return number_unquoted(ans, read(question))


@pytest.mark.parametrize("question", [
    "how many cluster organisations answered the survey",
    "what is the annual turnover of logistics clusters",
    "what share of the SMEs in creative clusters sell abroad",
])
def test_a_number_asked_and_a_quote_without_one_is_doubted(question):
    assert _said(question, "Cluster organisations support their members in going abroad.")
    assert _said(question, "In total, 1,034 cluster organisations took part, 40 per cent of them abroad.") is None


def test_a_question_asking_no_number_is_not_doubted_for_it():
    assert _said("why do creative clusters hesitate to go abroad", "Creative firms serve home markets.") is None
