"""Where in the report a question points: a page or a chapter written short ("on p38", "pg. 12", "in ch 3", "sec 4.2").

Such a word says where to look, never what the question is about: it is no term the report lacks. A number counts
only when the report has that page or that section (read from the corpus's table of contents), so "p53" of a report
ending on page 52 stays a word of its own.
"""

from __future__ import annotations

import re

from corpus.once import once

_REFERENCE = re.compile(r"(?<![\w-])(?:(?:pp?|pgs?|pages?)\.?\s?(?P<page>\d{1,3})|(?:ch|chap|chapt|chapters?|sec|sect|"
                        r"sections?)\.?\s?(?P<section>\d{1,2}(?:\.\d{1,2})*))(?![\w-]|\.\d)", re.IGNORECASE)


@once
def _pages_and_sections() -> tuple[int, frozenset[str]]:
    """The report's last page and its section numbers."""
    from corpus.parse import sections

    secs = sections()
    return max(s.end_page for s in secs), frozenset(s.number for s in secs)


def reference_spans(question: str) -> list[tuple[int, int]]:
    """The spans of ``question`` that point at a page or a section the report has."""
    last, numbers = _pages_and_sections()
    out = []
    for m in _REFERENCE.finditer(question):
        page, section = m["page"], m["section"]
        if page and 1 <= int(page) <= last or section and section in numbers:
            out.append(m.span())
    return out


def in_reference(question: str, word: str) -> bool:
    """``word`` is (part of) a page or section reference ("p38", the "ch" of "ch 3"), not a topic."""
    spans = reference_spans(question)
    return any(any(a <= m.start() and m.end() <= b for a, b in spans)
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", question, re.IGNORECASE))
