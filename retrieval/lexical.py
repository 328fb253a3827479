"""BM25 over the chunks: rank-bm25's Okapi weights, precomputed into an inverted index.

``rank_bm25.BM25Okapi.get_scores`` walks every document in Python for each query term; here the same
weights are computed once at load time, so a query only touches the postings of its own terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rank_bm25 import BM25Okapi

_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each either few for from further had has have having he her
here hers him his how i if in into is it its itself just may me might more most much must my no nor not now of
off on once only or other our out over own same shall she should so some such than that the their them then
there these they this those through to too under until up upon very via was we were what when where whether which
while who whom why will with within without would you your report say says said tell describe mean means meant
""".split())

_SUFFIXES = (
    ("isations", "is"), ("izations", "is"), ("isation", "is"), ("ization", "is"), ("ational", "ate"),
    ("ising", "is"), ("izing", "is"), ("ised", "is"), ("ized", "is"), ("ises", "is"), ("izes", "is"),
    ("ise", "is"), ("ize", "is"), ("ations", ""), ("ation", ""), ("ities", ""), ("ity", ""), ("ives", ""),
    ("ive", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("ers", ""), ("er", ""), ("ed", ""), ("ly", ""),
    ("es", ""), ("s", ""), ("ate", ""), ("al", ""),
)


def stem(word: str) -> str:
    """A light suffix stripper: 'clusters'/'cluster', 'internationalisation'/'internationalise' agree."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suf, rep in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            if suf == "s" and word.endswith(("ss", "us", "is")):
                continue
            return stem(word[: -len(suf)] + rep) if rep == "is" and suf != "ise" else word[: -len(suf)] + rep
    return word


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop words dropped, stemmed. 'R&D' stays one token."""
    words = re.findall(r"[a-z0-9]+(?:&[a-z0-9]+)?", text.lower().replace("’", "'"))
    return [stem(w) for w in words if w not in _STOP and (len(w) > 1 or w.isdigit())]


class BM25Index:
    """Okapi BM25 (k1=1.5, b=0.75, as rank-bm25) with an inverted index for fast scoring."""

    def __init__(self, texts: Sequence[str]) -> None:
        docs = [tokenize(t) for t in texts]
        self.n = len(docs)
        bm = BM25Okapi([d or ["\x00"] for d in docs])
        self.reference = bm  # rank-bm25's own scorer, for tests and small corpora
        dl = np.asarray(bm.doc_len, dtype=np.float64)
        norm = bm.k1 * (1 - bm.b + bm.b * dl / bm.avgdl)
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for i, freqs in enumerate(bm.doc_freqs):
            for term, tf in freqs.items():
                w = bm.idf.get(term, 0.0) * tf * (bm.k1 + 1) / (tf + norm[i])
                ids, ws = postings.setdefault(term, ([], []))
                ids.append(i)
                ws.append(w)
        self._postings = {t: (np.asarray(i, dtype=np.int64), np.asarray(w, dtype=np.float32))
                          for t, (i, w) in postings.items()}

    @property
    def vocabulary(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Every indexed term (with its postings)."""
        return self._postings

    def scores(self, query: str | Sequence[str]) -> np.ndarray:
        """A BM25 score for every document (same as ``BM25Okapi.get_scores`` on the tokens)."""
        tokens = tokenize(query) if isinstance(query, str) else list(query)
        out = np.zeros(self.n, dtype=np.float32)
        for t in tokens:
            p = self._postings.get(t)
            if p is not None:
                out[p[0]] += p[1]
        return out
