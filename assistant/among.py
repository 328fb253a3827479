"""A follow-up that asks whether a name is among the ones a passage answer listed: "are digital industries among
them?" after "which industries have the most internationalised clusters", "is blue growth one of those?", "is
logistics on that list too?". The answer before quoted the report's list; the names it lists are read from the
sentence of its lead quote that lists names of the kind asked (the one closest to the question before), and the
follow-up's name is checked against them: yes or no, with the list quoted and, for a name not on it, what the same
section says of that name. Never sure: which sentence holds the list is a reading of the quote.
"""

from __future__ import annotations

import re

import corpus
from assistant.answer import Answer

# asking whether a name is on a list: "among them", "one of those", "on that list", "does it include"
_AMONG = re.compile(r"\bamong (?:them|those|these|the \w+)\b|\bone of (?:them|those|these)\b|"
                    r"\b(?:on|in) (?:that|this|the|those) list\b|\binclud(?:e|es|ed|ing)\b", re.IGNORECASE)
_KINDS = ("industry", "region", "trend")
PAIR = 2


def _names(text: str) -> dict[str, set[str]]:
    from assistant.spot import spot

    out: dict[str, set[str]] = {}
    for m in spot(text):
        if m.kind in _KINDS:
            out.setdefault(m.kind, set()).add(m.canonical)
    return out


def listing(last: Answer, kind: str, sents) -> tuple[int, frozenset[str]] | None:
    """The sentence of the answer before's lead quote that lists two or more names of ``kind`` (the one holding most
    of the question before's words) and the names it lists; None when its lead lists none."""
    from retrieval.lexical import tokenize

    lead = next((c.quote for c in last.citations if c.quote), None)
    at = corpus.report_text().find(lead) if lead else -1
    if at < 0:
        return None
    overlap = sents.overlap_of(tuple(tokenize(last.question or "")))
    best = None
    for i in range(sents.at(at), sents.at(at + len(lead))):
        listed = _names(sents.items[i].text).get(kind, set())
        if len(listed) >= PAIR and (best is None or overlap(sents.items[i]) > best[0]):
            best = (overlap(sents.items[i]), i, frozenset(listed))
    return (best[1], best[2]) if best else None


def _said_of(name: str, near: int, sents) -> int | None:
    """The sentence of the same section as sentence ``near`` that names ``name`` (the nearest)."""
    section = corpus.section_at(sents.items[near].start).number
    hits = [i for i, s in enumerate(sents.items) if s.role == "body" and corpus.section_at(s.start).number == section
            and i != near and name in _names(s.text).get(_kind_of(name), set())]
    return min(hits, key=lambda i: abs(i - near), default=None)


def _kind_of(name: str) -> str:
    return next((k for k, v in _names(name).items() if name in v), "industry")


def among(asked: str, last: Answer | None, sents) -> Answer | None:
    """The answer to "is X among them?" after a passage answer that listed names (see the module's docstring); None
    for any other follow-up.

    Args:
        asked: the follow-up's words.
        last: the answer before.
        sents: the report's sentences.
    """
    from assistant import render
    from retrieval.chunks import Span
    from retrieval.extract import quote_at
    from retrieval.records import RetrievalResult
    from tools.errors import join_names

    asked_names = _names(asked)
    if last is None or last.route != "retrieval" or len(asked_names) != 1 or not _AMONG.search(asked):
        return None
    kind, names = next(iter(asked_names.items()))
    found = listing(last, kind, sents)
    if found is None:
        return None
    i, listed = found
    outside = sorted(names - listed)
    spans = [sents.context(Span(sents.items[i].start, sents.items[i].end, sents.items[i].text))]
    spans += [sents.context(Span(sents.items[k].start, sents.items[k].end, sents.items[k].text))
              for k in (_said_of(n, i, sents) for n in outside) if k is not None]
    quotes = [quote_at(a, b, 1.0 - n * 0.1) for n, (a, b) in enumerate(dict.fromkeys(spans))]
    out = render.retrieval_answer(RetrievalResult(question=asked, passages=[], quotes=quotes, in_scope=True,
                                                  best_score=0.0, threshold=0.0))
    value = "no" if outside else "yes"
    said = (f"{join_names(outside)} {'is' if len(outside) == 1 else 'are'} not among them" if outside
            else f"{join_names(sorted(names))} {'is' if len(names) == 1 else 'are'} among them")
    out.answer = f"**{value.capitalize()}**: the passage before lists {join_names(sorted(listed))}; {said}.\n\n" + \
        out.answer
    out.value, out.sure = value, False
    before = " ".join((last.question or "").split()).rstrip(" ?.!")
    out.reading = (f"Whether {join_names(sorted(names))} {'is' if len(names) == 1 else 'are'} among the {kind} names "
                   f"the passage before lists (\u201c{before}\u201d)")
    out.inherited = f"\u201c{before}\u201d"
    return out
