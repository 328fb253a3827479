"""Export a conversation: Markdown for people (answers with their citations), JSON (the Answer records), and
CSV that is safe to open in a spreadsheet.

What a user typed is data, never markup: in the Markdown export a question is escaped so that it shows as typed
(no link, image or HTML in it takes effect), and no raw HTML survives in an answer. CSV cells that a
spreadsheet would run as a formula (starting with ``= + - @``, a tab or a carriage return) are prefixed with
``'``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable

from assistant.answer import Answer, Citation

_MD_SPECIAL = re.compile(r"([\\`*_\[\]!|<>~#$])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that renders exactly as typed: every Markdown or HTML character backslash-escaped,
    and line breaks kept as breaks (no heading, list or quote can start a line)."""
    lines = (_MD_SPECIAL.sub(r"\\\1", line) for line in text.splitlines())
    return "  \n".join(_MD_LINE_START.sub(lambda m: m[1] + _escape_lead(m[2]), line) for line in lines)


def _escape_lead(lead: str) -> str:
    return lead + "\\" if lead[0].isdigit() else "\\" + lead


def _no_html(markdown: str) -> str:
    """Our own Markdown with any HTML tag disarmed (``<`` shown as text); block quotes (``>``) keep working."""
    return markdown.replace("<", "&lt;")


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: one starting with = + - @ (a formula) gets a leading '."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """Rows as CSV text, every cell passed through :func:`safe_cell`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def _citation_line(c: Citation) -> str:
    line = f"- {c.chip}"
    if c.title:
        line += f" — {escape_markdown(c.title)}"
    if c.cells:
        shown = ", ".join(" × ".join(cell) for cell in c.cells[:12])
        more = f" and {len(c.cells) - 12} more" if len(c.cells) > 12 else ""
        line += f" (cells: {escape_markdown(shown)}{more})"
    if c.quote:
        line += f"\n  > “{escape_markdown(c.quote)}”"
    return line


def to_markdown(answers: Iterable[Answer], title: str = "Cluster Trends Assistant — conversation") -> str:
    """The conversation as Markdown: each question (escaped), how it was read, its answer, data notes and
    citations."""
    out = [f"# {title}", ""]
    for n, a in enumerate(answers, 1):
        question = " ".join(a.question.split())
        out += [f"## {n}. {escape_markdown(question) or '(empty question)'}", ""]
        if a.reading:
            out += [f"*Read as: {escape_markdown(a.reading)}*", ""]
        out += [_no_html(a.answer.strip()), ""]
        if a.notes:
            out += ["**Data notes**", ""] + [f"- ⚠ {escape_markdown(note)}" for note in a.notes] + [""]
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
    """The conversation as a JSON list of Answer records (JSON strings are escaped by the encoder)."""
    return json.dumps([answer_record(a) for a in answers], ensure_ascii=False, indent=2, default=str)


__all__ = ["answer_record", "csv_text", "escape_markdown", "safe_cell", "to_json", "to_markdown"]
