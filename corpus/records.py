"""Typed records for the report: sections, figures, footnotes and page anchors."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """A numbered section (or appendix) of the report, as listed in its Table of Contents.

    ``start``/``end`` are character offsets into ``corpus/report.txt``; ``text`` is that verbatim slice.
    """

    number: str  # "4.4.1", or "A"/"B" for the appendices, "0" for the front matter
    title: str
    level: int
    start_page: int
    end_page: int
    start: int
    end: int
    text: str = field(repr=False)

    @property
    def label(self) -> str:
        """How a citation names the section: "§4.4.1", "Appendix A" or "Front matter"."""
        if self.number in ("A", "B"):
            return f"Appendix {self.number}"
        if self.number == "0":
            return "Front matter"
        return f"§{self.number}"


@dataclass(frozen=True)
class Figure:
    """A figure caption in the body, with its page from Appendix A where the appendix lists it."""

    number: int
    caption: str
    page: int
    page_estimated: bool  # True when Appendix A does not list this caption
    section: str  # number of the section the caption stands in
    has_table: bool  # its data is a tab-separated table in the text
    caption_start: int
    caption_end: int
    table_start: int | None  # offsets of the table that precedes the caption, when has_table
    table_end: int | None
    description: str | None  # for an image-only figure: the paragraph that describes it
    description_start: int | None
    clash: bool  # the report uses this figure number for more than one figure
    key: str  # unique: "17" for the figure Appendix A lists, "17b" for the other one


@dataclass(frozen=True)
class Footnote:
    """A footnote: its number, verbatim text and the section of its first reference in the body."""

    number: int
    text: str
    start: int
    end: int
    section: str | None  # section number where the footnote is first referenced
    ref_offset: int | None


@dataclass(frozen=True)
class PageRef:
    """A page for a passage, either printed in the report (ToC, Appendix A) or interpolated."""

    page: int
    estimated: bool

    def __str__(self) -> str:
        return f"p. {self.page}" + (" (est.)" if self.estimated else "")
