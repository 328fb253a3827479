"""The Figures tab: every figure of the report, and for one figure its caption, section and description."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

import corpus
from ui.figures import figure_chip, figure_title, table_keys
from ui.text import section_label


def section_title(number: str) -> str:
    """'§4.2 Why internationalise?' ("" for a section the table of contents does not list)."""
    try:
        title = corpus.section(number).title
    except KeyError:
        title = ""
    return f"{section_label(number)} {title}".strip()


def figure_catalogue() -> pd.DataFrame:
    """Every figure (35 numbers, 36 entries: 17 and 17b) with caption, page, section and whether it has data."""
    rows = []
    for f in corpus.figures():
        rows.append({"Figure": f.key, "Caption": f.caption,
                     "Page": f"{f.page}" + (" (est.)" if f.page_estimated else ""),
                     "Section": section_label(f.section),
                     "In the text": "data table" if f.has_table else "image only (description)"})
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class FigureInfo:
    key: str
    title: str
    chip: str
    section: str
    has_view: bool
    description: str | None  # for image-only figures: the report's own paragraph about it
    notice: str | None  # for image-only figures: says plainly that the image is not in the text


def figure_info(key: str) -> FigureInfo:
    """What the Figures tab (and a figure chip without a table) shows about one figure besides its table."""
    f = next(x for x in corpus.figures() if x.key == key)
    notice = None if f.has_table else (
        f"The image of Figure {key} is not in the text version of the report; below is its caption and the "
        "report's own description of it." if f.description else
        f"The image of Figure {key} is not in the text version of the report, and the text does not describe "
        "it beyond its caption.")
    section = section_title(f.section) if f.section else ""
    return FigureInfo(key, figure_title(key), figure_chip(key), section, key in table_keys(), f.description, notice)


__all__ = ["FigureInfo", "figure_catalogue", "figure_info", "section_title"]
