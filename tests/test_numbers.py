"""A passage answer to a question asking for a number, whose lead quote gives none, is unsure. Wordings written for
this test (not from any question set)."""

import pytest

from assistant.answer import Answer, Citation
from assistant.numbers import counted_in_lead, number_unquoted
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


@pytest.mark.parametrize(("question", "lead", "told"), [
    ("how many cluster orgs took part in the panel survey", "The panel holds answers of 212 cluster organisations, "
     "surveyed in 2015.", (212, "212 cluster organisations")),  # a user's short form of the counted word
    ("how many pilot regions get coaching", "It offers coaching to seven chosen pilot regions, with visits.",
     (7, "seven chosen pilot regions")),  # a count written in words, other words between
])
def test_a_count_the_lead_quote_states_is_told(question, lead, told):
    assert counted_in_lead(question, lead) == told


@pytest.mark.parametrize(("question", "lead"), [
    ("how many clusters does the panel hold", "compared with all >900 clusters in the panel"),  # a bound
    ("how many clusters does the panel hold", "It names 12 regions and 40 firms."),  # numbers of other things
    ("how many clusters does the panel hold", "Of 80 clusters, 30 clusters answered."),  # two counts: which?
    ("why do clusters join the panel", "80 clusters joined the panel."),  # no count asked
])
def test_no_count_is_told_when_the_lead_does_not_state_one(question, lead):
    assert counted_in_lead(question, lead) is None


def test_a_number_of_other_things_named_by_the_same_word_is_not_told():
    lead = "The panel holds answers of 212 cluster organisations from ten regions."
    assert counted_in_lead("how many clusters does the panel hold", lead) is None  # it counts organisations
    assert counted_in_lead("how many regions does the panel cover", lead) == (10, "ten regions")
