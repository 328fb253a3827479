"""Class: a follow-up asking a date or an amount about the subject before that the report does not give ("since when
has it existed", "and in what year did it start"): said plainly, naming what was asked, with the closest passage as a
pointer; a date the report gives is still answered. Wordings here are this file's own, not the tuning sets'."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

from assistant.answer import Answer, Citation
from assistant.unsaid import asked_clause, unsaid


def _passage(quote: str) -> Answer:
    return Answer(route="retrieval", answer="…", citations=[Citation(section="4.2", page=3, quote=quote)])


@pytest.mark.parametrize("question,clause", [
    ("since when has it existed", "since when has it existed"),
    ("and in what year did it start", "what year did it start"),
    ("how many members does it have, roughly", "how many members does it have"),
    ("did it launch, and when", "did it launch, and when"),  # a clause too short to say what is asked alone
])
def test_the_asked_clause_is_read(question, clause):
    assert asked_clause(question)[0] == clause


@pytest.mark.parametrize("question", ["why is that", "what example does it give", "who takes part"])
def test_other_asks_are_left_alone(question):
    assert asked_clause(question) is None
    assert unsaid(question, _passage("Some clusters cooperate."), "x") is None


def test_a_quote_that_gives_the_date_or_amount_is_kept():
    assert unsaid("and when", _passage("It ran from July 2012 to June 2014."), "x") is None
    assert unsaid("how many of them", _passage("Data of 154 organisations were used."), "x") is None


def test_a_quote_without_it_becomes_a_plain_refusal_with_a_pointer():
    ans = unsaid("since when has it existed", _passage("Initiatives like the Four Motors gather clusters."), "the one")
    assert ans.route == "refuse" and not ans.sure and "since when has it existed" in ans.answer
    assert ans.citations and ans.citations[0].quote in ans.answer and "the one" in ans.reading




@pytest.mark.parametrize("turns,question", [
    (["what does the report say about the vanguard initiative"], "since when has it existed"),
    (["what does the report say about the european open telematics platform"], "and in what year did it start"),
    (["tell me about the research centre in lyon"], "how many people work there"),
])
def test_a_date_or_amount_the_report_lacks_is_refused(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert before.route == "retrieval" and ans.route == "refuse" and not ans.sure, ans.answer


def test_a_date_the_report_gives_is_answered(assistant):
    _, ans = converse(assistant, ["what data on cluster organisations does the study use"], "and when were they assessed")
    assert ans.route == "retrieval", ans.answer


# a number given beside other names, or for a share asked: not the amount asked (this file's own wordings)
def test_a_number_that_names_not_what_the_clause_names_is_not_the_amount_asked():
    quote = _passage("Data of 154 cluster organisations were used.")
    assert unsaid("how many of those are in Portugal", quote, "x") is not None  # the place named is not in it
    assert unsaid("how many of them does it say there are in the ESCA data", quote, "x") is None


def test_a_share_asked_wants_a_share_not_any_number():
    assert unsaid("what percentage of them export", _passage("Data of 154 cluster organisations were used."), "x")
    assert unsaid("what share of them export", _passage("About 40 % of them export."), "x") is None


def test_a_word_the_report_never_uses_is_never_given_by_a_quote():
    ans = unsaid("how much will each add to the zorblax index", _passage("Data of 154 organisations."), "the trends")
    assert ans is not None and "the trends" in ans.reading


@pytest.mark.parametrize("turns,question", [
    (["how many cluster organisations were analysed in the study?"], "how many of those are in Portugal?"),
    (["what are the emerging industries?"], "what percentage of EU jobs do they account for?"),
    (["which mega trends does the report describe?"], "how much revenue will each of them bring european firms by 2035?"),
])
def test_an_amount_asked_of_the_items_before_that_no_passage_gives_is_refused(assistant, turns, question):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "refuse" and not ans.sure, ans.answer


def test_the_refusal_shows_what_the_report_gives_the_passage_that_answered_the_turn_before():
    before = _passage("Data of 154 cluster organisations were used.")
    ans = unsaid("how many of them are in Portugal", _passage("Clusters cooperate across borders."), "x", before)
    assert ans is not None and "154 cluster organisations" in ans.answer
    assert ans.citations[0].quote == before.citations[0].quote
