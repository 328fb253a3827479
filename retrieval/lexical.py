"""BM25 over the chunks: Snowball (Porter2) stems from PyStemmer, scores from bm25s (Lucene's BM25 variant).

Both replace hand-written code (a suffix stripper and an inverted index over rank-bm25's weights); the figures
before and after are in docs/NARRATIVE.md (``python -m bench.narrative``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import bm25s
import numpy as np
import Stemmer

K1 = 1.5
B = 0.75

_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each either few for from further had has have having he her
here hers him his how i if in into is it its itself just may me might more most much must my no nor not now of
off on once only or other our out over own same shall she should so some such than that the their them then
there these they this those through to too under until up upon very via was we were what when where whether which
while who whom why will with within without would you your report say says said tell describe mean means meant
""".split())

_STEMMER = Stemmer.Stemmer("english")


def stem(word: str) -> str:
    """The Snowball English stem: 'clusters'/'cluster', 'internationalisation'/'internationalise' agree."""
    return _STEMMER.stemWord(word)


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop words dropped, stemmed. 'R&D' stays one token."""
    words = re.findall(r"[a-z0-9]+(?:&[a-z0-9]+)?", text.lower().replace("’", "'"))
    return _STEMMER.stemWords([w for w in words if w not in _STOP and (len(w) > 1 or w.isdigit())])


class BM25Index:
    """BM25 (k1=1.5, b=0.75, Lucene's idf) over tokenized texts, scored by bm25s's sparse matrix."""

    def __init__(self, texts: Sequence[str]) -> None:
        docs = [tokenize(t) or ["\x00"] for t in texts]
        self.n = len(docs)
        self.model = bm25s.BM25(k1=K1, b=B, method="lucene")
        if docs:
            self.model.index(docs, show_progress=False)
        self._vocab: dict[str, int] = dict(self.model.vocab_dict) if docs else {}

    @property
    def vocabulary(self) -> dict[str, int]:
        """Every indexed term (with its id)."""
        return self._vocab

    def scores(self, query: str | Sequence[str]) -> np.ndarray:
        """A BM25 score for every document."""
        tokens = tokenize(query) if isinstance(query, str) else list(query)
        known = [t for t in tokens if t in self._vocab]
        if not known or not self.n:
            return np.zeros(self.n, dtype=np.float32)
        return np.asarray(self.model.get_scores(known), dtype=np.float32)
