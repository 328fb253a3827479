"""Export a conversation: Markdown for people (answers with their citations) and JSON (the Answer records)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from assistant.answer import Answer, Citation


def _citation_line(c: Citation) -> str:
    line = f"- {c.chip}"
    if c.title:
        line += f" — {c.title}"
    if c.cells:
        shown = ", ".join(" × ".join(cell) for cell in c.cells[:12])
        more = f" and {len(c.cells) - 12} more" if len(c.cells) > 12 else ""
        line += f" (cells: {shown}{more})"
    if c.quote:
        line += f"\n  > “{c.quote}”"
    return line


def to_markdown(answers: Iterable[Answer], title: str = "Cluster Trends Assistant — conversation") -> str:
    """The conversation as Markdown: each question, its answer, data notes and citations."""
    out = [f"# {title}", ""]
    for n, a in enumerate(answers, 1):
        out += [f"## {n}. {a.question.strip() or '(empty question)'}", "", a.answer.strip(), ""]
        if a.notes:
            out += ["**Data notes**", ""] + [f"- ⚠ {note}" for note in a.notes] + [""]
        if a.citations:
            out += ["**Citations**", ""] + [_citation_line(c) for c in a.citations] + [""]
    return "\n".join(out).rstrip() + "\n"


def answer_record(a: Answer) -> dict:
    """One Answer as a JSON-ready dict: ``Answer.to_dict()`` plus the question, chips and passages."""
    d = a.to_dict()
    d["question"] = a.question
    d["chips"] = [c.chip for c in a.citations]
    d["rows"] = a.rows
    d["passages"] = a.passages
    return d


def to_json(answers: Iterable[Answer]) -> str:
    """The conversation as a JSON list of Answer records."""
    return json.dumps([answer_record(a) for a in answers], ensure_ascii=False, indent=2, default=str)


__all__ = ["answer_record", "to_json", "to_markdown"]
