"""What a narrative follow-up asks for, found beside the passage that answered the turn before.

"What example does it give", "give me the example they use": the report gives an example, a reason or a piece of
advice next to what it says of a subject, so the answer to such a follow-up is the first sentence after the last
answer's quotes (in the same section) that carries the asked kind ("As an example … the following example should be
given:", "This is due to …"), read with the context it needs (a sentence ending in a colon brings what follows).
It is a guess about where the report answers: the answer is never sure, and its reading names the passage it
stands beside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import corpus
from assistant.answer import Answer

# the kinds of answer the report gives beside what it says of a subject
NEARBY_KINDS = ("example", "recommendation")
ANNOUNCES = 2
# how strongly a sentence gives the asked kind: it announces one ("as an example …", "the following example"), or
# gives one in passing ("for instance in the context of …"); a sentence that does neither does not count
_STRENGTH = {"example": ((re.compile(r"\bexamples?\b", re.IGNORECASE), ANNOUNCES),
                         (re.compile(r"\bfor instance\b|\be\.g\.|\billustrat", re.IGNORECASE), 1)),
             # advice: what someone shall or should do ("cluster managers shall be motivated to …"); "should do so"
             # only points back at advice given before it
             "recommendation": ((re.compile(r"\bshall\b|\bshould (?!do so\b)|\brecommend|\badvis|\bit is (?:important|"
                                            r"advisable)\b", re.IGNORECASE), ANNOUNCES),
                                (re.compile(r"\bmust\b|\bcan (?:\w+ )?help\b|\bsuccess factor\b", re.IGNORECASE), 1))}
# how far from a quote its example may stand: about two paragraphs of the report either side
WINDOW = 8


@dataclass(frozen=True)
class Found:
    """A sentence of the asked kind beside a quote of the last answer, as verbatim report offsets."""

    start: int
    end: int
    anchor: str | None  # the answer's quote it stands beside (None: a passage searched, never shown)
    distance: int  # sentences between it and the quote (0: within it)
    strength: int  # 2: it announces the kind; 1: it gives one in passing


def anchors(answers: list[Answer | None]) -> list[tuple[int, int, str | None]]:
    """The report spans (start, end, quote) the passage ``answers`` quoted, in the order they gave them, then the
    passages each searched (no quote of their own: the user has not seen them)."""
    text = corpus.report_text()
    found: list[tuple[int, int, str | None]] = []
    shown = [a for a in answers if a is not None and a.route == "retrieval"]
    for c in (c for a in shown for c in a.citations if c.quote):
        at = text.find(c.quote)
        if at >= 0 and (at, at + len(c.quote), c.quote) not in found:
            found.append((at, at + len(c.quote), c.quote))
    found += [(p["start"], p["end"], None) for a in shown for p in a.passages if "start" in p]
    return found


def strength(kind: str, text: str) -> int:
    """How strongly ``text`` gives the ``kind`` of answer asked for (0: not at all)."""
    return next((n for pat, n in _STRENGTH.get(kind, ()) if pat.search(text)), 0)


def beside(answers: list[Answer | None], kind: str, sents) -> Found | None:
    """The sentence in or around one of the ``answers``' quotes, in the same section, that gives ``kind`` most
    strongly and nearest (``sents``: retrieval.sentences.Sentences); None when none stands within WINDOW sentences
    of a quote (a quote may hold part of an example a sentence before it announces)."""
    best: Found | None = None
    for start, end, cite in anchors(answers):
        first, last = sents.at(start), sents.at(end)
        section = corpus.section_at(start).number
        for n in range(max(first - WINDOW, 0), min(last + WINDOW, len(sents.items))):
            s = sents.items[n]
            if corpus.section_at(s.start).number != section or s.role != "body":  # not a footnote's words
                continue
            away = first - n if n < first else max(n - last + 1, 0)
            found = Found(s.start, s.end, cite, away, strength(kind, s.text))
            if found.strength and (best is None or _rank(found) > _rank(best)):
                best = found
    return best


def _rank(found: Found) -> tuple[int, bool, int]:
    """Stronger first, then beside a quote the user saw, then nearer."""
    return found.strength, found.anchor is not None, -found.distance


def quote_span(found: Found, sents) -> tuple[int, int]:
    """The found sentence with the context it needs to be read alone: what a sentence ending in a colon brings, and
    the text that follows a sentence that names the kind (its examples), as far as one quote may reach."""
    from retrieval.chunks import Span
    from retrieval.sentences import MAX_CONTEXT_CHARS

    item = sents.items[sents.at(found.start)]
    start, end = sents.context(Span(item.start, item.end, item.text))
    while found.strength == ANNOUNCES:  # "some selected examples will illustrate …": the text goes on to them
        nxt = sents.next_in_paragraph(end) or sents.body_after(end)
        if nxt is None or nxt.end - start > MAX_CONTEXT_CHARS:
            break
        end = nxt.end
    return start, end


def answer_beside(question: str, query: str, answers: list[Answer | None], sents) -> Answer | None:
    """A passage answer to a follow-up that asks for an example (``question``), from the sentence that gives one
    beside what the ``answers`` (the last turn's, then the subject search's) quoted; the quote it stands beside
    follows it, so the user sees what it is an example of. None when the question asks for another kind or none
    stands near. Never sure: where the report answers is a guess."""
    from assistant import render
    from retrieval.extract import quote_at
    from retrieval.kinds import question_kind
    from retrieval.records import RetrievalResult

    kind = question_kind(question)
    found = beside(answers, kind, sents) if kind in NEARBY_KINDS else None
    if found is None:
        return None
    start, end = quote_span(found, sents)
    at = corpus.report_text().find(found.anchor) if found.anchor else -1
    quotes = [quote_at(start, end, 1.0)]
    if at >= 0 and not (start <= at < end):  # the quote it stands beside, so the user sees what it illustrates
        quotes.append(quote_at(at, at + len(found.anchor or ""), 0.0))
    res = RetrievalResult(question=query, passages=[], quotes=quotes, in_scope=True, best_score=0.0, threshold=0.0,
                          kind=kind)
    ans = render.retrieval_answer(res)
    ans.sure = False
    return ans


def discussed(start: int, end: int, sents) -> str | None:
    """The figure the text of a quote (``start``..``end``) discusses: the nearest a body sentence of its section
    names, in the quote or up to WINDOW sentences before it ("Figure 11 shows …. … can best be explained …")."""
    from retrieval.chunks import named_figure

    section = corpus.section_at(start).number
    last = max(sents.at(end) - 1, 0)
    for n in range(last, max(sents.at(start) - WINDOW, 0) - 1, -1):
        s = sents.items[n]
        if corpus.section_at(s.start).number != section:
            break
        key = named_figure(s.text, s.start) if s.role == "body" else None
        if key is not None:
            return key
    return None


def with_figures(ans: Answer, last: Answer | None, sents, inherited: bool) -> Answer:
    """A passage answer to a follow-up, citing the figure its lead quote's text discusses and, when it was searched
    with the subject of a table answer before (``inherited``), that table: the user asked about the table's cell,
    the report explains it beside another figure. Said in one line under the quotes."""
    from assistant.render import _figure_citation

    if ans.route != "retrieval" or not ans.citations or not ans.citations[0].quote:
        return ans
    text = corpus.report_text()
    at = text.find(ans.citations[0].quote)
    figs = [discussed(at, at + len(ans.citations[0].quote), sents)] if at >= 0 else []
    table = [c.figure for c in last.citations if c.figure] if inherited and last and last.route == "tool" else []
    cited = {c.figure for c in ans.citations}
    new = list(dict.fromkeys(f for f in figs + table if f and f not in cited))
    if not new:
        return ans
    ans.citations = ans.citations + [_figure_citation(f) for f in new]
    said = [f"the passage discusses Figure {f}" for f in figs if f in new]
    said += [f"the table asked about is Figure {f}" for f in table if f in new and f not in figs]
    line = "; ".join(said)
    ans.answer += f"\n\n{line[:1].upper()}{line[1:]}."
    return ans
