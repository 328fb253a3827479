"""Which sentence leads a narrative answer: classes of questions whose answering sentence the ranking missed.

Each class is tested on wordings written for it (none from a question set); the expected sentence is found in the
report by its words, never written into the code.
"""

from __future__ import annotations

import pytest

from assistant.render import _in_phrases, retrieval_answer
from bench.narrative import norm
from retrieval.chunks import chunk_report
from retrieval.extract import named_in
from retrieval.kinds import DEFINITION, READERS, WHOLE, asks_authors, question_kind
from retrieval.roles import FOOTNOTE, FRONT, role_of
from retrieval.search import whole_report_sections
from retrieval.sentences import QUOTED_AT_MOST, Sentences, quoted_phrases


def searched(retriever, question: str, kind: str):
    """The retrieval result of ``question``, once it is read as asking for ``kind``."""
    assert question_kind(question) == kind
    return retriever.search(question)


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(chunk_report())


def test_quote_marks_open_a_phrase_and_an_apostrophe_never_does():
    assert quoted_phrases("west sweden's 'strong clusters', which are they") == [("strong", "cluster")]
    assert quoted_phrases('what is the “paradigm chain”?') == [("paradigm", "chain")]
    assert quoted_phrases("the clusters' partners and the firms' markets") == []


def test_a_phrase_the_report_uses_everywhere_names_no_sentence(sentences):
    everywhere = ("mega", "trend")
    assert len(sentences.holding(everywhere)) > QUOTED_AT_MOST
    assert sentences.quoted("what is a 'mega trend' in this report") == frozenset()


def test_a_rare_quoted_phrase_names_the_sentences_holding_it_in_order(sentences):
    found = sentences.quoted("what does 'block on the kids new' mean")  # the words, but not in the report's order
    assert found == frozenset()
    held = sentences.quoted("who are the 'new kids on the block'")
    assert held and all("new kids on the block" in norm(s.text) for s in sentences.items if s.start in held)


# A question that puts the report's own words in quote marks: the sentence holding them leads the answer.
@pytest.mark.parametrize("question, phrase", [
    ("the report talks about 'new kids on the block' - who are they?", "new kids on the block"),
    ('where does the report speak of the "paradigm chain"', "paradigm chain"),
    ("what does the report mean by 'adsorptive capacity'?", "adsorptive capacity"),
])
def test_a_phrase_the_question_quotes_leads_the_answer(retriever, question, phrase):
    res = retriever.search(question)
    assert res.quotes and phrase in norm(res.quotes[0].text)
    assert res.passages[0].section == res.quotes[0].section


# Whom the report is for: a whole-report question answered by the sentence of the introduction naming its readers.
@pytest.mark.parametrize("question", [
    "who is this report meant for?",
    "who should read the study",
    "what is the target audience of this document",
    "what is this study really for?",
])
def test_whom_the_report_is_for_is_answered_by_the_readers_its_introduction_names(retriever, question):
    res = searched(retriever, question, WHOLE)
    readers = [q for q in res.quotes if READERS.search(q.text)]
    assert readers and readers[0].section == whole_report_sections(question)[0]
    if question.startswith("who"):
        assert READERS.search(res.quotes[0].text)


# How two terms differ: answered by what each means, even when only a footnote says it (a passing mention).
@pytest.mark.parametrize("question", [
    "what is the difference between the supply chain and the value chain in this study",
    "how does the report tell a supply chain apart from a value chain",
    "is there a distinction between supply chains and value chains in the report",
])
def test_how_two_terms_differ_is_answered_by_where_the_report_defines_them(retriever, question):
    res = searched(retriever, question, DEFINITION)
    lead = res.quotes[0]
    assert "supply chain" in norm(lead.text) and "value chain" in norm(lead.text)
    assert role_of(lead.start, lead.end) == FOOTNOTE
    assert "only in passing, in a footnote" in retrieval_answer(res).answer


@pytest.mark.parametrize("question", [
    "how does the report distinguish upstream from downstream effects",
    "what's the difference between a sub-trend and a mega trend",
    "is there a difference in how the study uses the words cluster and cluster organisation",
])
def test_a_question_about_how_terms_differ_asks_for_a_definition(question):
    assert question_kind(question) == DEFINITION


def test_words_mentioned_in_passing_are_named_as_the_phrases_they_form_in_the_question():

    q = "does the report say anything on wireless charging or on induction plates for trucks"
    assert _in_phrases(q, ["wireless", "charging", "induction", "plates"]) == "wireless charging and induction plates"
    assert _in_phrases(q, ["trucks"]) == "trucks"


# Two words side by side that the report puts together only in a footnote (each is common in the body): that
# footnote answers, as a passing mention.
@pytest.mark.parametrize("question, words", [
    ("the five strong clusters of west sweden", "west sweden"),
    ("does the report talk about enterprise-wide processes", "enterprise-wide processes"),
    ("which five strong clusters are there in west sweden", "west sweden"),
])
def test_two_words_the_report_joins_only_in_a_footnote_are_answered_from_it(retriever, question, words):
    res = retriever.search(question)
    lead = res.quotes[0]
    assert words in norm(lead.text) and role_of(lead.start, lead.end) == FOOTNOTE
    assert res.passing


def test_two_words_side_by_side_in_body_text_name_no_sentence(sentences):
    assert sentences.phrased("why do SMEs need cluster organisations to help them go international") == frozenset()
    # a footnote's "expert panel" is the body's "panel of experts": the body says it too, the footnote names nothing
    assert sentences.phrased("did an expert panel choose the trends") == frozenset()
    held = sentences.phrased("the strong clusters of west sweden")
    assert held and all(s.role == FOOTNOTE for s in sentences.items if s.start in held)


def test_a_region_is_read_in_any_spelling_of_the_vocabulary_and_each_spelling_once():
    assert named_in("region", "weak R&D links of south-east european clusters") == {"Southeast Europe"}
    assert named_in("region", "South-Eastern Europe and the Nordics") == {"Southeast Europe", "Northern Europe"}
    assert named_in("region", "other European peer regions") == frozenset()


# A why-question about a region is led by a sentence about that region, not by one about regions in general.
@pytest.mark.parametrize("question", [
    "what explains the weak R&D links of south-east european clusters",
    "why do central western european clusters find east asia a hard place for R&D",
    "why does southwest europe do so little business cooperation",
])
def test_a_why_question_about_a_region_is_led_by_a_sentence_naming_it(retriever, question):
    lead = retriever.search(question).quotes[0]
    asked = named_in("region", question)
    assert asked and asked & named_in("region", lead.text), lead.text


# Who wrote the report: the front matter's credits answer (cited, never explained), and the answer lists the names.
@pytest.mark.parametrize("question", [
    "who are the authors of the study",
    "who prepared this document?",
    "the report's authors - who are they",
])
def test_who_wrote_the_report_is_answered_from_the_credits_of_the_front_matter(retriever, question):
    names = retrieval_answer(res := retriever.search(question)).items
    lead = res.quotes[0]
    assert res.in_scope and role_of(lead.start, lead.end) == FRONT
    assert len(names) >= 2 and all(n in lead.text and "(" not in n for n in names)


def test_who_did_something_in_the_report_is_no_question_about_its_authors():
    assert asks_authors("who wrote this report?")
    assert not asks_authors("who rated the upstream and downstream effects")
    assert not asks_authors("who wrote about clusters in sweden")
