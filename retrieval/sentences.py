"""Every candidate quote sentence of the report in reading order: its role, its words, and its context.

A quote is a sentence with the context it needs to be read alone: the sentence before it when it opens with
"This", "These", "Such" …, the list that follows a sentence ending with ":", and the introducing sentence of a
list item. Every extended quote is still one verbatim slice of the report.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import corpus
from retrieval.chunks import Chunk, Span
from retrieval.labels import Label, defined, find_definitions, find_labels, introducing
from retrieval.lexical import tokenize
from retrieval.roles import BODY, FOOTNOTE, role_of

# A sentence that opens with one of these leans on the one before it for its subject.
_ANAPHOR = re.compile(r"^[\"“(]*(?:This|These|That|Those|Such|It|They|Their|Its|Thus|Therefore|Hence|Here|"
                      r"Secondly|Second(?=,)|Thirdly|Third(?=,)|Finally|Lastly|"
                      r"In this|For this|As a result|Consequently|Accordingly|Both|The latter|The former|"
                      r"Furthermore|Moreover|Additionally|Also|However|Nevertheless|In addition|Besides|"
                      r"On the other hand|In contrast|Likewise|Similarly|Above all|Apart from|"
                      r"(?:Due to|Because of|Owing to|For|With|Given|Despite|In view of|Based on) "
                      r"(?:this|these|that|those|such)|"
                      r"The (?:\w+ ){0,2}(?:for|of|behind|from) (?:this|these|that|those)|"
                      r"[A-Z]\w*(?: \w+)? (?:this|these|those|such)(?= \w))\b")
_ITEM = re.compile(r"^\s*(?:[-•⇒–*]|\d{1,2}[.)]\s|[a-z][.)]\s)")
MAX_CONTEXT_CHARS = 1400
MAX_ITEMS = 12
# Words a question puts in quote marks ("what's the 'trap of the complexity'"): the report's own words, named. The
# opening mark follows a space or a bracket and the closing one precedes a space or punctuation, so an apostrophe
# ("sweden's") never opens one.
_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))['\"‘“]([^'\"‘’“”\n]{3,80}?)['\"’”](?=[\s?.,:;!)\]-]|$)")
# A quoted phrase names a passage only when the report uses it in this many sentences at most ('mega trend' is in
# every other one and names none).
QUOTED_AT_MOST = 3
# Two words side by side in a question, unquoted, name the sentences holding them so when this few do.
PHRASE_AT_MOST = 2
PHRASE_WORD_AT_MOST = 6  # sentences using the rarer of the two words (a body pair: using either)
BODY_WORD_AT_MOST = 2  # a body pair: sentences using the rarer of its words
# The words a footnote's mark follows, back to the start of their table cell, clause or sentence: a bare term of at
# most ANCHOR_WORDS words, not a sentence the mark ends.
_ANCHOR_BREAK = re.compile(r"[\t\n.;:,()\[\]“”\"]")
ANCHOR_CHARS = 80
ANCHOR_WORDS = 3
ANCHOR_AT_MOST = 1  # sentences holding the term ("Logistics Industry¹⁰" heads a section the report writes about)


def quoted_phrases(question: str) -> list[tuple[str, ...]]:
    """The words of each phrase ``question`` puts in quote marks, as tokens (stemmed, stop words dropped)."""
    return [toks for m in _QUOTED.finditer(question) if (toks := tuple(tokenize(m[1])))]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    role: str
    tokens: frozenset[str]
    broken: bool = False  # half a sentence whose other half cannot be quoted with it (a footnote between them)


def cut(text: str) -> bool:
    """A line that ends without a stop: a heading, a label, or a sentence a page break cut in two."""
    return not text.strip().rstrip("*”\"')⁰¹²³⁴⁵⁶⁷⁸⁹").endswith((".", "!", "?", ":", ";"))


def leans_back(text: str) -> bool:
    """Does a sentence open by referring back to the one before it ("This …", "Using this method, …")?"""
    return bool(_ANAPHOR.match(text))


def is_item(text: str) -> bool:
    """A list item ("- …", "• …", "1. …")."""
    return bool(_ITEM.match(text))


class Sentences:
    """The report's candidate sentences in order, with term statistics for salience and passing mentions."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        spans = sorted({(s.start, s.end): s for c in chunks for s in c.sentences}.values(), key=lambda s: s.start)
        self.items = [Sentence(s.start, s.end, s.text, role_of(s.start, s.end), frozenset(tokenize(s.text)))
                      for s in spans]
        self._starts = [s.start for s in self.items]
        # a sentence cut by a page break is read on into its other half when only white space lies between them
        self.items = [replace(s, broken=True) if cut(s.text) and not self._goes_on(i) else s
                      for i, s in enumerate(self.items)]
        self._by_span = {(s.start, s.end): i for i, s in enumerate(self.items)}
        where: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.items):
            for t in s.tokens:
                where[t].append(i)
        self.where = dict(where)  # term -> indices of the sentences that use it
        n = len(self.items) or 1
        self.idf = {t: math.log((n + 1) / (len(ix) + 0.5)) for t, ix in self.where.items()}
        self._asked: dict[tuple[str, ...], tuple[tuple[tuple[str, float], ...], float]] = {}
        self._anchor_list: list[tuple[tuple[str, str], int]] | None = None
        self._labels: list[Label] | None = None
        self._definitions: list[Label] | None = None

    def _goes_on(self, i: int) -> bool:
        """Sentence ``i`` ends without a stop and goes on in the next one ("… for clusters, and" / "here especially
        for SMEs …"), with only white space between them."""
        return (i + 1 < len(self.items) and cut(self.items[i].text) and self.items[i + 1].text[:1].islower()
                and self._joined(i, i + 1))

    def get(self, span: Span) -> Sentence:
        return self.items[self._by_span[(span.start, span.end)]]

    def at(self, start: int) -> int:
        """The index of the sentence starting at ``start``."""
        return bisect.bisect_left(self._starts, start)

    def overlap(self, qtokens: Sequence[str], sentence: Sentence) -> float:
        """The share of the question's information (idf) that the sentence holds, 0..1."""
        return self.overlap_of(qtokens)(sentence)

    def overlap_of(self, qtokens: Sequence[str]) -> Callable[[Sentence], float]:
        """``overlap`` for one question: its weights looked up once for the ~70 sentences a search scores."""
        weights, total = self._weights(tuple(qtokens))
        if total <= 0:
            return lambda sentence: 0.0
        terms = frozenset(t for t, _ in weights)

        def overlap(sentence: Sentence) -> float:
            if terms.isdisjoint(sentence.tokens):  # most sentences: none of the question's words
                return 0.0
            return sum(w for t, w in weights if t in sentence.tokens) / total
        return overlap

    def _weights(self, qtokens: tuple[str, ...]) -> tuple[tuple[tuple[str, float], ...], float]:
        """Each question term's idf and their sum, once per question (a search scores ~70 sentences with it)."""
        got = self._asked.get(qtokens)
        if got is None:
            weights = tuple((t, w) for t in qtokens if (w := self.idf.get(t, 0.0)))
            got = (weights, sum(w for _, w in weights))
            if len(self._asked) >= 256:
                self._asked.clear()
            self._asked[qtokens] = got
        return got

    def holding(self, phrase: Sequence[str]) -> list[int]:
        """Indices of the sentences that hold the words of ``phrase`` (tokens) one after the other."""
        if not phrase or any(t not in self.where for t in phrase):
            return []
        ids = set.intersection(*(set(self.where[t]) for t in phrase))
        n = len(phrase)
        return sorted(i for i in ids if any(w[k : k + n] == tuple(phrase) for w in [tuple(tokenize(self.items[i].text))]
                                            for k in range(len(w) - n + 1)))

    def quoted(self, question: str) -> frozenset[int]:
        """Start offsets of the sentences holding a phrase the question quotes, when the report uses it rarely."""
        found = [ix for p in quoted_phrases(question) if 0 < len(ix := self.holding(p)) <= QUOTED_AT_MOST]
        return frozenset(self.items[i].start for ix in found for i in ix)

    def phrased(self, question: str) -> frozenset[int]:
        """Start offsets of the footnotes holding two words the question puts side by side ("west sweden") when the
        report does so in at most ``PHRASE_AT_MOST`` sentences, all footnotes, one of the words is rare and no body
        sentence holds both: the question names what the report mentions only in passing. (Two words side by side in body text or in the
        titles of the references name nothing: "need clusters", "growth clusters" are met by chance.) Also the one
        sentence of body text holding two words side by side that both are rare (``_rare_pair``: "ESCA database").
        Measured on the narrative tuning sets (1056): 0.923 quote-hit / 0.843 lead-hit -> 0.924 / 0.850."""
        toks = tokenize(question)
        found = [ix for pair in zip(toks, toks[1:], strict=False) if pair[0] != pair[1]
                 and min(len(self.where.get(t, ())) for t in pair) <= PHRASE_WORD_AT_MOST
                 and 0 < len(ix := self.holding(pair)) <= PHRASE_AT_MOST
                 and (all(self.items[i].role == FOOTNOTE for i in ix) and not self._in_body(pair)
                      or len(ix) == 1 and self.items[ix[0]].role == BODY and self._rare_pair(pair))]
        return frozenset(self.items[i].start for ix in found for i in ix)

    def _rare_pair(self, pair: Sequence[str]) -> bool:
        """Are both words of ``pair`` used in at most ``PHRASE_WORD_AT_MOST`` sentences, one in at most
        ``BODY_WORD_AT_MOST``?"""
        counts = sorted(len(self.where.get(t, ())) for t in pair)
        return counts[0] <= BODY_WORD_AT_MOST and counts[-1] <= PHRASE_WORD_AT_MOST

    def anchored(self, question: str) -> frozenset[int]:
        """Start offsets of the footnotes marked on a bare term (a table cell, a label: "Nordic Countries ³³") whose
        last two words the question holds side by side, when no other sentence of the report holds them so (the term
        is used there only): the footnote says what the report means by what the question asks about."""
        toks = tokenize(question)
        asked = set(zip(toks, toks[1:], strict=False))
        return frozenset(start for pair, start in self._anchors()
                         if pair in asked and len(self.holding(pair)) <= ANCHOR_AT_MOST)

    def _anchors(self) -> list[tuple[tuple[str, str], int]]:
        """(the two words before a footnote's mark, the start of the footnote's first sentence) of every footnote."""
        if self._anchor_list is None:
            text, out = corpus.report_text(), []
            for note in corpus.footnotes():
                if note.ref_offset is None:
                    continue
                term = _ANCHOR_BREAK.split(text[max(0, note.ref_offset - ANCHOR_CHARS) : note.ref_offset])[-1]
                before, i = tokenize(term), self.at(note.start)
                if (len(before) >= 2 and len(term.split()) <= ANCHOR_WORDS and i < len(self.items)
                        and self.items[i].start < note.end):
                    out.append(((before[-2], before[-1]), self.items[i].start))
            self._anchor_list = out
        return self._anchor_list

    def introducing(self, qtokens: Sequence[str], share: float = 0.0) -> frozenset[int]:
        """Start offsets of the sentences that introduce a term the question names (``retrieval.labels``), when the
        words of the terms named carry at least ``share`` of the question's information (idf)."""
        if self._labels is None:
            self._labels = find_labels(self.items, self.where)
        found = introducing(self._labels, qtokens)
        named = set().union(*(lb.words for lb in self._labels if lb.start in found)) & set(qtokens)
        total = sum(self.idf.get(t, 0.0) for t in qtokens)
        held = sum(self.idf.get(t, 0.0) for t in named)
        return found if found and held >= share * total else frozenset()

    def defining(self, qtokens: Sequence[str]) -> frozenset[int]:
        """Start offsets of the sentences saying what a term the question names is (``retrieval.labels.defined``)."""
        if self._definitions is None:
            self._definitions = find_definitions(self.items)
        return defined(self._definitions, qtokens)

    def _in_body(self, words: Sequence[str]) -> bool:
        """Does one sentence of body text hold all of ``words``, in any order ("a panel of experts" for "expert
        panel")? Then the body says it too, and a footnote is not its only mention."""
        ids = set.intersection(*(set(self.where.get(t, ())) for t in words))
        return any(self.items[i].role == BODY for i in ids)

    def only_in_apparatus(self, qtokens: Sequence[str]) -> set[str]:
        """Question terms the report uses only in footnotes, references or other apparatus, never in body text."""
        return {t for t in qtokens if t in self.where and all(self.items[i].role != BODY for i in self.where[t])}

    def rare(self, qtokens: Sequence[str], at_most: int = 2) -> set[str]:
        """Question terms that at most ``at_most`` sentences of the report use."""
        return {t for t in qtokens if 0 < len(self.where.get(t, ())) <= at_most}

    # ------------------------------------------------------------ context

    def context(self, span: Span) -> tuple[int, int]:
        """(start, end) of the sentence with the context it needs to be read alone (verbatim report offsets)."""
        i = self._by_span.get((span.start, span.end))
        if i is None:
            return span.start, span.end
        first, last = i, i
        cur = self.items[i]
        if self._goes_on(i):  # half a sentence: quoted whole
            last = i + 1
        elif i and self._goes_on(i - 1):
            first = i - 1
        if is_item(cur.text):
            intro = self._intro_of(i)
            if intro is not None:
                first, last = intro, self._list_end(intro)
        elif cur.text.rstrip().endswith(":"):
            last = self._list_end(i)
        item = self._item_of(i)
        if first == i and item is not None:  # a later sentence of a list item: the item is quoted from its start
            first = item
        if first == i and _ANAPHOR.match(cur.text) and self._joined(i - 1, i) and self.items[i - 1].role == BODY:
            first = i - 1
            if (_ANAPHOR.match(self.items[first].text) and self._same_paragraph(first - 1, first)  # "They …. This …"
                    and self.items[i].end - self.items[first - 1].start <= MAX_CONTEXT_CHARS // 2):
                first -= 1
            if self.items[first].text.rstrip().endswith(":"):
                last = max(last, self._list_end(first))
        nxt = last + 1  # the next sentence carries this one's subject on ("This trend …"): it belongs to the answer
        if (last == i and nxt < len(self.items) and _ANAPHOR.match(self.items[nxt].text) and self._joined(last, nxt)
                and self.items[nxt].end - self.items[first].start <= MAX_CONTEXT_CHARS // 2):
            last = nxt
        return self.items[first].start, self.items[last].end

    def next_in_paragraph(self, end: int) -> Sentence | None:
        """The sentence that follows the one ending at ``end`` in the same paragraph, if any."""
        i = bisect.bisect_left(self._starts, end)
        if i >= len(self.items) or i == 0:
            return None
        gap = corpus.report_text()[self.items[i - 1].end : self.items[i].start]
        if self.items[i - 1].end != end or "\n" in gap or gap.strip() or self.items[i].role != self.items[i - 1].role:
            return None
        return self.items[i]

    def touching(self, a_start: int, a_end: int, b_start: int, b_end: int, gap: int = 0) -> bool:
        """Do two spans of sentences overlap, or follow each other with at most ``gap`` sentences between them, all
        in one stretch of body text of one section (no heading, note, figure or page break between)?"""
        if a_start < b_end and b_start < a_end:
            return True
        first_end, second_start = (a_end, b_start) if a_end <= b_start else (b_end, a_start)
        i, k = self.at(first_end) - 1, self.at(second_start)
        if not (0 <= i < k < len(self.items)) or self.items[i].end != first_end or k - i - 1 > gap:
            return False
        return (all(self._joined(n, n + 1) and self.items[n].role == BODY for n in range(i, k))
                and corpus.section_at(first_end).number == corpus.section_at(second_start).number
                and corpus.page_of(first_end).page == corpus.page_of(second_start).page)

    def body_after(self, end: int) -> Sentence | None:
        """The sentence that follows the one ending at ``end`` across a paragraph break (a heading's body)."""
        i = bisect.bisect_left(self._starts, end)
        if i >= len(self.items) or i == 0 or self.items[i - 1].end != end or not self._joined(i - 1, i):
            return None
        return self.items[i]

    def _joined(self, a: int, b: int) -> bool:
        """Sentences ``a`` and ``b`` follow each other with only white space (no heading, note or figure) between."""
        if a < 0 or b >= len(self.items):
            return False
        text = corpus.report_text()
        gap = text[self.items[a].end : self.items[b].start]
        return not gap.strip() and gap.count("\n") <= 3 and self.items[a].role == self.items[b].role

    def _item_of(self, i: int) -> int | None:
        """The list item (its first sentence) that sentence ``i`` continues in the same paragraph, if any."""
        j = i
        while j > 0 and i - j < MAX_ITEMS and not is_item(self.items[j].text) and self._same_paragraph(j - 1, j):
            j -= 1
        return j if j != i and is_item(self.items[j].text) and self.items[i].end - self.items[j].start <= MAX_CONTEXT_CHARS // 2 else None

    def _same_paragraph(self, a: int, b: int) -> bool:
        """Sentences ``a`` and ``b`` follow each other in one paragraph."""
        return self._joined(a, b) and "\n" not in corpus.report_text()[self.items[a].end : self.items[b].start]

    def _intro_of(self, i: int) -> int | None:
        j = i
        while j > 0 and i - j < MAX_ITEMS and self._joined(j - 1, j):
            j -= 1
            if self.items[j].text.rstrip().endswith(":"):
                return j
            if not is_item(self.items[j].text):
                return None
        return None

    def _list_end(self, i: int) -> int:
        """The last sentence of what a sentence ending with ':' brings: its list, or the next sentence."""
        start = self.items[i].start
        j = i
        while (j + 1 < len(self.items) and self._joined(j, j + 1) and j - i < MAX_ITEMS
               and self.items[j + 1].end - start <= MAX_CONTEXT_CHARS):
            nxt = self.items[j + 1]
            if j > i and not is_item(nxt.text):
                break
            j += 1
            if j == i + 1 and not is_item(nxt.text):
                break
        return j


