"""Sections of the report as its table of contents lists them: where one starts and ends, found by its number or
by the words of its title ("the chapter on cluster internationalisation", "the references")."""

from __future__ import annotations

import re

import corpus
from tools._data import cite
from tools.errors import UnknownName
from tools.result import ToolResult

# a title fits the words asked when at least this share of its own words is said
FIT = 0.5
_WORD = re.compile(r"[a-z][a-z-]+")
_SMALL = frozenset("a an the of for in on and with to as by from at its".split())
_NUMBER = re.compile(r"^(?:section|chapter|§|appendix)?\s*([0-9](?:\.[0-9])*|[ab])$")


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower().replace("–", " ")) if w not in _SMALL]


def _said(word: str, asked: set[str]) -> bool:
    """A title word said in the question, allowing an ending ("cluster" / "clusters", "trend" / "trends")."""
    stem = word[:max(4, len(word) - 3)]
    return any(a == word or len(a) >= 4 and a[:len(stem)] == stem and abs(len(a) - len(word)) <= 3 for a in asked)


def _fit(section: corpus.Section, asked: set[str]) -> float:
    words = _words(section.title)
    return sum(_said(w, asked) for w in words) / len(words) if words else 0.0


def find_section(words: str, chapter: bool = False) -> corpus.Section | None:
    """The one section whose number is ``words``, or whose title the words fit best (at least ``FIT`` of its own
    words said; a tie goes to the top-level chapter when ``chapter``, else to none)."""
    sections = [s for s in corpus.sections() if s.number != "0"]
    m = _NUMBER.match(words.strip().lower())
    if m:
        return next((s for s in sections if s.number.lower() == m[1]), None)
    asked = set(_words(words))
    scored = sorted(((_fit(s, asked), -s.level if chapter else 0, s) for s in sections),
                    key=lambda x: (x[0], x[1]), reverse=True)
    if not scored or scored[0][0] < FIT:
        return None
    best = [x for x in scored if x[:2] == scored[0][:2]]
    return best[0][2] if len(best) == 1 else None


def _end_page(found: corpus.Section) -> int:
    """Where a section ends with all its subsections: the start of the next section at its level or above (the
    table of contents' next line is its own first subsection for a chapter)."""
    sections = list(corpus.sections())
    after = sections[sections.index(found) + 1:]
    return next((s.start_page for s in after if s.level <= found.level), max([found.end_page, *(s.end_page for s in after)]))


def section_info(section: str) -> ToolResult:
    """Where a section of the report starts and ends (table of contents), by its number or the words of its title.

    Args:
        section: A section number ("4", "4.4.1", "A") or words of its title ("cluster internationalisation",
            "references").
    """
    found = find_section(section, chapter=True)
    if found is None:
        titles = [f"{s.number} {s.title}" for s in corpus.sections() if s.number != "0"]
        raise UnknownName("section", section, titles, [], described_as="sections", listing="; ".join(titles))
    label = "Appendix " if found.number.isalpha() else "§"
    end = _end_page(found)
    return ToolResult(tool="section_info", args={"section": section},
                      title=f"{label}{found.number} {found.title} starts on p. {found.start_page} and runs to "
                            f"p. {end} (table of contents)",
                      value=str(found.start_page), items=[], count=0,
                      rows=[{"section": found.number, "title": found.title, "start_page": found.start_page,
                             "end_page": end}],
                      citations=[cite(None, section=found.number, page=found.start_page, page_estimated=False)])
