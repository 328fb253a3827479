"""What part of the report a span is: body text, or apparatus that is never the answer to an explanatory question.

Footnotes, the references, the table of contents (front matter), Appendix A (the list of figures), figure
captions and raw table rows may be cited when a user asks for them, but never quoted as the answer to a why /
what / how question. Roles come from the corpus's own structure (its footnotes, figures and sections).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

import corpus

BODY = "body"
FOOTNOTE = "footnote"
REFERENCE = "reference"
FRONT = "front matter"  # the Observatory's blurb and the table of contents
FIGURE_LIST = "list of figures"
CAPTION = "figure caption"
TABLE = "table row"
NEVER_AN_ANSWER = frozenset({FOOTNOTE, REFERENCE, FRONT, FIGURE_LIST, CAPTION, TABLE})

# A question that asks for the apparatus itself: then it may be quoted.
_ASKS_FOR = {
    FOOTNOTE: r"\bfoot ?notes?\b",
    REFERENCE: r"\breferences?\b|\bbibliograph|\bliterature\b|\bsources?\b|\bcit(?:e|es|ed|ation)\b|\bpublication",
    FRONT: r"\b(table of )?contents\b|\btoc\b|\bauthors?\b|\bprepared by\b|\bwho (wrote|prepared)\b|\bobservatory\b",
    FIGURE_LIST: r"\b(list|table)s? of figures\b|\bappendix a\b",
    CAPTION: r"\bfig(ure|\.)?s?\b|\bcaption|\bchart|\bdiagram|\bmatrix|\bgraph",
    TABLE: r"\bfig(ure|\.)?s?\b|\btable\b|\bmatrix|\bcolumn|\brow\b|\babbreviat",
}


@cache
def _spans() -> tuple[list[int], list[int], list[str]]:
    """Sorted, non-overlapping (start, end, role) spans of everything that is not body text."""
    text = corpus.report_text()
    spans: list[tuple[int, int, str]] = [(n.start, n.end, FOOTNOTE) for n in corpus.footnotes()]
    for f in corpus.figures():
        spans.append((f.caption_start, f.caption_end, CAPTION))
        if f.has_table:
            spans.append((f.table_start, f.table_end, TABLE))
    for sec in corpus.sections():
        role = _section_role(sec)
        if role:
            spans.append((sec.start, sec.end, role))
    for m in re.finditer(r"(?m)^[^\n\t]*\t[^\n]*", text):  # any other tab-separated line is a table row
        spans.append((m.start(), m.end(), TABLE))
    spans.sort()
    starts, ends, roles = [], [], []
    for s, e, r in spans:
        if starts and s < ends[-1]:
            continue  # nested in an earlier span (a footnote inside the references, …): the outer role wins
        starts.append(s)
        ends.append(e)
        roles.append(r)
    return starts, ends, roles


def _section_role(sec: corpus.Section) -> str:
    if sec.number == "0":
        return FRONT
    if sec.number == "A":
        return FIGURE_LIST
    if sec.title.lower().startswith(("reference", "bibliograph")):
        return REFERENCE
    return ""


def role_of(start: int, end: int) -> str:
    """The role of the report's text ``[start, end)``: the role of the first non-body span it overlaps."""
    starts, ends, roles = _spans()
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(starts) and starts[j] < end and start < ends[j]:
            return roles[j]
    return BODY


def asked_for(question: str) -> frozenset[str]:
    """The apparatus roles a question asks about ("which footnote …", "the table of contents")."""
    q = question.lower()
    roles = frozenset(r for r, pat in _ASKS_FOR.items() if re.search(pat, q))
    # the report cites its sources in footnotes as well as in its references: asking for one asks for both
    return roles | {FOOTNOTE} if REFERENCE in roles else roles


# a reason is never in a caption, a table row or the list of figures: a why-question that names a figure ("why does
# figure 5 put …") is answered by the text that discusses it, never by the caption alone
_NO_REASON = frozenset({CAPTION, TABLE, FIGURE_LIST})


def quotable(question: str) -> frozenset[str]:
    """The apparatus roles that may be quoted as the answer to ``question``: those it asks for, less captions and
    table rows when it asks why."""
    from retrieval.kinds import REASON, question_kind

    allowed = asked_for(question)
    return allowed - _NO_REASON if question_kind(question) == REASON else allowed
