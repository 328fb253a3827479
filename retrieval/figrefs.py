"""Which of the report's figures a question names, and which sentences of the report discuss a figure.

A question names a figure by its number ("figure 8") or by words of its caption that the body text never uses side
by side ("the 'functional chain' picture", "the paths of internationalisation diagram"). The answer to a question
about a figure is the body text that discusses it ("… shown in a simplified picture (see Figure 2)", "Figure 8
shows …"), never the caption alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

import corpus
from corpus.once import once
from retrieval.lexical import tokenize
from retrieval.roles import BODY
from retrieval.sentences import Sentences

_NUMBER = re.compile(r"\bfig(?:ure|\.)?\s*(\d+)\b", re.IGNORECASE)
# "Figure 3 and Figure 4", "Figures 3 and 4", "(see Figure 2)", "Fig. 9"
_CITES = re.compile(r"\bfig(?:ures?|s?\.)?\s*(\d+)((?:\s*(?:,|and|&|to)\s*\d+\b)*)", re.IGNORECASE)
# a question asking for a figure's own title or caption: then the caption may lead
_TITLE = re.compile(r"\btitle[sd]?\b|\bcaption|\bwhat (?:is|are) (?:figure|fig\.?) ?\d+\w? called\b", re.IGNORECASE)


@lru_cache(maxsize=16384)
def cited(text: str) -> frozenset[str]:
    """The numbers of the figures a sentence cites ("see Figure 2", "Figures 3 and 4")."""
    out = set()
    for m in _CITES.finditer(text):
        out.add(m[1])
        out.update(re.findall(r"\d+", m[2]))
    return frozenset(out)


def asks_title(question: str) -> bool:
    """Does ``question`` ask for a figure's title or caption (so the caption itself answers)?"""
    return bool(_TITLE.search(question))


# Where a caption or a question breaks: words either side of these are not one phrase ("Regions: Business").
_BREAK = re.compile(r"[:;,()\[\]–—?!.\"“”']|\s-\s")
# A phrase of a caption names a figure only when it stands in this few captions ("Target Cooperation Regions"
# heads twenty-five and names none).
AT_MOST_FIGURES = 2


def _phrases(text: str) -> set[tuple[str, ...]]:
    """Two words side by side, or with one small word between them ("paths of internationalisation"), within one
    stretch of ``text`` that no punctuation breaks: as (stem, small word or "", stem)."""
    out = set()
    for part in _BREAK.split(text.lower()):
        words = [(w, tuple(tokenize(w))) for w in re.findall(r"[\w&]+", part)]
        for i, (_, a) in enumerate(words[:-1]):
            if len(a) != 1:
                continue
            if len(words[i + 1][1]) == 1 and words[i + 1][1] != a:
                out.add((a[0], "", words[i + 1][1][0]))
            elif i + 2 < len(words) and not words[i + 1][1] and len(words[i + 2][1]) == 1:
                out.add((a[0], words[i + 1][0], words[i + 2][1][0]))
    return out


@lru_cache(maxsize=1)
def _caption_phrases() -> dict[tuple[str, ...], frozenset[str]]:
    """Each phrase of the captions and the figures whose captions hold it."""
    where: dict[tuple[str, ...], set[str]] = {}
    for fig in corpus.figures():
        if fig.clash:  # two figures share its number: the text's "Figure 17" cannot tell which one it discusses
            continue
        for p in _phrases(fig.caption):
            where.setdefault(p, set()).add(str(fig.number))
    return {p: frozenset(f) for p, f in where.items()}


@once
def _regional() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """(number, the regions it names, the words that tell it from the other figures of those regions) of each
    figure whose caption names regions ("R&D cooperation – South-East Europe" is told by "r&d")."""
    # the report's region names in any spelling (a late import: retrieval.extract imports this module)
    from retrieval.extract import named_in

    figs = [(str(f.number), named_in("region", f.caption), frozenset(tokenize(f.caption))) for f in corpus.figures()
            if not f.clash]
    out = []
    for number, regions, words in figs:
        if not regions:
            continue
        same = [w for _, r, w in figs if r == regions]
        common = frozenset.intersection(*same)
        out.append((number, regions, words - common - _region_words()))
    return tuple(out)


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """Every word of any spelling of the report's region names ("south", "east" of "South-East Europe")."""
    from retrieval import vocab

    return frozenset(tokenize(" ".join(f"{a.alias} {a.canonical}" for a in vocab.aliases() if a.kind == "region")))


@lru_cache(maxsize=1)
def _spelled_out() -> dict[str, str]:
    """The first word of what each "X&Y" word telling the regions' figures apart stands for, as the report spells it
    out ("research" of "research and development" for "R&D"), and that word: users write the word, not the sign."""
    out = {}
    for told in frozenset().union(*(t for _, _, t in _regional())):
        if re.fullmatch(r"[a-z]&[a-z]", told):
            m = re.search(rf"\b({told[0]}\w+) (?:and|&) {told[2]}\w+", corpus.report_text(), re.IGNORECASE)
            if m and (head := tokenize(m[1])):
                out[head[0]] = told
    return out


def by_region(question: str, regions: frozenset[str]) -> frozenset[str]:
    """The figures of the regions ``question`` names (``regions``, canonical) that it also tells apart by a word of
    their captions ("southeast europe R&D partners", "… research partners", "r and d": the R&D figures of Southeast
    Europe)."""
    if not regions:
        return frozenset()
    asked = set(tokenize(question))
    asked |= {told for word, told in _spelled_out().items() if word in asked
              or re.search(rf"\b{told[0]} ?(?:&|and|\+|n) ?{told[2]}\b", question, re.IGNORECASE)}  # "r and d"
    return frozenset(n for n, r, told in _regional() if r == regions and told & asked)


def named(question: str, sents: Sentences) -> frozenset[str]:
    """The numbers of the figures ``question`` names: by number, or by a phrase of its caption ("the 'functional
    chain' picture") that no sentence of the body text holds and at most ``AT_MOST_FIGURES`` captions do."""
    out = set(_NUMBER.findall(question))
    captions = _caption_phrases()
    for p in _phrases(question):
        figs = captions.get(p, frozenset())
        if figs and len(figs) <= AT_MOST_FIGURES and not any(
                sents.items[i].role == BODY for i in sents.holding((p[0], p[2]))):
            out |= figs
    return frozenset(out)
