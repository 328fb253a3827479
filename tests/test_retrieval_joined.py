"""Quotes that touch in the report are one quote, in reading order: the answer's lead holds the sentence that answers.

The class: the lead quoted the topic sentence of a passage ("Emerging economies become important markets …") and
the sentence that answers stood a sentence or a paragraph break away (before it or after it), shown apart as a
supporting quote or dropped. Wordings written for the class, none from a question set; the answering sentence is
found in the report by its words.
"""

from __future__ import annotations

import pytest

import corpus
from bench.narrative import norm
from retrieval.chunks import chunk_report
from retrieval.extract import JOIN_CHARS, JOIN_GAP
from retrieval.sentences import Sentences


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(chunk_report())


@pytest.mark.parametrize("question, answering", [
    ("has growth in the emerging economies stalled, in the report's view?", "have been slowing down"),
    ("what happens to an SME that only serves its domestic market?", "restrict growth opportunities"),
    ("what does bring-your-own-device mean for small new businesses?",
     "opportunities and chances for small and new businesses"),
    ("which reasons make SMEs hesitant to internationalise on their own?", "lack time, resources"),
])
def test_the_lead_holds_the_answering_sentence_next_to_its_topic_sentence(retriever, question, answering):
    assert norm(answering) in norm(corpus.report_text())  # the answer is the report's own words
    quotes = retriever.search(question).quotes
    assert quotes and norm(answering) in norm(quotes[0].text)


# The class: the sentence that is the kind of answer asked for (the advice, the reason) stood right after a quoted
# sentence but scored below the quoting margins, or after the quotes were full; next to a quote, it joins it.
@pytest.mark.parametrize("question, answering", [
    ("product lifecycles keep shrinking - what should firms do about it?", "forecasting and planning"),
    ("what do companies need to do as product life cycles get shorter?", "forecasting and planning"),
    ("what should a business do when its products become obsolete faster?", "forecasting and planning"),
    ("why don't SMEs go international on their own?", "lack time, resources"),
])
def test_the_answering_sentence_next_to_a_quote_joins_it(retriever, question, answering):
    assert norm(answering) in norm(corpus.report_text())
    assert any(norm(answering) in norm(q.text) for q in retriever.search(question).quotes)


QUESTIONS = [
    "has growth in the emerging economies stalled, in the report's view?",
    "which reasons make SMEs hesitant to internationalise on their own?",
    "why would a packaging cluster care about green consumers?",
    "what does the report say about firms moving beyond exporting",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_two_quotes_touch_unless_joined_they_grow_too_long(retriever, sentences, question):
    quotes = retriever.search(question).quotes
    text = corpus.report_text()
    for q in quotes:
        assert text[q.start : q.end] == q.text  # one verbatim slice, however many sentences it joins
    for n, a in enumerate(quotes):
        for b in quotes[n + 1 :]:
            if sentences.touching(a.start, a.end, b.start, b.end, JOIN_GAP):
                assert max(a.end, b.end) - min(a.start, b.start) > JOIN_CHARS


def test_spans_touch_across_a_sentence_but_not_across_a_heading(sentences):
    items = sentences.items
    pairs = [(i, i + 1) for i in range(len(items) - 2) if sentences._same_paragraph(i, i + 1)
             and sentences._same_paragraph(i + 1, i + 2)]
    assert pairs
    i, k = pairs[0]
    a, b, c = items[i], items[k], items[k + 1]
    assert sentences.touching(a.start, a.end, b.start, b.end)  # side by side
    assert not sentences.touching(a.start, a.end, c.start, c.end, 0)  # one sentence between
    assert sentences.touching(a.start, a.end, c.start, c.end, 1)
    assert sentences.touching(c.start, c.end, a.start, a.end, 1)  # in either order
    # a section's last sentence never touches the next section's first (its heading lies between)
    cut = next(j for j in range(1, len(items)) if corpus.section_at(items[j].start).number
               != corpus.section_at(items[j - 1].start).number)
    assert not sentences.touching(items[cut - 1].start, items[cut - 1].end, items[cut].start, items[cut].end, 3)
