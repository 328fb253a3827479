"""Data notes: known inconsistencies of the report (count mismatches, spellings, odd cells, contradictions)."""

from __future__ import annotations

from structured.records import DataNote
from tools._data import match_notes, tables
from tools.result import Citation, ToolResult


def notes_for_cells(cells: list[tuple]) -> list[DataNote]:
    """The data notes whose cells touch any of ``cells``.

    Args:
        cells: (figure key, row, column) triples; a column of "" stands for the whole row.
    """
    return match_notes(cells)


def all_notes() -> ToolResult:
    """Every data note on the report: where its figures and text disagree, odd cells, spellings, gaps."""
    notes = tables().notes
    groups: dict[str, list[str]] = {}
    for n in notes:
        groups.setdefault(n.kind, []).append(n.id)
    cits = [Citation(figure=(n.figure_keys or [None])[0], section=(n.section_numbers or [None])[0],
                     page=(n.page_numbers or [None])[0], page_estimated=False) for n in notes]
    return ToolResult(
        tool="all_notes", args={}, title="Data notes: inconsistencies and gaps in the report",
        items=[(n.id, n.message) for n in notes], count=len(notes), groups=groups,
        rows=[{"id": n.id, "kind": n.kind, "message": n.message} for n in notes],
        citations=list(dict.fromkeys(cits)), notes=list(notes),
    )
