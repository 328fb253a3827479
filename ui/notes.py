"""Data notes: all of them for the Data notes tab, and under an answer only those that touch it.

A note touches an answer when one of its cells is a cell that answers the question, when it has no cells but
is about a figure the answer cites, or when it is about the section of a passage the answer quotes.
"""

from __future__ import annotations

from dataclasses import dataclass

import tools
from assistant.answer import Answer
from structured import load_tables
from structured.records import DataNote
from ui.catalogue import section_title
from ui.figures import answering_cells, figure_chip, has_figure


@dataclass(frozen=True)
class NoteView:
    id: str
    kind: str
    message: str
    chips: tuple[str, ...]


def data_notes() -> list[NoteView]:
    """The report's inconsistencies that the code found, each with figure and section citations."""
    out = []
    for n in tools.all_notes().notes:
        labels = [figure_chip(k) for k in n.figure_keys if has_figure(k)]
        labels += [section_title(s) for s in n.section_numbers]
        out.append(NoteView(n.id, n.kind.replace("_", " "), n.message, tuple(dict.fromkeys(labels))))
    return out


def _touches_cells(note: DataNote, cells: set[tuple[str, str, str]]) -> bool:
    rows = {(f, r) for f, r, _ in cells}
    for fig, row, col in note.cell_list:
        fig, row, col = str(fig), str(row), str(col)
        if (fig, row, col) in cells or (col == "" and (fig, row) in rows):
            return True
    return False


def touches(note: DataNote, ans: Answer) -> bool:
    """Whether ``note`` is about this answer's cells, cited figures (notes without cells) or quoted passages."""
    if note.cell_list:
        return _touches_cells(note, answering_cells(ans))
    if {c.figure for c in ans.citations if c.figure} & set(note.figure_keys):
        return True
    sections = {str(p.get("section")) for p in ans.passages}
    return bool(sections & set(note.section_numbers))


def answer_notes(ans: Answer) -> list[str]:
    """The answer's data notes that touch it, in order (a note the tables do not know is kept)."""
    known = {n.message: n for n in load_tables().notes}
    return [m for m in dict.fromkeys(ans.notes) if m not in known or touches(known[m], ans)]


__all__ = ["NoteView", "answer_notes", "data_notes", "touches"]
