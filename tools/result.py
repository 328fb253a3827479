"""The typed result every tool returns, and the citation it carries."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from structured.records import DataNote


@dataclass(frozen=True)
class Citation:
    """Where an answer comes from: a figure (key such as "3" or "17b"), a section number, a page and cells.

    ``cells`` are the exact (row, column) pairs of the figure's table that the tool read.
    """

    figure: str | None
    section: str | None
    page: int | None
    page_estimated: bool = False
    quote: str | None = None
    cells: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict:
        d = asdict(self)
        d["cells"] = [list(c) for c in self.cells]
        return d


def _note_dict(note: DataNote) -> dict:
    return {
        "id": note.id, "kind": note.kind, "message": note.message, "figures": note.figure_keys,
        "sections": note.section_numbers, "pages": note.page_numbers,
        "cells": [list(c) for c in note.cell_list],
    }


def _jsonable(value):
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


@dataclass
class ToolResult:
    """What a tool computed.

    ``title`` is one line saying what was computed. ``value`` holds a single answer: a grade exactly as
    printed ("++", "+", "o", "-", "✓✓", "✓", "" for no mark), a name, or "yes"/"no". ``items`` is the list
    answer (names or 2-tuples), ``count`` its size unless stated otherwise, ``groups`` a labelled partition,
    ``rows`` the per-record detail. An empty answer is a valid result with ``items == []`` and ``count == 0``.
    """

    tool: str
    args: dict
    title: str
    items: list[str | tuple[str, str]] = field(default_factory=list)
    value: str | None = None
    count: int | None = None
    groups: dict[str, list[str]] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    notes: list[DataNote] = field(default_factory=list)

    def to_dict(self) -> dict:
        """A JSON-ready dict (tuples become lists, notes become dicts)."""
        return {
            "tool": self.tool, "args": _jsonable(self.args), "title": self.title,
            "items": _jsonable(self.items), "value": self.value, "count": self.count,
            "groups": _jsonable(self.groups), "rows": _jsonable(self.rows),
            "citations": [c.to_dict() for c in self.citations],
            "notes": [_note_dict(n) for n in self.notes],
        }
