"""Pure helpers behind the Streamlit UI: chips, figure tables and heatmaps, CSV of shown cells, passages with
highlighted quotes, example and follow-up questions, the figure catalogue and the data notes.

Nothing here imports Streamlit, so every helper is testable on its own. The figure tables are read from
``structured`` and ``corpus`` (the one place the UI reads below ``assistant/``, to render a figure's table);
everything else comes from ``tools``.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

import corpus
import tools
from assistant.answer import Answer, Citation
from structured import load_tables

HIT = "background-color: #ffd54f; font-weight: 600"  # the cells that answer the question
READ = "background-color: #fff3c4"  # the other cells the tool read
MATRIX_FIGURES = ("3", "4", "5")
Progress = Callable[[int, int, str], None]


# --- answers ---------------------------------------------------------------------------------------------


def chips(ans: Answer) -> list[str]:
    """The answer's citation chips ("Figure 3 · p. 12", "§4.2 · p. 31 (est.)"), each once, in order."""
    return list(dict.fromkeys(c.chip for c in ans.citations))


def chip_markdown(labels: list[str]) -> str:
    """Chips as Streamlit badges, e.g. ``:blue-badge[Figure 3 · p. 12]``."""
    return " ".join(f":blue-badge[{label.replace('[', '(').replace(']', ')')}]" for label in labels)


def answer_body(ans: Answer) -> str:
    """The answer's Markdown without its data-note lines, which the UI shows as a separate caution."""
    drop = {f"> ⚠ Data note: {n}" for n in ans.notes}
    return "\n".join(line for line in ans.answer.splitlines() if line.strip() not in drop).strip()


def is_warning(ans: Answer) -> bool:
    """A refusal caused by something unavailable or broken (shown as a warning, not as information)."""
    return ans.route == "refuse" and (ans.error is not None or ans.reason in ("unavailable", "error", "tool_error"))


def _section_label(section: str) -> str:
    if section in ("A", "B"):
        return f"Appendix {section}"
    return "Front matter" if section == "0" else f"§{section}"


def passage_heading(p: dict) -> str:
    """'§4.2 Why internationalise? · p. 31 (est.)' for a retrieval passage."""
    est = " (est.)" if p.get("page_estimated") else ""
    page = f" · p. {p['page']}{est}" if p.get("page") is not None else ""
    return f"{_section_label(str(p.get('section', '')))} {p.get('section_title', '')}".strip() + page


def passage_html(p: dict) -> str:
    """The passage's verbatim text as one HTML block with its quoted sentences in ``<mark>``."""
    text = p.get("text", "")
    spans = []
    base = p.get("start")
    for q in p.get("quotes", []):
        at = text.find(q.get("text", ""))
        if at < 0 and base is not None and q.get("start") is not None:
            at = q["start"] - base
        if 0 <= at and q.get("text"):
            spans.append((at, at + len(q["text"])))
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out += [html.escape(text[pos:a], quote=False), "<mark>", html.escape(text[a:b], quote=False), "</mark>"]
        pos = b
    out.append(html.escape(text[pos:], quote=False))
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="white-space: normal">{body}</div>'


# --- questions ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    kind: str  # "matrix", "follow-up", "cooperation", "crossover", "narrative", "figure"
    question: str


def _best_industry(figure_cells) -> str:
    counts: dict[str, int] = {}
    for c in figure_cells:
        counts[c.industry] = counts.get(c.industry, 0) + int(c.marked)
    return max(counts, key=lambda k: (counts[k], k))


@cache
def example_questions() -> tuple[Example, ...]:
    """One-click examples covering every kind of question; the names come from the report's tables."""
    t = load_tables()
    industry = _best_industry(t.downstream)
    coop = sorted((c for c in t.cooperation if c.kind == "rd"),
                  key=lambda c: -(_rank("cooperation", c.grade) or 0))[0]
    image = next(f for f in corpus.figures() if not f.has_table and f.description)
    cell = next(c for c in t.crossover if c.grade == "✓✓")
    return (
        Example("matrix", f"Which mega trends influence {industry} downstream?"),
        Example("follow-up", "And upstream?"),
        Example("follow-up", "Which sub-trends?"),
        Example("cooperation", f"How strong is R&D cooperation between {coop.region_a} and {coop.region_b}?"),
        Example("crossover", f"What is the grade of {cell.subtrend} for {cell.industry} on {cell.parameter}?"),
        Example("narrative", "Why do clusters internationalise?"),
        Example("figure", f"What does Figure {image.key} show?"),
    )


def _rank(scale: str, grade: str) -> int | None:
    for e in load_tables().legend:
        if e.scale == scale and e.symbol == grade:
            return e.rank
    return None


_MATRIX_TOOLS = ("trends_for_industry", "industries_for_trend", "matrix_cell", "rank_matrix", "compare_matrices")
_REGION_TOOLS = ("cooperation_grade", "partners", "region_of", "countries_in", "grade_differences",
                 "strongest_pairs")


def fallback_suggestions(ans: Answer) -> list[str]:
    """Follow-ups drawn from the matrix structure when the answer offers none."""
    tool, args = ans.tool or "", ans.args or {}
    if ans.route == "retrieval":
        return ["Which section is that from?", example_questions()[0].question]
    if tool in _MATRIX_TOOLS:
        out = ["And downstream?" if args.get("direction") == "upstream" else "And upstream?", "Which sub-trends?"]
        return out + ["Which partner regions?"] if "industry" not in args else out
    if tool in ("subtrends_for", "aosis_with_subtrend", "subtrend_industries"):
        return ["And upstream?", "Which partner regions?"]
    if tool in _REGION_TOOLS:
        return ["Which partner regions?", "And for business?" if args.get("kind") == "rd" else "And for R&D?"]
    return [e.question for e in example_questions() if e.kind in ("matrix", "narrative")]


def follow_ups(ans: Answer, limit: int = 3) -> list[str]:
    """2–3 follow-up questions: the answer's own suggestions when they are questions, else the fallbacks."""
    own = [s for s in ans.suggestions if s.strip().endswith("?")]
    out = own if len(own) >= 2 else list(dict.fromkeys(own + fallback_suggestions(ans)))
    return [q for q in out if q.strip() != ans.question.strip()][:limit]


# --- figures -------------------------------------------------------------------------------------------------


@dataclass
class FigureView:
    """A figure's table as shown: display strings, the highlighted cells and the legend."""

    key: str
    title: str  # "Figure 3: caption"
    kind: str  # "marks", "crossover", "cooperation", "list"
    frame: pd.DataFrame
    legend: list[tuple[str, str]] = field(default_factory=list)  # (symbol, words)
    hits: set[tuple] = field(default_factory=set)  # (index label, column) answering the question
    read: set[tuple] = field(default_factory=set)  # (index label, column) read but not answering
    ranks: dict[str, int] = field(default_factory=dict)  # symbol -> rank, for heatmaps
    chip: str = ""

    def csv(self) -> str:
        """The cells shown, as CSV."""
        return self.frame.to_csv()

    def styled(self):
        """A pandas Styler with the answering cells (and, lighter, the other cells read) highlighted."""
        def paint(df: pd.DataFrame) -> pd.DataFrame:
            css = pd.DataFrame("", index=df.index, columns=df.columns)
            for cells, style in ((self.read, READ), (self.hits, HIT)):
                for r, c in cells:
                    if r in css.index and c in css.columns:
                        css.loc[r, c] = style
            return css
        return self.frame.style.apply(paint, axis=None)

    def heatmap(self):
        """A plotly heatmap: colour by grade rank, the grade printed in each cell, answering cells outlined."""
        import plotly.graph_objects as go

        rows, cols = list(self.frame.index), list(self.frame.columns)
        z = [[self.ranks.get(str(self.frame.loc[r, c]), None) for c in cols] for r in rows]
        text = [[str(self.frame.loc[r, c]) for c in cols] for r in rows]
        fig = go.Figure(go.Heatmap(z=z, x=cols, y=rows, text=text, texttemplate="%{text}", colorscale="Blues",
                                   zmin=0, zmax=max(self.ranks.values(), default=1), showscale=False,
                                   hovertemplate="%{y} × %{x}: %{text}<extra></extra>"))
        for r, c in self.hits:
            if r in rows and c in cols:
                i, j = rows.index(r), cols.index(c)
                fig.add_shape(type="rect", x0=j - 0.5, x1=j + 0.5, y0=i - 0.5, y1=i + 0.5,
                              line={"color": "#e65100", "width": 3})
        fig.update_yaxes(autorange="reversed")
        fig.update_layout(height=80 + 45 * len(rows), margin={"l": 10, "r": 10, "t": 10, "b": 10})
        return fig


@cache
def _figures() -> dict[str, corpus.Figure]:
    return {f.key: f for f in corpus.figures()}


def _title(key: str) -> str:
    return f"Figure {key}: {_figures()[key].caption}"


def _chip(key: str) -> str:
    f = _figures()[key]
    return Citation(figure=key, page=f.page, page_estimated=f.page_estimated).chip


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
    view.chip = _chip(key)
    return view


def view_cell(key: str, row: str, col: str, block: bool = True) -> tuple:
    """Map a cited (row, column) to the (index, column) of the figure's view (``block``: one industry's)."""
    if key == "7" and block:  # the tools cite Figure 7 rows as "industry | sub-trend"; a block's rows are sub-trends
        _, _, sub = row.partition(" | ")
        return (sub or row, col)
    return (row, col)


def _marks(key: str, industry: str | None) -> FigureView:
    t = load_tables()
    cells = {"3": t.downstream, "4": t.upstream, "5": t.aosi}[key]
    frame = _pivot(cells, lambda c: c.trend, lambda c: c.industry, lambda c: c.raw or "")
    return FigureView(key, _title(key), "marks", frame, legend=_mark_legend(key), ranks={"": 0, "●": 1})


def _crossover(key: str, industry: str | None) -> FigureView:
    cells = [c for c in load_tables().crossover if industry is None or c.industry == industry]
    row = (lambda c: c.subtrend) if industry else (lambda c: f"{c.industry} | {c.subtrend}")
    frame = _pivot(cells, row, lambda c: c.parameter, lambda c: c.raw)
    legend, ranks = _legend("crossover")
    title = _title(key) + (f" — {industry}" if industry else "")
    return FigureView(key, title, "crossover", frame, legend=legend, ranks=ranks)


def _cooperation(key: str, industry: str | None) -> FigureView:
    t = load_tables()
    kind = next(c.kind for c in t.cooperation if str(c.figure) == key)
    cells = [c for c in t.cooperation if c.kind == kind]
    regions = list(dict.fromkeys([c.region_a for c in cells] + [c.region_b for c in cells]))
    frame = pd.DataFrame("", index=pd.Index(regions), columns=pd.Index(regions), dtype=object)
    for c in cells:
        frame.loc[c.region_a, c.region_b] = c.grade
    legend, ranks = _legend("cooperation")
    return FigureView(key, _title(key), "cooperation", frame, legend=legend, ranks=ranks)


def _industries(key: str, industry: str | None) -> FigureView:
    rows = load_tables().industries
    frame = pd.DataFrame({"Abbreviation": [r.abbreviation for r in rows]}, index=pd.Index([r.name for r in rows]))
    return FigureView(key, _title(key), "list", frame)


def _hotspots(key: str, industry: str | None) -> FigureView:
    rows = [r for r in load_tables().subtrends if industry is None or r.industry == industry]
    groups: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        groups.setdefault((r.trend, r.industry), []).append(f"{r.position}. {r.subtrend}")
    index = pd.MultiIndex.from_tuples(list(groups), names=["Mega trend", "Industry"])
    frame = pd.DataFrame({"Sub-trends": ["; ".join(v) for v in groups.values()]}, index=index)
    return FigureView(key, _title(key), "list", frame)


def _regions(key: str, industry: str | None) -> FigureView:
    rows = load_tables().regions
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(r.region, []).append(r.country)
    frame = pd.DataFrame({"Countries": [", ".join(v) for v in groups.values()]}, index=pd.Index(list(groups)))
    return FigureView(key, _title(key), "list", frame)


_BUILDERS = {"1": _industries, "3": _marks, "4": _marks, "5": _marks, "6": _hotspots, "7": _crossover,
             "10": _regions, "13": _cooperation, "16": _cooperation}


def _flat(items) -> set[str]:
    out: set[str] = set()
    for it in items:
        out.update(str(x) for x in (it if isinstance(it, tuple | list) else (it,)))
    return out


def answer_views(ans: Answer, limit: int = 4) -> list[FigureView]:
    """The figures behind a tool answer, each with the cells that answer it highlighted.

    Figure 7 shows the block of each industry the answer touches; Figures 6 and 10 show their rows as
    lists, with the cited rows highlighted.
    """
    if ans.route != "tool":
        return []
    names = _flat(ans.items) | ({str(ans.value)} if ans.value else set())
    views: list[FigureView] = []
    for c in ans.citations:
        key = c.figure
        if not key or key not in _BUILDERS or not _figures().get(key, None) or not _figures()[key].has_table:
            continue
        cells = tuple(c.cells)
        hits = _answering(key, cells, names, ans)
        if key == "7":
            inds = list(dict.fromkeys(r.partition(" | ")[0] for r, _ in cells)) or [None]
            for ind in inds[:3]:
                mine = tuple(x for x in cells if ind is None or x[0].startswith(f"{ind} | "))
                views.append(figure_view(key, mine, tuple(x for x in hits if x in mine), industry=ind))
        elif key in ("6", "10"):
            views.append(_list_view(key, cells, hits))
        else:
            views.append(figure_view(key, cells, hits))
    return [v for v in views if v is not None][:limit]


def _answering(key: str, cells: tuple, names: set[str], ans: Answer) -> tuple:
    """The cited cells that answer: those naming an item, else (a single value, a grade list) all of them."""
    if key in MATRIX_FIGURES:
        marked = {(c.trend, c.industry) for c in _mark_cells(key) if c.marked}
        hits = tuple(x for x in cells if x in marked and (not names or {x[0], x[1]} & names))
        return hits or tuple(x for x in cells if x in marked)
    if not names or ans.value is not None:
        return cells
    hits = tuple(x for x in cells if {x[0], x[1], x[0].partition(" | ")[2]} & names)
    return hits or cells


def _mark_cells(key: str):
    t = load_tables()
    return {"3": t.downstream, "4": t.upstream, "5": t.aosi}[key]


def _list_view(key: str, cells: tuple, hits: tuple) -> FigureView:
    """Figures 6 and 10 narrowed to the rows the answer cites (all rows when it cites none)."""
    view = figure_view(key)
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


# --- catalogue and notes -------------------------------------------------------------------------------------


def figure_catalogue() -> pd.DataFrame:
    """Every figure (35 numbers, 36 entries: 17 and 17b) with caption, page, section and whether it has data."""
    rows = []
    for f in corpus.figures():
        rows.append({"Figure": f.key, "Caption": f.caption,
                     "Page": f"{f.page}" + (" (est.)" if f.page_estimated else ""),
                     "Section": _section_label(f.section),
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
    """What the Figures tab shows about one figure besides its table."""
    f = _figures()[key]
    title = corpus.section(f.section).title if f.section else ""
    has_view = f.has_table and key in _BUILDERS
    notice = None if f.has_table else (
        f"The image of Figure {key} is not in the text version of the report; below is its caption and the "
        "report's own description of it." if f.description else
        f"The image of Figure {key} is not in the text version of the report, and the text does not describe "
        "it beyond its caption.")
    return FigureInfo(key, _title(key), _chip(key), f"{_section_label(f.section)} {title}".strip(), has_view,
                      f.description, notice)


@dataclass(frozen=True)
class NoteView:
    id: str
    kind: str
    message: str
    chips: tuple[str, ...]


def data_notes() -> list[NoteView]:
    """The report's inconsistencies that the code found, each with figure and section citations."""
    res = tools.all_notes()
    out = []
    for n in res.notes:
        labels = [_chip(k) for k in n.figure_keys if k in _figures()]
        for s in n.section_numbers:
            try:
                title = corpus.section(s).title
            except KeyError:
                title = ""
            labels.append(f"{_section_label(s)} {title}".strip())
        out.append(NoteView(n.id, n.kind.replace("_", " "), n.message, tuple(dict.fromkeys(labels))))
    return out


# --- index progress ---------------------------------------------------------------------------------------------

_sink = threading.local()


def relay_progress(done: int, total: int, msg: str) -> None:
    """The progress callable given to the shared Assistant: forwards to the calling thread's sink, if any.

    Keeps the per-session progress bar out of the shared, cached Assistant.
    """
    fn = getattr(_sink, "fn", None)
    if fn is not None:
        fn(done, total, msg)


@contextmanager
def progress_to(fn: Progress) -> Iterator[None]:
    """Within the block, progress reported on this thread goes to ``fn``."""
    _sink.fn = fn
    try:
        yield
    finally:
        _sink.fn = None


def fraction(done: int, total: int) -> float:
    return 0.0 if total <= 0 else max(0.0, min(1.0, done / total))


__all__ = [
    "Example", "FigureInfo", "FigureView", "NoteView", "answer_body", "answer_views", "chip_markdown", "chips",
    "crossover_industries", "data_notes", "example_questions", "fallback_suggestions", "figure_catalogue",
    "figure_info", "figure_view", "follow_ups", "fraction", "is_warning", "passage_heading", "passage_html",
    "progress_to", "relay_progress", "table_keys",
]
