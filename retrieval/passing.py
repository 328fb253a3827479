"""Passing mentions: what the report names only in passing (a footnote, one sentence, a table cell), and the quote
that shows it.

A question about something the report mentions only once, or only in its apparatus, is answered from that mention,
and the answer says it is one ("The report mentions X only in passing").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import corpus
from retrieval import vocab
from retrieval.chunks import Chunk
from retrieval.extract import NOTE_ROLES, Ask, quote_at
from retrieval.kinds import DEFINITION, GENERAL
from retrieval.lexical import tokenize
from retrieval.records import Quote
from retrieval.roles import FRONT, asked_for, role_of
from retrieval.sentences import Sentences

# Words naming the report itself ("does the study distinguish …"): never what it mentions in passing.
_ITSELF = frozenset(tokenize("report study document paper publication"))


def passing_words(question: str, ask: Ask, quotes: Sequence[Quote], sents: Sentences) -> list[str]:
    """Question words the report uses only in passing: only in its apparatus (a footnote, a reference), or,
    for a what-does-it-say-about question, in one sentence, the one quoted."""
    if not quotes:
        return []
    only = sents.only_in_apparatus(ask.tokens) | {t for t in ask.tokens if t not in sents.where}
    once = sents.rare(ask.tokens, 1) if ask.kind == GENERAL else set()
    lead = set(tokenize(quotes[0].text))
    terms = {t for t in only | once if t in lead}
    if role_of(quotes[0].start, quotes[0].end) in NOTE_ROLES and not asked_for(question):
        terms |= set(ask.tokens) & lead  # only a footnote answers: what it names is mentioned in passing
    terms -= _ITSELF
    words = (w.strip("'’-") for w in re.findall(r"[\w&'’-]+", question))  # "'Nordic Countries'" quotes no word
    return [w for w in dict.fromkeys(words) if w and set(tokenize(w)) & terms]


def beside(question: str, word: str, passing: Sequence[str]) -> bool:
    """``word`` stands right next to a word the report mentions in passing: one term with it ("induction charging")."""
    pairs = [(p, word) for p in passing] + [(word, p) for p in passing]
    return any(re.search(rf"(?<![\w-]){re.escape(a)}\s+{re.escape(b)}(?![\w-])", question, re.I) for a, b in pairs)


def table_cell(ask: Ask, chunks: Sequence[Chunk], words: Sequence[frozenset[str]], sents: Sentences) -> Quote | None:
    """The sub-trend's table cell in the best passages (``chunks``, with their ``words``) that names a question word
    no sentence of the report uses (the report names many sub-trends only in the cells of its figures)."""
    if ask.kind not in (GENERAL, DEFINITION):  # "what's X", "X in mobility?"; a why-question needs a reason
        return None
    terms = {t for t in ask.tokens if t not in sents.where}
    text, best, found = corpus.report_text(), (0, 0), None
    for c, held in zip(chunks, words, strict=True):
        if c.kind != "table" or not terms & held:
            continue
        for m in re.finditer(r"[^\n\t•<>]*[^\s\t•<>][^\n\t•<>]*", text[c.start : c.end]):  # one cell or item
            cell = set(tokenize(m[0]))
            fit = (len(terms & cell), len(set(ask.tokens) & cell))  # the cell naming most of the question
            if fit[0] and fit > best and " ".join(m[0].split()).lower() in vocab.names_of("subtrend"):
                best, found = fit, (c, m)
    if found is None:
        return None
    c, m = found
    start = c.start + m.start() + len(m[0]) - len(m[0].lstrip())
    end = c.start + m.end() - (len(m[0]) - len(m[0].rstrip()))
    return quote_at(start, end, 0.0, c.id)


# The lines after a front-matter line ending "by:" ("Prepared by:") name the report's authors, up to the first
# heading (a short line followed by a paragraph of at least this many words).
_BY_LINE = re.compile(r"(?m)^[^\n]{0,40}\bby:[ \t]*$")
PARAGRAPH_WORDS = 20


def credits() -> Quote | None:
    """The front matter's credits: the names listed after its "… by:" line, verbatim, with where they stand."""
    text = corpus.report_text()
    m = next((m for m in _BY_LINE.finditer(text) if role_of(m.start(), m.end()) == FRONT), None)
    if m is None:
        return None
    end = m.end()
    for line in re.finditer(r"(?m)^([^\n]+)$", text[m.end() :]):
        after = text[m.end() + line.end() :].lstrip().split("\n", 1)[0]
        if len(after.split()) >= PARAGRAPH_WORDS or line[1].rstrip().endswith((".", ":")):
            break  # a heading over its paragraph, or a sentence: the credits are over
        end = m.end() + line.end()
    if end == m.end():
        return None
    return quote_at(m.start(), end, 1.0)
