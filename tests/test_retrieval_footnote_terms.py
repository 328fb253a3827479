"""A footnote marked on a bare term (a table cell, a label) says what the report means by it: a question naming the
term is answered by that footnote, as a passing mention.

The class: a question about a term the report uses only in a table cell, with a footnote mark on it, got body
sentences about nearby topics while the footnote went unquoted. Wordings written for the class, none from a question
set; the term and its footnote are found in the report, never written into the code.
"""

from __future__ import annotations

import re

import pytest

import corpus
from retrieval.chunks import chunk_report
from retrieval.roles import FOOTNOTE, role_of
from retrieval.sentences import ANCHOR_WORDS, Sentences

_MARK = "⁰¹²³⁴⁵⁶⁷⁸⁹"


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(chunk_report())


def _marked_cell(term: str) -> corpus.Footnote:
    """The footnote whose mark follows ``term`` in a cell of a table."""
    text = corpus.report_text()
    m = re.search(rf"(?m)(?:^|\t){re.escape(term)}\s*[{_MARK}]+", text)
    return next(n for n in corpus.footnotes() if n.ref_offset is not None and m.start() < n.ref_offset <= m.end())


def test_the_footnote_on_a_table_cell_is_named_by_the_cell_s_words(sentences):
    note = _marked_cell("Nordic Countries")
    found = sentences.anchored("so what are the nordic countries in that table")
    assert len(found) == 1
    (start,) = found
    assert note.start <= start < note.end and role_of(start, start + 1) == FOOTNOTE


def test_a_term_the_body_uses_or_a_sentence_a_mark_ends_names_no_footnote(sentences):
    assert sentences.anchored("what are value chains") == frozenset()  # "Value chains¹²": used everywhere
    assert sentences.anchored("the results of the desk research and a survey") == frozenset()  # ends a sentence
    assert sentences.anchored("the nordic region and its countries") == frozenset()  # the words, but not side by side
    assert ANCHOR_WORDS < 5


@pytest.mark.parametrize("question", [
    "how come the regions list has Nordic Countries as its own entry?",
    "what does the report mean by nordic countries in the table of regions",
    "is 'Nordic Countries' a region or a country in this study?",
])
def test_the_footnote_on_the_term_asked_about_leads(retriever, question):
    note = _marked_cell("Nordic Countries")
    lead = retriever.search(question).quotes[0]
    assert note.start <= lead.start < note.end


def test_the_words_mentioned_in_passing_carry_no_quote_marks(retriever):
    res = retriever.search("is 'Nordic Countries' a region or a country in this study?")
    assert res.passing and not any(w[0] in "'’-" or w[-1] in "'’-" for w in res.passing)
