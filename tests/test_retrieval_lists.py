"""A question for names answered by a quote that ends with a list after a colon carries the listed names as items.

The class: "which … are named", "which parameters …" got the right quote, but the answer listed no names, so the
list it quotes was dropped. Lists are found in the report by their layout, never written into the code.
"""

from __future__ import annotations

import re

import pytest

import corpus
from assistant.render import _listed, retrieval_answer
from retrieval.records import Quote, RetrievalResult


def _result(question: str, start: int, end: int) -> RetrievalResult:
    sec, page = corpus.section_at(start), corpus.page_of(start)
    q = Quote(corpus.report_text()[start:end], start, end, sec.number, sec.title, page.page, page.estimated, 0.6)
    return RetrievalResult(question, [], [q], True, 0.6, 0.3)


def _span(pattern: str) -> tuple[int, int]:
    m = re.search(pattern, corpus.report_text())
    return m.start(), m.end()


def _bulleted() -> tuple[int, int]:
    """A sentence ending with ':' followed by bullet lines that each bold their term."""
    return _span(r"(?m)^[^\n]*:\n\n(?:- [^\n]*\*\*[^\n]+\*\*[^\n]*\n){3,}")


def _enumerated() -> tuple[int, int]:
    """A footnote whose sentence ends with an enumeration after a colon."""
    return _span(r"(?m)^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ \*[^\n:]*: (?:[^,\n]+, ){3,}and [^,\n]+\.\*$")


@pytest.mark.parametrize("question", [
    "which clusters in west sweden does the report list in a footnote",
    "which items are in that footnote",
    "list the ones it names",
])
def test_an_enumeration_after_a_colon_gives_its_parts(question):
    start, end = _enumerated()
    names = _listed(_result(question, start, end))
    tail = corpus.report_text()[start:end].split(":", 1)[1]
    assert len(names) >= 4 and all(n in tail for n in names)
    assert not any(n.startswith("and ") or "," in n for n in names)
    assert retrieval_answer(_result(question, start, end)).items == names


def test_bullets_give_their_bold_terms():
    start, end = _bulleted()
    names = _listed(_result("which parameters does it single out", start, end))
    bold = re.findall(r"\*\*([^*]+)\*\*", corpus.report_text()[start:end])
    assert names and set(names) <= set(bold)


def test_a_question_that_asks_no_names_or_a_quote_without_a_list_gets_none():
    start, end = _enumerated()
    assert _listed(_result("why does the footnote mention gothenburg", start, end)) == []
    s = re.search(r"[A-Z][^.:\n]{40,200}\.", corpus.report_text()[20000:])
    assert _listed(_result("which regions are strong", 20000 + s.start(), 20000 + s.end())) == []
