"""Figure views: a figure's table as the UI shows it, with the cells that answer a question highlighted.

The tables are read from ``structured`` (parsed from the corpus) and the captions and pages from ``corpus``;
nothing here imports Streamlit. ``ui.tables`` turns a view into HTML.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

import corpus
from assistant.answer import Answer, Citation
from assistant.export import csv_text
from structured import load_tables

MATRIX_FIGURES = ("3", "4", "5")


@dataclass
class FigureView:
    """A figure's table as shown: display strings, the highlighted cells, the legend and short column heads."""

    key: str
    title: str  # "Figure 3: caption"
    kind: str  # "marks", "crossover", "cooperation", "list"
    frame: pd.DataFrame
    legend: list[tuple[str, str]] = field(default_factory=list)  # (symbol, words)
    hits: set[tuple] = field(default_factory=set)  # (index label, column) answering the question
    read: set[tuple] = field(default_factory=set)  # (index label, column) read but not answering
    ranks: dict[str, int] = field(default_factory=dict)  # symbol -> rank, for the heat colours
    chip: str = ""
    short: dict[str, str] = field(default_factory=dict)  # column -> abbreviated head (full name on hover)

    def csv(self) -> str:
        """The cells shown, as CSV, safe to open in a spreadsheet (no cell starts a formula)."""
        index = [" / ".join(map(str, i)) if isinstance(i, tuple) else str(i) for i in self.frame.index]
        head = [" / ".join(self.frame.index.names) if any(self.frame.index.names) else ""]
        rows = [head + [str(c) for c in self.frame.columns]]
        rows += [[label] + [str(v) for v in values] for label, values in zip(index, self.frame.values.tolist(),
                                                                             strict=True)]
        return csv_text(rows)


@cache
def _figures() -> dict[str, corpus.Figure]:
    return {f.key: f for f in corpus.figures()}


def figure_title(key: str) -> str:
    return f"Figure {key}: {_figures()[key].caption}"


def figure_chip(key: str) -> str:
    f = _figures()[key]
    return Citation(figure=key, page=f.page, page_estimated=f.page_estimated).chip


def has_figure(key: str | None) -> bool:
    return key is not None and key in _figures()


def _legend(scale: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    entries = sorted((e for e in load_tables().legend if e.scale == scale), key=lambda e: -e.rank)
    return [(e.symbol or "(blank)", e.words) for e in entries], {e.symbol: e.rank for e in entries}


def _mark_legend(key: str) -> list[tuple[str, str]]:
    from structured.figures import matrix_legend

    line = matrix_legend(key)
    symbol, _, words = line.partition(" ")
    return [(symbol, words), ("(blank)", "not marked")]


def _pivot(cells, row, col, value) -> pd.DataFrame:
    rows = list(dict.fromkeys(row(c) for c in cells))
    cols = list(dict.fromkeys(col(c) for c in cells))
    frame = pd.DataFrame("", index=pd.Index(rows), columns=pd.Index(cols), dtype=object)
    for c in cells:
        frame.loc[row(c), col(c)] = value(c)
    return frame


def initials(name: str) -> str:
    """"Central Western Europe" -> "CWE", "Knowledge-based learning orientation" -> "KBLO"."""
    words = name.replace("-", " ").replace("&", " ").split()
    return "".join(w[0].upper() for w in words if w[0].isalnum())


def abbreviations(names: list[str], known: dict[str, str] | None = None) -> dict[str, str]:
    """Short heads for ``names``: the report's own abbreviation when it has one, else the initials; names whose
    initials clash keep their first word when that tells them apart, else their full name."""
    known = known or {}
    short = {n: known.get(n) or initials(n) or n for n in names}
    counts = Counter(short.values())
    firsts = Counter(n.split()[0] for n in names if n.split())
    taken = {s for s in short.values() if counts[s] == 1}
    for n in names:
        if counts[short[n]] > 1:
            first = n.split()[0]
            short[n] = first if firsts[first] == 1 and first not in taken else n
    return short


def _industry_abbreviations() -> dict[str, str]:
    return {r.name: r.abbreviation for r in load_tables().industries if r.abbreviation}


def table_keys() -> list[str]:
    """Keys of the figures whose data is a table in the text and that the UI can render."""
    return [k for k, f in _figures().items() if f.has_table and k in _BUILDERS]


def crossover_industries() -> list[str]:
    """Industries that have a block in Figure 7, in printed order."""
    return list(dict.fromkeys(c.industry for c in load_tables().crossover))


def figure_view(key: str, cells: tuple[tuple[str, str], ...] = (), hits: tuple[tuple[str, str], ...] | None = None,
                industry: str | None = None) -> FigureView | None:
    """The view of a figure with data (None for an image-only figure).

    Args:
        key: The figure key ("3", "13", "17b").
        cells: Cited (row, column) cells, as the tools cite them, to highlight.
        hits: The subset of ``cells`` that answers the question (default: all of ``cells``).
        industry: For Figure 7, the industry whose block of sub-trends × parameters to show (default: all).
    """
    build = _BUILDERS.get(key)
    f = _figures().get(key)
    if build is None or f is None or not f.has_table:
        return None
    view = build(key, industry)
    block = industry is not None
    cited = [view_cell(key, r, c, block) for r, c in cells]
    answering = cited if hits is None else [view_cell(key, r, c, block) for r, c in hits]
    view.hits = set(answering)
    view.read = set(cited) - view.hits
    view.chip = figure_chip(key)
    return view


def view_cell(key: str, row: str, col: str, block: bool = True) -> tuple:
    """Map a cited (row, column) to the (index, column) of the figure's view (``block``: one industry's)."""
    if key == "7" and block:  # the tools cite Figure 7 rows as "industry | sub-trend"; a block's rows are sub-trends
        _, _, sub = row.partition(" | ")
        return (sub or row, col)
    return (row, col)


def _mark_cells(key: str):
    t = load_tables()
    return {"3": t.downstream, "4": t.upstream, "5": t.aosi}[key]


def _marks(key: str, industry: str | None) -> FigureView:
    frame = _pivot(_mark_cells(key), lambda c: c.trend, lambda c: c.industry, lambda c: c.raw or "")
    short = abbreviations(list(frame.columns), _industry_abbreviations())
    return FigureView(key, figure_title(key), "marks", frame, legend=_mark_legend(key), ranks={"": 0, "●": 1},
                      short=short)


def _crossover(key: str, industry: str | None) -> FigureView:
    cells = [c for c in load_tables().crossover if industry is None or c.industry == industry]
    row = (lambda c: c.subtrend) if industry else (lambda c: f"{c.industry} | {c.subtrend}")
    frame = _pivot(cells, row, lambda c: c.parameter, lambda c: c.raw)
    legend, ranks = _legend("crossover")
    title = figure_title(key) + (f" — {industry}" if industry else "")
    return FigureView(key, title, "crossover", frame, legend=legend, ranks=ranks,
                      short=abbreviations(list(frame.columns)))


def _cooperation(key: str, industry: str | None) -> FigureView:
    t = load_tables()
    kind = next(c.kind for c in t.cooperation if str(c.figure) == key)
    cells = [c for c in t.cooperation if c.kind == kind]
    regions = list(dict.fromkeys([c.region_a for c in cells] + [c.region_b for c in cells]))
    frame = pd.DataFrame("", index=pd.Index(regions), columns=pd.Index(regions), dtype=object)
    for c in cells:
        frame.loc[c.region_a, c.region_b] = c.grade
    legend, ranks = _legend("cooperation")
    return FigureView(key, figure_title(key), "cooperation", frame, legend=legend, ranks=ranks,
                      short=abbreviations(regions))


def _industries(key: str, industry: str | None) -> FigureView:
    rows = load_tables().industries
    frame = pd.DataFrame({"Abbreviation": [r.abbreviation for r in rows]}, index=pd.Index([r.name for r in rows]))
    return FigureView(key, figure_title(key), "list", frame)


def _hotspots(key: str, industry: str | None) -> FigureView:
    rows = [r for r in load_tables().subtrends if industry is None or r.industry == industry]
    groups: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        groups.setdefault((r.trend, r.industry), []).append(f"{r.position}. {r.subtrend}")
    index = pd.MultiIndex.from_tuples(list(groups), names=["Mega trend", "Industry"])
    frame = pd.DataFrame({"Sub-trends": ["; ".join(v) for v in groups.values()]}, index=index)
    return FigureView(key, figure_title(key), "list", frame)


def _regions(key: str, industry: str | None) -> FigureView:
    rows = load_tables().regions
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(r.region, []).append(r.country)
    frame = pd.DataFrame({"Countries": [", ".join(v) for v in groups.values()]}, index=pd.Index(list(groups)))
    return FigureView(key, figure_title(key), "list", frame)


_BUILDERS = {"1": _industries, "3": _marks, "4": _marks, "5": _marks, "6": _hotspots, "7": _crossover,
             "10": _regions, "13": _cooperation, "16": _cooperation}


def _flat(items) -> set[str]:
    out: set[str] = set()
    for it in items:
        out.update(str(x) for x in (it if isinstance(it, tuple | list) else (it,)))
    return out


def _has_view(key: str | None) -> bool:
    return bool(key) and key in _BUILDERS and has_figure(key) and _figures()[key].has_table


def citation_views(ans: Answer, c: Citation) -> list[FigureView]:
    """The views of one cited figure, with the cells that answer the question highlighted.

    Figure 7 shows the block of each industry the citation touches (up to three); Figures 6 and 10 show the
    cited rows as lists. An image-only figure has no view.
    """
    key = c.figure
    if ans.route != "tool" or not _has_view(key):
        return []
    names = _flat(ans.items) | ({str(ans.value)} if ans.value else set())
    cells = tuple(c.cells)
    hits = _answering(key, cells, names, ans)
    if key == "7":
        inds = list(dict.fromkeys(r.partition(" | ")[0] for r, _ in cells)) or [None]
        views = []
        for ind in inds[:3]:
            mine = tuple(x for x in cells if ind is None or x[0].startswith(f"{ind} | "))
            views.append(figure_view(key, mine, tuple(x for x in hits if x in mine), industry=ind))
        return [v for v in views if v is not None]
    view = _list_view(key, cells, hits) if key in ("6", "10") else figure_view(key, cells, hits)
    return [view] if view is not None else []


def answer_views(ans: Answer, limit: int = 4) -> list[FigureView]:
    """Every figure view behind a tool answer, in citation order (at most ``limit``)."""
    views: list[FigureView] = []
    for c in ans.citations:
        views += citation_views(ans, c)
    return views[:limit]


def answering_cells(ans: Answer) -> set[tuple[str, str, str]]:
    """(figure, row, column) of every cell that answers the question, as the tools cite them."""
    if ans.route != "tool":
        return set()
    names = _flat(ans.items) | ({str(ans.value)} if ans.value else set())
    out = set()
    for c in ans.citations:
        if c.figure and c.cells:
            out |= {(c.figure, r, col) for r, col in _answering(c.figure, tuple(c.cells), names, ans)}
    return out


def _answering(key: str, cells: tuple, names: set[str], ans: Answer) -> tuple:
    """The cited cells that answer: those naming an item, else (a single value, a grade list) all of them; none
    when the answer is empty (the cells were read, and none answers)."""
    if ans.count == 0 and not ans.value and not ans.items:
        return ()
    if key in MATRIX_FIGURES:
        marked = {(c.trend, c.industry) for c in _mark_cells(key) if c.marked}
        hits = tuple(x for x in cells if x in marked and (not names or {x[0], x[1]} & names))
        return hits or tuple(x for x in cells if x in marked)
    if not names or ans.value is not None:
        return cells
    hits = tuple(x for x in cells if {x[0], x[1], x[0].partition(" | ")[2]} & names)
    return hits or cells


def _list_view(key: str, cells: tuple, hits: tuple) -> FigureView | None:
    """Figures 6 and 10 narrowed to the rows the answer cites (all rows when it cites none)."""
    view = figure_view(key)
    if view is None:
        return None
    if key == "6":
        wanted = {(r, c) for r, c in cells}
        if wanted:
            view.frame = view.frame[[i in wanted for i in view.frame.index]]
        view.hits = {(i, "Sub-trends") for i in view.frame.index if i in set(hits)}
    else:
        regions = {r for r, _ in cells}
        if regions:
            view.frame = view.frame[[i in regions for i in view.frame.index]]
        view.hits = {(i, "Countries") for i in view.frame.index}
    return view


__all__ = ["FigureView", "abbreviations", "answer_views", "answering_cells", "citation_views",
           "crossover_industries", "figure_chip", "figure_title", "figure_view", "has_figure", "initials",
           "table_keys", "view_cell"]
