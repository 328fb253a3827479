"""A question naming a sub-topic's label and asking for a kind of answer is answered from the label's body.

The class: the label (a mega trend's heading in §2.2) matched the question best and led, quoted with its first
paragraph, while the sentence that answers what was asked (a recommendation, a reason) stood paragraphs further
down its body, in a chunk that did not rank. Wordings written for the class, none from a question set; the answering
sentence is found in the report by its words.
"""

from __future__ import annotations

import pytest

import corpus
from bench.narrative import norm
from retrieval import headings
from retrieval.chunks import chunk_report
from retrieval.sentences import Sentences


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(chunk_report())


@pytest.mark.parametrize("question", [
    "consumerisation of IT: what must businesses do?",
    "what must companies do about the ubiquity of IT?",
    "IT consumerisation - what does the report say firms should do?",
    "proliferation and ubiquity of IT: what should companies do?",
])
def test_the_recommendation_under_a_trend_s_label_leads(retriever, question):
    answering = "companies have to develop enterprise applications"
    assert norm(answering) in norm(corpus.report_text())
    quotes = retriever.search(question).quotes
    assert quotes and norm(answering) in norm(quotes[0].text)


def test_labels_are_short_lines_without_a_stop():
    assert headings.is_label("Consumerisation, proliferation and ubiquity of IT")
    assert headings.is_label("- Virtual integration concepts")
    assert not headings.is_label("Companies have to develop applications.")
    assert not headings.is_label("The following parameters were identified as the most relevant:")
    assert not headings.is_label("")


def test_a_label_s_body_runs_to_the_next_label_within_its_section(sentences):
    labels = [s for s in sentences.items if s.role == "body" and headings.is_label(s.text)
              and headings.under(sentences, s.start)]
    assert len(labels) >= 10  # the report's sub-topics (the mega trends of §2.2 alone are twelve)
    for lb in labels:
        body = sorted(headings.under(sentences, lb.start))
        section = corpus.section_at(lb.start).number
        assert all(corpus.section_at(b).number == section for b in body)
        assert body[0] == sentences.items[sentences.at(lb.start) + 1].start  # the body opens right after it
        assert not any(headings.is_label(sentences.items[sentences.at(b)].text) for b in body)
        assert sentences.items[sentences.at(body[-1])].end - lb.start <= headings.BODY_CHARS
    assert headings.under(sentences, labels[0].start + 1) == frozenset()  # not a sentence's start: no body


def test_the_chunks_after_a_label_hold_its_body():
    chunks = chunk_report()
    led = [i for i, c in enumerate(chunks) if c.kind == "text" and c.sentences
           and headings.is_label(c.sentences[-1].text)]
    assert led
    for i in led:
        after = headings.body_chunks(chunks, i)
        assert after == list(range(i + 1, i + 1 + len(after))) and len(after) <= headings.BODY_CHUNKS
        assert all(chunks[j].section == chunks[i].section for j in after)
    assert headings.body_chunks(chunks, next(i for i, c in enumerate(chunks) if c.kind != "text")) == []
