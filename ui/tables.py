"""A figure view as an HTML heat table that fits the page: short column heads (the full name on hover and in a
key below), cells shaded by grade, the answering cells outlined, and the answered columns first.

The table is plain DOM (not a canvas), so a browser test can see every cell; it has no toolbar. It fits a
1,400 px window without scrolling; on a 390 px phone the row labels stay put and the answered columns come
first, so the answer is on screen without scrolling sideways.
"""

from __future__ import annotations

import html

from ui.figures import FigureView

HEAT_LEVELS = 4  # shades, lightest to darkest; a grade's rank is scaled onto them

CSS = """
<style>
.cta-wrap { max-width: 100%; overflow-x: auto; margin: 0.25rem 0 0.5rem 0; }
table.cta { border-collapse: collapse; width: 100%; font-size: 0.8rem; line-height: 1.25; }
table.cta th, table.cta td { border: 1px solid rgba(120, 120, 120, 0.25); padding: 3px 5px; }
table.cta thead th { font-weight: 600; text-align: center; vertical-align: bottom; }
table.cta tbody th { font-weight: 400; text-align: left; position: sticky; left: 0; background: #ffffff;
  min-width: 10rem; max-width: 18rem; z-index: 1; }
table.cta td { text-align: center; min-width: 2rem; }
table.cta.cta-list td { text-align: left; }
table.cta abbr { text-decoration: none; cursor: help; }
table.cta td.cta-h1 { background: #e3eefa; } table.cta td.cta-h2 { background: #b9d3f0; }
table.cta td.cta-h3 { background: #7fb0e3; } table.cta td.cta-h4 { background: #3d84cf; color: #ffffff; }
table.cta td.cta-read { box-shadow: inset 0 0 0 2px #ffd54f; }
table.cta td.cta-hit { background: #ffd54f; color: #000000; box-shadow: inset 0 0 0 2px #e65100; font-weight: 700; }
table.cta.cta-list td.cta-hit { background: #fff3c4; box-shadow: inset 3px 0 0 0 #e65100; font-weight: 400; }
.cta-key { font-size: 0.75rem; opacity: 0.8; margin: 0 0 0.5rem 0; }
@media (max-width: 640px) {
  table.cta { font-size: 0.72rem; }
  table.cta tbody th { min-width: 6.5rem; max-width: 8rem; }
  table.cta td { min-width: 1.6rem; padding: 3px 2px; }
}
</style>
"""


def column_order(view: FigureView, answered_first: bool) -> list[str]:
    """The view's columns; with ``answered_first``, the columns holding an answering cell come first."""
    cols = [str(c) for c in view.frame.columns]
    if not answered_first:
        return cols
    hit_cols = {str(c) for _, c in view.hits}
    return [c for c in cols if c in hit_cols] + [c for c in cols if c not in hit_cols]


def _label(index) -> str:
    return " · ".join(map(str, index)) if isinstance(index, tuple) else str(index)


def _head(view: FigureView, col: str) -> str:
    full = html.escape(col)
    short = view.short.get(col)
    if short and short != col:
        return f'<th scope="col" title="{full}"><abbr title="{full}">{html.escape(short)}</abbr></th>'
    return f'<th scope="col">{full}</th>'


def _level(view: FigureView, value: str) -> int:
    if not view.ranks:
        return 0
    top = max(view.ranks.values()) or 1
    rank = view.ranks.get(value, 0) or 0
    levels = 2 if top == 1 else HEAT_LEVELS  # a mark or none: a calm mid shade, not the darkest
    return max(0, min(levels, round(levels * rank / top)))


def _cell(view: FigureView, row, col: str, value: str) -> str:
    classes = []
    level = _level(view, value)
    if level:
        classes.append(f"cta-h{level}")
    if (row, col) in view.hits:
        classes.append("cta-hit")
    elif (row, col) in view.read:
        classes.append("cta-read")
    tip = html.escape(f"{_label(row)} × {col}: {value or 'no mark'}")
    attr = f' class="{" ".join(classes)}"' if classes else ""
    return f'<td{attr} title="{tip}">{html.escape(value)}</td>'


def table_html(view: FigureView, answered_first: bool = False) -> str:
    """The view as one HTML table in a box that never scrolls the page sideways, with its abbreviation key."""
    cols = column_order(view, answered_first)
    corner = " · ".join(n for n in view.frame.index.names if n) if any(view.frame.index.names) else ""
    head = "".join(_head(view, c) for c in cols)
    kind = "cta-list" if view.kind == "list" else "cta-heat"
    lookup = {str(c): c for c in view.frame.columns}
    body = []
    for row in view.frame.index:
        cells = "".join(_cell(view, row, c, str(view.frame.loc[row, lookup[c]])) for c in cols)
        body.append(f'<tr><th scope="row">{html.escape(_label(row))}</th>{cells}</tr>')
    table = (f'<table class="cta {kind}" data-figure="{html.escape(view.key)}"><thead><tr>'
             f'<th scope="col">{html.escape(corner)}</th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')
    return f'<div class="cta-wrap">{table}</div>{key_html(view, cols)}'


def key_html(view: FigureView, cols: list[str]) -> str:
    """The short heads spelled out, for screens without hover ("" when no head is shortened)."""
    pairs = [(view.short[c], c) for c in cols if view.short.get(c) and view.short[c] != c]
    if not pairs:
        return ""
    text = " · ".join(f"<b>{html.escape(s)}</b> {html.escape(full)}" for s, full in pairs)
    return f'<p class="cta-key">{text}</p>'


def legend_text(view: FigureView) -> str:
    """"● = strong interdependency · (blank) = not marked" — the figure's own legend."""
    return " · ".join(f"{symbol} = {words}" for symbol, words in view.legend)


__all__ = ["CSS", "column_order", "key_html", "legend_text", "table_html"]
