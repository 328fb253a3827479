"""The figure catalogue: captions, pages, sections, whether the figure's data is in the text."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from corpus.once import once
from tools._data import cite, figures, merge_notes, tables
from tools.errors import InvalidArgument, UnknownName
from tools.result import ToolResult

_KEY = re.compile(r"^(?:fig(?:ure)?\.?\s*)?(\d+[a-z]?)$", re.IGNORECASE)


def _key(figure: str) -> str:
    m = _KEY.match(str(figure).strip())
    key = m.group(1).lower() if m else str(figure).strip()
    if key not in figures():
        keys = list(figures())
        nums = [f.number for f in figures().values()]
        extra = [k for k in keys if not k.isdigit()]
        raise UnknownName("figure", str(figure), keys, [], "figures",
                          listing=f"Figures {min(nums)}–{max(nums)}, plus {', '.join(extra)} for the second figure "
                                  f"numbered {', '.join(k.rstrip('abcdefghijklmnopqrstuvwxyz') for k in extra)}")
    return key


def _row(key: str) -> dict:
    f = figures()[key]
    return {"key": f.key, "number": f.number, "caption": f.caption, "page": f.page,
            "page_estimated": f.page_estimated, "section": f.section, "has_table": f.has_table,
            "description": f.description}


def figure_info(figure: str) -> ToolResult:
    """A figure's caption, page, section, whether its data is in the text, and (for image-only figures) the
    paragraph that describes it.

    Args:
        figure: The figure number or key: "3", "Figure 13", "17" (portfolio analysis, §4.5) or "17b" (service
            spectrum, §4.4.2).
    """
    key = _key(figure)
    f = figures()[key]
    kind = "its data is a table in the text" if f.has_table else "an image: the figure itself is not in the text"
    notes = [n for n in tables().notes if key in n.figure_keys]
    return ToolResult(
        tool="figure_info", args={"figure": key}, title=f"Figure {key}: {f.caption} — {kind}",
        value=f.caption, items=[key], count=1, rows=[_row(key)],
        citations=[cite(key, quote=f.description if not f.has_table else None)], notes=merge_notes(notes),
    )


@once
def _caption_words() -> frozenset[str]:
    return frozenset(w for f in figures().values() for w in utils.default_process(f.caption).split())


def find_figure(query: str) -> ToolResult:
    """The figures whose captions best match a description, best first (``value`` is the best key).

    Args:
        query: Words from the caption, e.g. "R&D cooperation matrix".
    """
    if not query.strip():
        raise InvalidArgument("Describe the figure in a few words, e.g. \"R&D cooperation matrix\".")
    captions = {k: f.caption for k, f in figures().items()}
    hits = process.extract(query, captions, scorer=_caption_score, processor=utils.default_process, limit=3)
    keys = [k for _, s, k in hits if s >= 50]
    return ToolResult(
        tool="find_figure", args={"query": query},
        title=f"Figures whose captions match \"{query}\"", value=keys[0] if keys else None,
        items=keys, count=len(keys), rows=[_row(k) | {"score": round(s, 1)} for _, s, k in hits if s >= 50],
        citations=[cite(k) for k in keys],
    )


def _caption_score(query: str, caption: str, **kwargs) -> float:
    """Share of the query's words found in the caption, with fuzzy token matching as a tie-breaker. Words that
    stand in no caption at all ("consolidated") say nothing about which figure is meant and are left out."""
    vocab = _caption_words()
    words = [w for w in query.split() if w in vocab] or query.split()
    found = sum(1 for w in words if w in caption.split())
    return 0.7 * 100 * found / max(len(words), 1) + 0.3 * fuzz.token_set_ratio(query, caption)
