"""Figure and page references: "Figure 7", "fig. 17b", "on which page"."""

from __future__ import annotations

from assistant import cues as C


def figure(text: str) -> str | None:
    """The figure key a question names ("7", "17b"), or None."""
    m = C.FIGURE_REF.search(text)
    return (m[1] + (m[2] or "").lower()) if m else None


def asks_page(text: str) -> bool:
    """The question asks where something is printed (a page, a figure, a section)."""
    return bool(C.LOCATE.search(text)) and not C.WHERE_MOST.search(text)
