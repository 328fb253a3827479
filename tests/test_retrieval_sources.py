"""The footnotes a quote marks follow it when the question asks for a source (retrieval.notes).

Class (failing in the narrative tuning sets of rounds 9, 11 and 17): "what source backs the claim that …", "which
publication does the footnote point to": the sentence making the claim was quoted, its footnote (the source) not.
The wordings below are new.
"""

from __future__ import annotations

import pytest

import corpus
from retrieval.notes import marked, with_sources
from retrieval.roles import FOOTNOTE, REFERENCE, asked_for, role_of


def _a_marked_sentence() -> tuple[str, corpus.Footnote]:
    """A body sentence of the report marking a footnote, and that footnote."""
    text = corpus.report_text()
    note = next(n for n in corpus.footnotes() if n.ref_offset is not None)
    start = text.rfind(". ", 0, note.ref_offset) + 2
    return text[start : note.ref_offset + 4], note


def test_marked_reads_the_report_s_marks():
    sentence, note = _a_marked_sentence()
    assert note.number in [n.number for n in marked(sentence)]


def test_marked_reads_a_list_of_marks_and_ignores_unknown_numbers():
    last = max(n.number for n in corpus.footnotes())
    got = [n.number for n in marked("wired things¹, ² and more⁹⁹⁹")]
    assert got == [1, 2] and last < 999


def test_a_source_question_asks_for_footnotes_too():
    assert {FOOTNOTE, REFERENCE} <= asked_for("what source backs that claim")
    assert not asked_for("why are clusters important") & {FOOTNOTE, REFERENCE}


def test_without_a_source_question_the_quotes_stay(retriever):
    res = retriever.search("what holds SMEs back from going international")
    assert with_sources(res.quotes, frozenset()) == list(res.quotes)


@pytest.mark.parametrize("question", [
    "SMEs being reluctant to go international - what source is given for that?",
    "which reference stands behind the statement that value chains define the flow of goods and services",
    "the report's definition of mega trends: where is it cited from",
])
def test_the_claim_s_footnote_follows_it(retriever, question):
    res = retriever.search(question)
    body = [q for q in res.quotes if role_of(q.start, q.end) not in (FOOTNOTE, REFERENCE)]
    notes = [q for q in res.quotes if role_of(q.start, q.end) == FOOTNOTE]
    assert body and notes, [q.text[:60] for q in res.quotes]
    first = marked(body[0].text)[:1]  # the lead's first mark (the quotes are at most three)
    assert first and first[0].start in {q.start for q in notes}, [q.text[:60] for q in res.quotes]
