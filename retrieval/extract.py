"""Extractive answers: the 1-3 sentences of the top passages closest to the question, verbatim."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

import corpus
from retrieval.chunks import Chunk
from retrieval.records import Passage, Quote

MAX_QUOTES = 3
# A further sentence is quoted only when it is nearly as close to the question as the best one.
MARGIN = 0.08
# Sentences of the best passage get a small head start: the hybrid ranking knows more than one sentence.
RANK_BONUS = (0.03, 0.015, 0.0)


# List items, headings and other short fragments answer a question less well than a whole sentence.
FRAGMENT_PENALTY = 0.1
MIN_WORDS = 8


def _fragment(text: str) -> bool:
    t = text.strip()
    return t.startswith(("-", "•", "⇒")) or len(t.split()) < MIN_WORDS or "\t" in t


def pick_quotes(passages: Sequence[Passage], chunks: Sequence[Chunk], sentence_vectors: Sequence[np.ndarray],
                qvec: np.ndarray) -> list[Quote]:
    """Score every candidate sentence of ``chunks`` against ``qvec`` and keep the best 1-3."""
    cands: list[tuple[float, float, int, int]] = []  # (score, similarity, passage rank, sentence index)
    for r, vecs in enumerate(sentence_vectors):
        if not len(vecs):
            continue
        sims = vecs @ qvec
        for j, s in enumerate(sims):
            bonus = RANK_BONUS[min(r, 2)] - (FRAGMENT_PENALTY if _fragment(chunks[r].sentences[j].text) else 0.0)
            cands.append((float(s) + bonus, float(s), r, j))
    if not cands:
        return []
    cands.sort(key=lambda c: -c[0])
    best = cands[0][0]
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for score, sim, r, j in cands:
        if len(out) == MAX_QUOTES or score < best - MARGIN:
            break
        span = chunks[r].sentences[j]
        if (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        sec = corpus.section_at(span.start)
        page = corpus.page_of(span.start)
        out.append(Quote(span.text, span.start, span.end, sec.number, sec.title, page.page, page.estimated,
                         sim, passages[r].id))
    return out
