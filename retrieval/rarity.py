"""How rarely the report uses a word: its document frequency and idf over the report's paragraphs."""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

import corpus
from retrieval.lexical import tokenize


@cache
def paragraph_counts() -> tuple[Counter, int]:
    """How many paragraphs of the report use each word (token), and how many paragraphs there are."""
    paragraphs = [p for p in corpus.report_text().split("\n\n") if p.strip()]
    return Counter(t for p in paragraphs for t in set(tokenize(p))), len(paragraphs) or 1


def idf(token: str) -> float:
    """The word's idf over the report's paragraphs (highest for a word the report never uses)."""
    df, n = paragraph_counts()
    return math.log((n + 1) / (df.get(token, 0) + 0.5))


def paragraphs_using(token: str) -> int:
    """How many paragraphs of the report use the word."""
    return paragraph_counts()[0].get(token, 0)
