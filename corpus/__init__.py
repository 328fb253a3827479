"""The report as a cited corpus: verbatim text, sections, figures, footnotes and page estimates."""

from corpus.parse import (
    REPORT_PATH,
    CorpusError,
    cite,
    estimate_without,
    figures,
    footnotes,
    page_anchors,
    page_of,
    report_hash,
    report_text,
    section,
    section_at,
    sections,
)
from corpus.records import Figure, Footnote, PageRef, Section

__all__ = [
    "REPORT_PATH", "CorpusError", "Figure", "Footnote", "PageRef", "Section", "cite", "estimate_without",
    "figures", "footnotes", "page_anchors", "page_of", "report_hash", "report_text", "section", "section_at",
    "sections",
]
