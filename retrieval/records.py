"""What a search returns: typed records with their sources, never a joined string."""

from __future__ import annotations

from dataclasses import dataclass, field


class _Cited:
    section: str
    page: int
    page_estimated: bool

    @property
    def citation(self) -> str:
        """'§2.2, p. 8 (est.)'."""
        return _cite(self.section, self.page, self.page_estimated)


@dataclass(frozen=True)
class Passage(_Cited):
    """A retrieved chunk: verbatim ``report_text()[start:end]`` with its section and page."""

    id: str
    text: str
    start: int
    end: int
    section: str
    section_title: str
    page: int
    page_estimated: bool
    figures: list[str]
    score: float  # fused hybrid score (higher is better)
    kind: str = "text"  # "text", "table" or "caption"
    dense: float = 0.0  # best cosine similarity of the chunk's views to the query
    lexical: float = 0.0  # BM25 score
    footnotes: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Quote(_Cited):
    """One sentence of a top passage, verbatim ``report_text()[start:end]``, that best answers the question."""

    text: str
    start: int
    end: int
    section: str
    section_title: str
    page: int
    page_estimated: bool
    score: float  # cosine similarity of the sentence to the question
    passage_id: str = ""


@dataclass(frozen=True)
class RetrievalResult:
    """Passages best first, 1-3 extractive quotes, and whether the report covers the question at all."""

    question: str
    passages: list[Passage]
    quotes: list[Quote]
    in_scope: bool
    best_score: float  # compared with the calibrated threshold to decide ``in_scope``
    threshold: float
    expanded_query: str = ""
    unknown_terms: list[str] = field(default_factory=list)  # question words the report never uses
    kind: str = "general"  # the kind of answer asked for: reason, definition, example, … (retrieval.kinds)
    passing: list[str] = field(default_factory=list)  # question words the report uses only in passing
    whole_report: list[str] = field(default_factory=list)  # sections a whole-report question is answered from


def _cite(section: str, page: int, estimated: bool) -> str:
    if section in ("A", "B"):
        label = f"Appendix {section}"
    elif section == "0":
        label = "Front matter"
    else:
        label = f"§{section}"
    return f"{label}, p. {page}" + (" (est.)" if estimated else "")
