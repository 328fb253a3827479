"""BM25 over the chunks: Snowball (Porter2) stems from PyStemmer, weights from bm25s (Lucene's BM25 variant).

Both replace hand-written code (a suffix stripper and an inverted index over rank-bm25's weights); the figures
before and after are in docs/NARRATIVE.md (``python -m bench.narrative``).

bm25s computes every (term, chunk) weight once, when the index is made; a query's score of a chunk is the sum of
the weights of its terms, which is all this module does at query time. The weights travel in the query snapshot
(``retrieval.snapshot``) with a signature of the texts and of this tokenizer, so a process that opens a current
snapshot never imports bm25s (nor scipy, which bm25s imports).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import Stemmer

if TYPE_CHECKING:  # numpy is imported by the functions that use it: a tool answer only tokenizes (~0.1 s saved)
    import numpy as np

K1 = 1.5
B = 0.75
METHOD = "lucene"  # bm25s's methods with a non-occurrence score (bm25l, bm25+) would need more than the sums here

_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each either few for from further had has have having he her
here hers him his how i if in into is it its itself just may me might more most much must my no nor not now of
off on once only or other our out over own same shall she should so some such than that the their them then
there these they this those through to too under until up upon very via was we were what when where whether which
while who whom why will with within without would you your report say says said tell describe mean means meant
""".split())

_STEMMER = Stemmer.Stemmer("english")
_WORD = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)?")


def stem(word: str) -> str:
    """The Snowball English stem: 'clusters'/'cluster', 'internationalisation'/'internationalise' agree."""
    return _STEMMER.stemWord(word)


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop words dropped, stemmed. 'R&D' stays one token."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)  # a search tokenizes its question, its words and its best passages several times over
def _tokens(text: str) -> tuple[str, ...]:
    words = _WORD.findall(text.lower().replace("’", "'"))
    return tuple(_STEMMER.stemWords([w for w in words if w not in _STOP and (len(w) > 1 or w.isdigit())]))


def signature(texts: Sequence[str]) -> str:
    """What BM25 weights depend on: the texts, this module's code (tokenizer, stop words, k1, b), and the installed
    bm25s and PyStemmer (their files' sizes and times: cheaper than reading package metadata, and never stale)."""
    import importlib.util

    h = hashlib.sha256(Path(__file__).read_bytes())
    spec = importlib.util.find_spec("bm25s")  # finds the package without importing it
    for f in (spec.origin if spec else None, Stemmer.__file__):
        with contextlib.suppress(OSError, TypeError):
            st = os.stat(f)
            h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    for t in texts:
        h.update(b"\0" + t.encode("utf-8"))
    return h.hexdigest()


@dataclass(frozen=True)
class Weights:
    """bm25s's (term, document) weights in compressed sparse column form, and the term of each column."""

    terms: list[str]
    data: np.ndarray  # float32 weights
    indices: np.ndarray  # the document of each weight
    indptr: np.ndarray  # column t holds data[indptr[t]:indptr[t+1]]
    n: int  # documents


class BM25Index:
    """BM25 (k1=1.5, b=0.75, Lucene's idf) over tokenized texts: bm25s's weights, summed per query."""

    def __init__(self, texts: Sequence[str]) -> None:
        import numpy as np

        docs = [tokenize(t) or ["\x00"] for t in texts]
        self._set(_bm25s_weights(docs) if docs else Weights([], np.zeros(0, np.float32), np.zeros(0, np.int64),
                                                             np.zeros(1, np.int64), 0))

    @classmethod
    def from_weights(cls, w: Weights) -> BM25Index:
        """An index from weights bm25s computed earlier (see ``weights``)."""
        index = cls.__new__(cls)
        index._set(w)
        return index

    def _set(self, w: Weights) -> None:
        self.weights = w
        self.n = w.n
        self._vocab: dict[str, int] = {t: i for i, t in enumerate(w.terms)}

    @property
    def vocabulary(self) -> dict[str, int]:
        """Every indexed term (with its id)."""
        return self._vocab

    def scores(self, query: str | Sequence[str]) -> np.ndarray:
        """A BM25 score for every document: the sum of the weights of the query's terms (each occurrence)."""
        import numpy as np

        tokens = tokenize(query) if isinstance(query, str) else list(query)
        out = np.zeros(self.n, dtype=np.float32)
        w = self.weights
        for t in tokens:
            col = self._vocab.get(t)
            if col is not None:
                lo, hi = w.indptr[col], w.indptr[col + 1]
                out[w.indices[lo:hi]] += w.data[lo:hi]  # a column names each document once
        return out


def _bm25s_weights(docs: list[list[str]]) -> Weights:
    import bm25s
    import numpy as np

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s logs its steps at DEBUG level to any handler
    model = bm25s.BM25(k1=K1, b=B, method=METHOD)
    model.index(docs, show_progress=False)
    s = model.scores
    terms = [""] * len(model.vocab_dict)
    for t, i in model.vocab_dict.items():
        terms[i] = t
    return Weights(terms, np.asarray(s["data"], dtype=np.float32), np.asarray(s["indices"], dtype=np.int64),
                   np.asarray(s["indptr"], dtype=np.int64), int(s["num_docs"]))
