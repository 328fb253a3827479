"""An answer's words as the chat shows them: the reading line, the body without repeated lines, the source
chips, and the retrieval passages with their quoted sentences marked.

Pure functions over :class:`assistant.answer.Answer`; nothing here imports Streamlit.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from assistant.answer import Answer, Citation
from assistant.export import escape_markdown

NOTE_LINE = "> ⚠ Data note: "
RESTATED = 80  # a paragraph holding the reading and at most this many more characters only restates it
SHORT_LIST = 10  # a list this short is counted at a glance: its "(N in all.)" line is not shown


# --- the reading -------------------------------------------------------------------------------------------


def reading_line(ans: Answer) -> str:
    """How the question was read, as one plain line ("" when the assistant gave no reading).

    A follow-up that took something from the previous turn says what it took, unless the reading says so.
    """
    reading = " ".join(ans.reading.split())
    if not reading:
        return ""
    line = f"Read as: {reading}" if ans.sure else f"Read as (not sure): {reading}"
    inherited = (ans.inherited or "").strip()
    if inherited and "previous" not in reading.lower():
        line += f" — {inherited}, from your previous question"
    return line


def reading_markdown(ans: Answer) -> str:
    """The reading line as Markdown that shows exactly its text (for ``st.caption``)."""
    return escape_markdown(reading_line(ans))


def unsure_prompt(ans: Answer) -> str:
    """The sentence above the alternative readings ("" when the assistant is sure or has none)."""
    if ans.sure or not ans.alternatives:
        return ""
    return "I am not sure I read your question right. Did you mean one of these?"


# --- the body ----------------------------------------------------------------------------------------------


def _repeated_lines(ans: Answer) -> set[str]:
    """Lines that repeat the answer: "- X" and "(1 in all.)" under "Answer: **X**", and "(N in all.)" under a
    short list of N items shown in full."""
    if ans.value is None:
        shown = len(ans.items)
        return {f"({ans.count} in all.)"} if ans.count is not None and ans.count == shown < SHORT_LIST else set()
    items = {str(i) for i in ans.items if isinstance(i, str)}
    if items and items != {str(ans.value)}:
        return set()
    return {f"- {ans.value}", f"({ans.count} in all.)" if ans.count is not None else "(1 in all.)"}


def _drop_paragraph(par: str, ans: Answer, first: bool) -> bool:
    text = par.strip()
    if ans.citations and text.startswith("Source: "):
        return True  # the chips say it, and can be clicked
    if first and ans.reading and len(text) > 2 and text[0] == "*" and text[-1] == "*" and text[1] != "*":
        return True  # the reading line above says it
    reading = " ".join(ans.reading.split())
    flat = " ".join(text.split())
    if not reading or reading not in flat:
        return False
    # a title or a sentence that only restates the reading line ("I read your question as: …")
    return flat == f"**{reading}**" or len(flat) <= len(reading) + RESTATED


def answer_body(ans: Answer) -> str:
    """The answer's Markdown without lines the UI shows elsewhere or that repeat the answer.

    Dropped: data-note lines (one collapsed "Data notes" element instead), the "Source:" line (the chips),
    the italic reading (the reading line above), and the list and count that repeat a single value.
    """
    repeats = _repeated_lines(ans)
    notes = {f"{NOTE_LINE}{n}" for n in ans.notes}
    paragraphs = []
    for n, par in enumerate(ans.answer.split("\n\n")):
        if _drop_paragraph(par, ans, first=n == 0):
            continue
        lines = [ln for ln in par.splitlines() if ln.strip() not in notes and ln.strip() not in repeats]
        if any(ln.strip() for ln in lines):
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs).strip()


def safe_markdown(markdown: str) -> str:
    """The assistant's Markdown with HTML and images disarmed (a question's words may be echoed in it)."""
    return markdown.replace("<", "&lt;").replace("![", "!\\[")


def is_warning(ans: Answer) -> bool:
    """A refusal caused by something unavailable or broken (shown as a warning, not as information)."""
    return ans.route == "refuse" and (ans.error is not None or ans.reason in ("unavailable", "error", "tool_error"))


# --- chips -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chip:
    """One source of an answer, as a clickable chip: a figure, a section, or only a page."""

    label: str  # "Figure 3 · p. 12", "§4.2 · p. 31 (est.)"
    kind: str  # "figure", "section", "page"
    figure: str | None = None
    section: str | None = None


def chips(ans: Answer) -> list[Chip]:
    """One chip per source, in citation order (a figure cited twice, or with two cell lists, is one chip)."""
    out: dict[str, Chip] = {}
    for c in ans.citations:
        kind = "figure" if c.figure else "section" if c.section else "page"
        out.setdefault(c.chip, Chip(c.chip, kind, c.figure, c.section))
    return list(out.values())


def chip_markdown(labels: list[str]) -> str:
    """Chips as Streamlit badges, e.g. ``:blue-badge[Figure 3 · p. 12]`` (for lists that are not clickable)."""
    return " ".join(f":blue-badge[{label.replace('[', '(').replace(']', ')')}]" for label in labels)


def chip_citations(ans: Answer, chip: Chip) -> list[Citation]:
    """The citations behind one chip."""
    return [c for c in ans.citations if c.chip == chip.label]


# --- passages ----------------------------------------------------------------------------------------------


def section_label(section: str) -> str:
    if section in ("A", "B"):
        return f"Appendix {section}"
    return "Front matter" if section == "0" else f"§{section}"


def passage_heading(p: dict) -> str:
    """'§4.2 Why internationalise? · p. 31 (est.)' for a retrieval passage."""
    est = " (est.)" if p.get("page_estimated") else ""
    page = f" · p. {p['page']}{est}" if p.get("page") is not None else ""
    return f"{section_label(str(p.get('section', '')))} {p.get('section_title', '')}".strip() + page


def chip_passages(ans: Answer, chip: Chip) -> list[dict]:
    """The retrieval passages a section chip points to: same section, and the same page when both have one."""
    cites = chip_citations(ans, chip)
    pages = {c.page for c in cites if c.page is not None}
    same = [p for p in ans.passages if str(p.get("section")) == str(chip.section)]
    on_page = [p for p in same if p.get("page") in pages]
    return on_page or same


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
    return f'<div class="cta-passage" style="white-space: normal">{body}</div>'


__all__ = ["Chip", "answer_body", "chip_citations", "chip_markdown", "chip_passages", "chips", "is_warning",
           "passage_heading", "passage_html", "reading_line", "reading_markdown", "safe_markdown", "section_label",
           "unsure_prompt"]
