"""Shared, cached access to the structured tables and the figure catalogue, plus citation and note helpers.

Everything here is derived from ``structured`` and ``corpus``; nothing about the report is written as a literal.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import corpus
from corpus.once import once
from structured import load_tables
from structured.load import Tables
from structured.records import DataNote
from tools.errors import InvalidArgument
from tools.result import Citation

Cell = tuple[str, str, str]  # (figure key, row, column)


def tables() -> Tables:
    """The structured tables (read once, cached by ``structured``)."""
    return load_tables()


@once
def figures() -> dict:
    """Figure catalogue by key ("3", "17", "17b")."""
    return {f.key: f for f in corpus.figures()}


def cite(figure_key: str | None, section: str | None = None, page: int | None = None,
         cells: Iterable[tuple[str, str]] = (), quote: str | None = None,
         page_estimated: bool | None = None) -> Citation:
    """A Citation for a figure; section, page and page_estimated default to the figure catalogue's."""
    fig = figures().get(figure_key) if figure_key else None
    if fig is not None:
        section = section or fig.section
        if page is None:
            page = fig.page
        if page_estimated is None:
            page_estimated = fig.page_estimated if page == fig.page else False
    return Citation(figure=figure_key, section=section, page=page, page_estimated=bool(page_estimated),
                    quote=quote, cells=tuple(dict.fromkeys((str(r), str(c)) for r, c in cells)))


def section_title(number: str) -> str:
    """The section's title as in the table of contents."""
    return corpus.section(number).title


# --- data notes -------------------------------------------------------------------------------------


@once
def _note_index() -> dict[tuple[str, str], list[tuple[str, DataNote]]]:
    index: dict[tuple[str, str], list[tuple[str, DataNote]]] = {}
    for note in tables().notes:
        for fig, row, col in note.cell_list:
            index.setdefault((str(fig), str(row)), []).append((str(col), note))
    return index


def match_notes(cells: Iterable[tuple]) -> list[DataNote]:
    """Notes whose cell list touches any (figure, row, column) in ``cells``; a note column "" means the row."""
    found: dict[str, DataNote] = {}
    index = _note_index()
    for fig, row, col in cells:
        for ncol, note in index.get((str(fig), str(row)), ()):
            if ncol == "" or col == "" or ncol == str(col):
                found.setdefault(note.id, note)
    return sorted(found.values(), key=lambda n: n.id)


@once
def _cell_free_notes() -> tuple[tuple[DataNote, frozenset[str]], ...]:
    """The notes without cells, in order, each with the keys of its figures (split and decoded once, not per answer)."""
    return tuple((n, frozenset(n.figure_keys)) for n in tables().notes if not n.cell_list)


def figure_notes(figure_keys: Iterable[str], mentions: Iterable[str]) -> list[DataNote]:
    """Notes without cells (spelling, figure number clashes) on these figures that mention one of ``mentions``."""
    keys = set(figure_keys)
    names = [m for m in mentions if m]
    return [n for n, figs in _cell_free_notes() if keys & figs and any(m in n.message for m in names)]


def merge_notes(*groups: Iterable[DataNote]) -> list[DataNote]:
    found: dict[str, DataNote] = {}
    for group in groups:
        for note in group:
            found.setdefault(note.id, note)
    return sorted(found.values(), key=lambda n: n.id)


# --- grades -----------------------------------------------------------------------------------------

_FILLER = ("at least", "at most", "or stronger", "or better", "or weaker", "cooperation", "grade", "mark")


@cache
def legend(scale: str) -> tuple:
    """Legend entries of a scale ("cooperation" or "crossover"), strongest first."""
    return tuple(sorted((e for e in tables().legend if e.scale == scale), key=lambda e: -e.rank))


@cache
def _ranks(scale: str) -> dict[str, int]:
    return {e.symbol: e.rank for e in legend(scale)}


def rank(scale: str, grade: str) -> int | None:
    """The ordinal rank of a printed grade, or None for a grade outside the legend (e.g. an odd cell)."""
    return _ranks(scale).get(grade)


def words(scale: str, grade: str) -> str:
    for e in legend(scale):
        if e.symbol == grade:
            return e.words
    return "not in the legend"


def _squash(text: str) -> str:
    text = " ".join(text.lower().replace("(", " ").replace(")", " ").replace(",", " ").split())
    for filler in _FILLER:
        text = text.replace(filler, " ")
    return " ".join(text.split())


def parse_grade(scale: str, text: str | None) -> str:
    """A grade given as its symbol or in words ("very strong", "medium", "no mark") -> the printed symbol."""
    entries = legend(scale)
    raw = (text or "").strip()
    for e in entries:
        if raw == e.symbol and (raw or text is not None):
            return e.symbol
    wanted = _squash(raw)
    if wanted in ("none", "no", "empty", "blank", "unmarked", "no mark"):
        wanted = "no"
    for e in entries:
        if wanted and _squash(e.words) == wanted:
            return e.symbol
    for e in entries:  # prefix of the legend's words: "medium" -> "medium strong", "no" -> "no mark ..."
        if wanted and _squash(e.words).startswith(wanted + " "):
            return e.symbol
    symbols = ", ".join(f'"{e.symbol}" ({e.words})' for e in entries)
    raise InvalidArgument(f"{text!r} is not a grade of this scale; use one of {symbols}.")


def verbatim(text: str) -> str | None:
    """The longest leading run of ``text``'s paragraphs that appears verbatim in the report, or None."""
    paras = text.split("\n\n")
    body = corpus.report_text()
    for n in range(len(paras), 0, -1):
        candidate = "\n\n".join(paras[:n])
        if candidate and candidate in body:
            return candidate
    return None


def quote_cite(quote: str | None, section: str | None, figure_key: str | None = None,
               page: int | None = None) -> Citation:
    """A citation for a verbatim quote, with the page (printed or estimated) where the quote stands."""
    estimated = False
    if quote:
        offset = corpus.report_text().find(quote)
        if offset >= 0:
            ref = corpus.page_of(offset)
            page, estimated = ref.page, ref.estimated
            section = section or corpus.section_at(offset).number
    return Citation(figure=figure_key, section=section, page=page, page_estimated=estimated, quote=quote)
