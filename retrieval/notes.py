"""The footnotes a quote marks: the report's sources for what the quote says.

The report cites its sources in footnotes marked on the sentence that uses them ("… strong innovation capacities³⁵").
A question that asks for a source, a reference or a footnote ("what source backs the claim that …", "which
publication does the footnote point to") is answered by the sentence that makes the claim and the footnote marked
on it: each quote is followed by the footnotes it marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import corpus
from retrieval import rarity
from retrieval.extract import MAX_QUOTES, quote_at
from retrieval.kinds import AGENT, METHOD, answers
from retrieval.lexical import tokenize
from retrieval.records import Quote
from retrieval.roles import FOOTNOTE, REFERENCE, role_of

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# a footnote's mark: superscript digits after a word or a closing mark, alone or in a list ("fics⁴¹, ⁴²")
_MARK = re.compile(r"(?<=[\w”\"’')*.,])[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=, )[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
SOURCE_ROLES = frozenset({FOOTNOTE, REFERENCE})


def marked(text: str) -> list[corpus.Footnote]:
    """The footnotes ``text`` marks, in the order of their marks."""
    by_number = {n.number: n for n in corpus.footnotes()}
    numbers = dict.fromkeys(int(m[0].translate(_SUPERSCRIPT)) for m in _MARK.finditer(text))
    return [by_number[k] for k in numbers if k in by_number]


def with_sources(quotes: Sequence[Quote], asked: frozenset[str]) -> list[Quote]:
    """``quotes``, each body quote followed by the footnotes it marks, when the question asks for a source, a
    reference or a footnote (``asked``: the apparatus roles it asks for); at most ``MAX_QUOTES``."""
    if not asked & SOURCE_ROLES:
        return list(quotes)
    out: list[Quote] = []
    for q in quotes:
        if any(q.start < o.end and o.start < q.end for o in out):
            continue
        out.append(q)
        if role_of(q.start, q.end) in SOURCE_ROLES:
            continue
        for note in marked(q.text):
            if not any(note.start < o.end and o.start < note.end for o in out):
                out.append(quote_at(note.start, note.end, q.score, q.passage_id))
    return out[:MAX_QUOTES]


# who did it or how it was done: the report often says so only in the footnote marked on the sentence that reports it
# ("… it has been identified, which of the ten emerging industries …⁹" / "⁹ Based on an international expert panel")
_BY_NOTE = frozenset({AGENT, METHOD})


def with_how_notes(quotes: Sequence[Quote], kind: str, asked: Sequence[str] = ()) -> list[Quote]:
    """``quotes``, each body quote followed by the footnotes it marks that say who did it or how, or that are marked
    on a word the question asks about (``asked``: its tokens; "who did the survey" and "… a survey² amongst …"), for a
    who- or how-was-it-done question; at most ``MAX_QUOTES``."""
    if kind not in _BY_NOTE:
        return list(quotes)
    text = corpus.report_text()
    out: list[Quote] = []
    for q in quotes:
        out.append(q)
        if role_of(q.start, q.end) in SOURCE_ROLES:
            continue
        out += [quote_at(n.start, n.end, q.score, q.passage_id) for n in marked(q.text)
                if (any(answers(k, text[n.start : n.end]) for k in _BY_NOTE) or _on_word(n, set(asked)))
                and not any(n.start < o.end and o.start < n.end for o in [*quotes, *out])]
    return out[:MAX_QUOTES]


# The word a footnote's mark follows names what the note is about when the report uses it in this few paragraphs
# ("survey²": 3 of 342; "clusters²⁵", "trends⁷" are everywhere and name nothing).
ON_WORD_AT_MOST = 5
# a note citing a publication (it gives a year) names a source, not who did it or how ("with_sources" quotes those)
_PUBLICATION = re.compile(r"\b(?:19|20)\d\d\b")


def _on_word(note: corpus.Footnote, asked: set[str]) -> bool:
    """Is ``note`` marked on one of the words ``asked`` (tokens), the word its mark follows, when the report uses that
    word rarely (``ON_WORD_AT_MOST`` paragraphs), and not a publication cited?"""
    if note.ref_offset is None or _PUBLICATION.search(corpus.report_text()[note.start : note.end]):
        return False
    words = re.findall(r"[\w&-]+", corpus.report_text()[max(0, note.ref_offset - 40) : note.ref_offset])
    return any(t in asked and rarity.paragraphs_using(t) <= ON_WORD_AT_MOST for t in tokenize(words[-1] if words else ""))


def marked_before(quotes: Sequence[Quote], i: int) -> bool:
    """Is quote ``i`` a footnote marked by a quote before it (shown as that quote's own note, not as an answer)?"""
    return role_of(quotes[i].start, quotes[i].end) == FOOTNOTE and any(
        n.start == quotes[i].start for q in quotes[:i] for n in marked(q.text))
