"""Sections a question names: by number ("section 4.2", "chapter 3", "§2.1"), by title ("the rationale for
internationalisation", "in the conclusion"), or as the report as a whole (its introduction and conclusion)."""

from __future__ import annotations

import re

import corpus
from corpus.once import once
from retrieval import kinds

SECTION_REF = re.compile(r"(?:\bsection|\bchapter|§)\s*(\d+(?:\.\d+)*)", re.IGNORECASE)


def named_sections(question: str) -> list[str]:
    """Sections a question names by a one-word title: "in the conclusion" -> 4.5, "the introduction" -> 1."""
    q = question.lower()
    if re.search(r"\bat the end\b|\bin closing\b|\bfinal (section|chapter|words)\b", q):
        # the end of the argument: the last numbered sub-section (the references and appendices follow it)
        return [[sec for sec in corpus.sections() if sec.number[0].isdigit() and sec.level > 1][-1].number]
    longer, single = _titles()
    longer = [number for number, title in longer if title in q]
    if longer:  # a full title ("the rationale for internationalisation") wins over a one-word one ("rationale")
        return longer
    return [number for number, pat in single if pat.search(q)]


@once
def _titles() -> tuple[list[tuple[str, str]], list[tuple[str, re.Pattern]]]:
    """(number, lower-cased title) of sections titled in several words; (number, "the <title>" pattern) of the
    sections titled in one word. Made once: every search looks for them in its question."""
    secs = corpus.sections()
    return ([(sec.number, sec.title.lower()) for sec in secs if len(sec.title.split()) > 1],
            [(sec.number, re.compile(rf"\bthe {re.escape(sec.title.lower())}\b")) for sec in secs
             if len(sec.title.split()) == 1])


def whole_report_sections(question: str) -> list[str]:
    """Where a whole-report question is answered: the introduction (first chapter) and the conclusion, the one
    the question leans to first ("main findings" -> conclusion, "what is it about" -> introduction)."""
    secs = [s for s in corpus.sections() if len(s.text.split()) > 40]  # not a bare chapter heading
    chapters = [s.number for s in secs if s.number[0].isdigit() and s.number != "0"]  # "0": front matter
    first = chapters[0].split(".")[0] if chapters else ""
    intro = [s.number for s in secs if s.number == first or s.number.startswith(first + ".")]
    end = [s.number for s in secs if s.title.lower().startswith(("conclusion", "summary"))]
    if kinds.leans_to_findings(question):
        return end + intro
    return intro + end
