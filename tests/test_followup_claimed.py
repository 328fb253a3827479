"""Class: a follow-up asking which of the answer before's items the report calls something ("which of those does the
report describe as X", "which four of them does the conclusion highlight as X", "which one is considered X by the
report"): the passage that makes the claim, checked to name the items it gives as the answer. Wordings here are this
file's own, not the tuning sets'; what is right is read from the corpus (the sentence holding the claim's words and
naming the items), never from literals of the answer."""

import re

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import corpus
from assistant.claimed import claim_asked, named_in


@pytest.mark.parametrize("question,who,claim", [
    ("which of those does the report describe as the most important?", "the report", "the most important"),
    ("which four of them does the conclusion highlight as the most relevant?", "the conclusion", "the most relevant"),
    ("which one is considered the most important by the report?", "", "the most important"),
    ("which one does it rank first, and why?", "it", "first"),
])
def test_the_claim_asked_is_read(question, who, claim):
    assert claim_asked(question) == (who, claim)


@pytest.mark.parametrize("question", [
    "which of them is rated very strong for virtual integration",  # a grade: the tables'
    "and which ones are seen as the future drivers",  # not of the items before
    "which of the industries does the report call the future drivers?",  # of all of them: the search's, not the list's
    "what does the report say about logistics",
])
def test_other_questions_ask_no_claim(question):
    assert claim_asked(question) is None


def test_items_are_found_in_a_passage_whatever_their_case_and_emphasis():
    text = "Collaboration-based intensive **information sharing**, and Customer  service orientation."
    assert named_in(text, ["Customer service orientation", "Information sharing", "Business relationships"]) == \
        ["Customer service orientation", "Information sharing"]


def _claim_sentence(quote: str, claim: str) -> bool:
    words = re.sub(r"^(?:the|a|an)\s+", "", claim).casefold()
    return words in " ".join(quote.replace("*", "").casefold().split())


@pytest.mark.parametrize("turn,question,wanted", [
    ("list the common characteristics of value chain development",
     "which of those does the report describe as the most important?", 1),
    ("what are the value chain parameters?",
     "which four of them does the conclusion highlight as the most relevant?", 4),
    ("name the common characteristics of value chains", "which one is considered the most important by the report?", 1),
])
def test_the_passage_making_the_claim_answers_with_the_items_it_names(assistant, turn, question, wanted):
    before, ans = converse(assistant, [turn], question)
    _, claim = claim_asked(question)
    quote = ans.citations[0].quote if ans.citations else ""
    assert ans.route == "retrieval" and ans.sure, ans.reading
    assert _claim_sentence(quote, claim), quote[:200]
    assert len(ans.items) == wanted and set(ans.items) <= set(before.items), ans.items
    assert named_in(quote, ans.items) == ans.items and quote in corpus.report_text()
    if "conclusion" in question:
        assert ans.citations[0].section == next(s.number for s in corpus.sections() if s.title.lower() == "conclusion")


def test_a_claim_the_report_never_makes_is_not_answered_from_the_items(assistant):
    _, ans = converse(assistant, ["what are the value chain parameters?"], "which of them does the report call the cheapest?")
    assert not ans.sure and not ans.items


def test_items_are_found_by_the_reports_own_other_spelling():
    assert named_in("Clusters in emerging industries like Blue Growth seem to grow.",
                    ["Blue Growth Industries", "Medical Devices"]) == ["Blue Growth Industries"]


def test_a_claim_said_of_something_else_beside_an_item_is_not_the_items():
    """A list item holding the claim's words of another subject ("X is the central element …. <item> is …")."""
    from assistant.claimed import _saying

    text = "Because the chain is the central element of a firm, firms must act. **Agile strategies** are a concept."
    assert named_in(_saying(text, "central element"), ["Agile strategies"]) == []
    assert named_in(_saying(text, "a concept"), ["Agile strategies"]) == ["Agile strategies"]


def test_a_claim_with_the_industries_as_the_list_before(assistant):
    before, ans = converse(assistant, ["list the emerging industries"], "which of them does the report see as future drivers?")
    quote = ans.citations[0].quote if ans.citations else ""
    assert ans.route == "retrieval" and len(ans.items) >= 2 and set(ans.items) <= set(before.items), ans.items
    assert "future drivers" in quote.casefold() and named_in(quote, ans.items) == ans.items
