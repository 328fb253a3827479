"""The figure catalogue: captions, pages, sections, whether the figure's data is in the text."""

from __future__ import annotations

import re

from tools._data import cite, figures, merge_notes, tables
from tools.errors import UnknownName
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
        citations=[cite(key, quote=f.description if not f.has_table else None),
                   *(cite(k) for k, g in figures().items() if k != key and g.number == f.number)],
        notes=merge_notes(notes),
    )
