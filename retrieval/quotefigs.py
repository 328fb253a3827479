"""Which of the figures a quote names is the one the question is about.

A quote often names several figures ("… identified from Figure 3 and Figure 4 … Thus, Figure 5 as consolidated
matrix shows …"). The answer cites the one the question asks about: the figure the question names by number, else
the one whose caption, or the words the quote puts around its name, hold the most of the question's words that tell
the named figures apart (weighted by how rarely the report uses them: "AOSI" tells Figure 5 from Figures 3 and 4,
"effect" hardly does; "Figure 5 as consolidated matrix" is the consolidated one), else the first named.
"""

from __future__ import annotations

import re

import corpus
from retrieval import rarity
from retrieval.chunks import _FIG_NAMED, figure_key
from retrieval.lexical import tokenize

_ASKED_NUMBER = re.compile(r"\bfig(?:ure|\.)?s?\s*(\d+)\b", re.IGNORECASE)


# the words around a figure's name that the quote says about it: within its clause, this many either side
AROUND_WORDS = 4
_CLAUSE = re.compile(r"[.;:\n]")


def named_figures(text: str, offset: int) -> list[str]:
    """The keys of the figures ``text`` (at report ``offset``) names, in order, each once; numbers the report has no
    figure for are left out."""
    return list(_mentions(text, offset))


def _mentions(text: str, offset: int) -> dict[str, frozenset[str]]:
    """Each figure ``text`` names (its key, in order) and the words (tokens) around its names there."""
    keys = {f.key for f in corpus.figures()}
    out: dict[str, frozenset[str]] = {}
    for m in _FIG_NAMED.finditer(text):
        key = figure_key(int(m[1]), offset + m.start())
        if key not in keys:
            continue
        before = _CLAUSE.split(text[: m.start()])[-1].split()[-AROUND_WORDS:]
        after = _CLAUSE.split(text[m.end() :])[0].split()[:AROUND_WORDS]
        out[key] = out.get(key, frozenset()) | frozenset(tokenize(" ".join(before + after)))
    return out


def _captions() -> dict[str, frozenset[str]]:
    return {f.key: frozenset(tokenize(f.caption)) for f in corpus.figures()}


def asked_figure(question: str, text: str, offset: int) -> str | None:
    """Of the figures ``text`` (a quote at report ``offset``) names, the one ``question`` is about; None when it
    names none."""
    mentions = _mentions(text, offset)
    keys = list(mentions)
    if len(keys) < 2:
        return keys[0] if keys else None
    numbers = set(_ASKED_NUMBER.findall(question))
    by_number = [k for k in keys if k.rstrip("b") in numbers]
    if by_number:
        return by_number[0]
    captions = _captions()
    words = [captions.get(k, frozenset()) | mentions[k] for k in keys]
    telling = frozenset().union(*words) - frozenset.intersection(*words)
    asked = set(tokenize(question)) & telling
    if not asked:
        return keys[0]
    scores = [sum(rarity.idf(t) for t in asked & w) for w in words]
    best = max(scores)
    return keys[scores.index(best)] if best > 0 else keys[0]
