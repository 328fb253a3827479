"""The Answer record: what the assistant says, with the data and citations behind it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Route = Literal["tool", "retrieval", "refuse"]


@dataclass(frozen=True)
class Citation:
    """Where a statement comes from: a figure and/or a section, a page, and the quoted passage or cells."""

    figure: str | None = None
    section: str | None = None
    page: int | None = None
    page_estimated: bool = False
    quote: str | None = None
    cells: tuple[tuple[str, str], ...] = ()
    title: str | None = None  # section title, for display

    @property
    def chip(self) -> str:
        """A short label: "Figure 3 · p. 12" or "§4.2 · p. 31 (est.)"."""
        est = " (est.)" if self.page_estimated else ""
        page = f" · p. {self.page}{est}" if self.page is not None else ""
        if self.figure:
            return f"Figure {self.figure}{page}"
        if self.section:
            label = f"Appendix {self.section}" if self.section in ("A", "B") else f"§{self.section}"
            return f"{label}{page}"
        return f"p. {self.page}{est}" if self.page is not None else "the report"

    def to_dict(self) -> dict:
        fig = self.figure
        fig_num: int | None
        try:
            fig_num = int(fig) if fig is not None else None
        except ValueError:  # "17b": the second figure numbered 17
            fig_num = int("".join(c for c in fig if c.isdigit()))
        return {"figure": fig_num, "figure_key": fig, "section": self.section, "page": self.page,
                "page_estimated": self.page_estimated, "quote": self.quote,
                "cells": [list(c) for c in self.cells]}


@dataclass(frozen=True)
class Alternative:
    """Another way to read the question, and the question that would ask it unambiguously."""

    reading: str
    question: str

    def to_dict(self) -> dict:
        return {"reading": self.reading, "question": self.question}


@dataclass
class Answer:
    """One answer. ``answer`` is Markdown for people; the other fields are the data behind it."""

    route: Route
    answer: str
    items: list[Any] = field(default_factory=list)
    value: str | None = None
    count: int | None = None
    groups: dict[str, list[str]] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tool: str | None = None
    args: dict = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)
    passages: list[dict] = field(default_factory=list)  # retrieval passages, for display
    suggestions: list[str] = field(default_factory=list)  # follow-up questions to offer
    reason: str | None = None  # for refusals: out_of_scope, unknown_name, empty, too_long, not_english, …
    error: str | None = None
    question: str = ""
    reading: str = ""  # one plain sentence: how the question was read ("Industries that shape X — upstream, Figure 4")
    sure: bool = True  # False: the reading is a best guess; ``alternatives`` lists other readings
    alternatives: list[Alternative] = field(default_factory=list)  # at most three
    inherited: str | None = None  # what a follow-up took from the previous turn ("Medical Devices")

    def to_dict(self) -> dict:
        """The JSON form used by the CLI and the batch mode."""
        items = [list(i) if isinstance(i, tuple | list) else i for i in self.items]
        return {
            "route": self.route, "answer": self.answer, "items": items, "value": self.value, "count": self.count,
            "groups": self.groups, "citations": [c.to_dict() for c in self.citations], "notes": self.notes,
            "tool": self.tool, "args": _jsonable(self.args), "error": self.error, "reason": self.reason,
            "suggestions": self.suggestions, "reading": self.reading, "sure": self.sure,
            "alternatives": [a.to_dict() for a in self.alternatives], "inherited": self.inherited,
        }


def _jsonable(x):
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, list | tuple | set):
        return [_jsonable(v) for v in x]
    return x


__all__ = ["Alternative", "Answer", "Citation", "Route", "asdict"]
