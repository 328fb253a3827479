"""Follow-ups that ask where the last answer comes from ("which page", "where's that from, fig + page pls", "what page
is that table on", "pg number? need it for my note"), and the answer that says so: the last answer restated with its
sources. When the turn before asked about a figure by its description ("what is the upstream matrix", "what does ✓✓
mean in the crossover table") and was answered with passages, the figure its words describe is the source asked for:
the passages' own citations may be of a neighbouring figure."""

from __future__ import annotations

import re

from assistant.answer import Answer, Citation
from assistant.frame import Frame
from assistant.state import State

# a word asking where something is in the report
_SOURCE = re.compile(r"\b(?:pages?|pg|pp|p\.|figures?|figs?|sections?|chapters?|sources?|cite|citation|reference|"
                     r"ref|where)\b")
# a turn that is only a source word ("what page?", "and the section?", "source?"): where the last answer came from
_SOURCE_ONLY = re.compile(r"^\W*(and\s+|so\s+|ok\s+)?(on\s+|in\s+|from\s+)?((what|which)\s+|the\s+)?"
                          r"(page|pg|section|figure|fig|source|chapter)s?(\s+(number|no\.?|nr\.?|#))?"
                          # "which fig is that on", "what page is it": the thing pointed at is the last answer
                          r"(\s+(is|are|was)\s+(that|this|it|those|these)(\s+(on|in|from))?)?\W*$")
# the thing pointed at is the last answer or the figure it was about: "that table", "this chart", "it"
_POINTER = re.compile(r"\b(?:that|this|the same|those|these)\s+(?:table|matrix|chart|figure|fig|graph|diagram|grid|list|"
                      r"passage|quote|answer|data|one)\b|\b(?:it|that|this|from)\b")
# "which table is that from", "what chart is this": a figure asked for by any of its nouns (the report's figures are
# tables, matrices and charts alike)
_WHICH_TABLE = re.compile(r"\b(?:which|what)\s+(?:table|matrix|chart|graph|diagram|grid)\b")
# "where does it say that", "which page talks about it": the passage that says it, a question for the text
_SAYS = re.compile(r"\b(?:say|says|said|write|writes|written|mention\w*|talk\w*|discuss\w*|explain\w*|describ\w*)\b")
# "where's that from", "where is that table": where alone asks for a source with "from" or a thing pointed at
_WHERE_FROM = re.compile(r"\bfrom\b|\b(?:that|this|the same|those|these)\s+(?:table|matrix|chart|figure|fig|graph|"
                         r"diagram|grid|list)s?\b")
# a figure described by words: the turn before asked about a figure when it says one of these
_FIGURE_NOUN = re.compile(r"\b(?:table|matrix|matrices|chart|graph|diagram|grid|portfolio|figure|fig)\b")
# the words of a source question besides the function words: where it is, and what it points at
_SOURCE_NOUNS = frozenset("page pages pg pp p fig figs figure figures section sections chapter chapters source sources "
                          "table tables matrix chart graph diagram grid list passage quote data number no nr "
                          "reference ref citation where's that's it's".split())
# the purpose a user gives ("need it for my slides"): no part of what is asked
_PURPOSE = re.compile(r"\b(?:i\s+)?(?:need|want|have|got)\s+(?:it|that|this|them)\s+for\b.*$")


def _content(text: str) -> list[str]:
    """The words of ``text`` that could name a subject: not function words, source nouns or a stated purpose."""
    from assistant.coverage import FILLER

    words = re.findall(r"[a-z][a-z'-]*[a-z]|[a-z]", _PURPOSE.sub(" ", text))
    return [w for w in words if w not in FILLER and w not in _SOURCE_NOUNS]


def asks_source(frame: Frame) -> bool:
    """"page?", "which section", "what page is that table on": the words ask where the last answer is in the report and name nothing of their own: a source word ("page",
    "fig", "where … from"), a pointer at the last answer ("that table", "it") or only a few words, and no name,
    table or figure number of their own."""
    fu, text = frame.followup, frame.text
    if _SOURCE_ONLY.match(text):
        return True
    if frame.names or frame.relation not in (None, "figures") or frame.figure is not None or fu.switch or \
            not (_SOURCE.search(text) or _WHICH_TABLE.search(text)):
        return False
    if _SAYS.search(text) or _SOURCE.findall(text) == ["where"] and not _WHERE_FROM.search(text):
        return False  # "where does it say that", "where in the report is that": the passage, a question for the text
    return not _content(text) and (fu.short or bool(_POINTER.search(text)))


def described_figure(state: State) -> Citation | None:
    """The figure the last question described in words ("the upstream matrix"), when it was answered with passages
    and one figure fits its words best; None otherwise."""
    import tools

    last = state.last_answer
    if last is None or last.route != "retrieval" or not _FIGURE_NOUN.search(last.question.lower()):
        return None
    rows = tools.figure_lookup(last.question).rows
    if not rows or len(rows) > 1 and rows[0]["score"] <= rows[1]["score"]:
        return None
    top = rows[0]
    return Citation(figure=top["key"], section=top.get("section"), page=top.get("page"),
                    page_estimated=bool(top.get("page_estimated")), title=top.get("caption"))


def recall(state: State) -> Answer:
    """The last answer's sources, the last answer restated first (its value, items and count kept), the figure its
    question described leading when it was answered with passages."""
    last, cites = state.last_answer, list(state.last_citations)
    named = described_figure(state)
    if named is not None:
        cites = [named] + [c for c in cites if c.figure != named.figure]
    head = "The previous answer comes from:"
    if named is not None:
        head = f"You asked about Figure {named.figure}; it and the passages quoted come from:"
    elif last is not None and last.route == "tool" and last.reading:
        said = f": {last.value}" if last.value is not None else ""
        head = f"The previous answer ({last.reading}{said}) comes from:"
    lines = [head] + [f"- {c.chip}" + (f" ({c.title})" if c.title else "") for c in cites]
    route = last.route if last is not None else "tool"
    keep = last if last is not None and last.route == "tool" else None
    return Answer(route=route, answer="\n".join(lines), citations=cites, tool="recall", reason="recall",
                  value=keep.value if keep else None, items=list(keep.items) if keep else [],
                  count=keep.count if keep else None)
