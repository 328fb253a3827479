"""The user's spellings of the report's own words: abbreviations ("orgs") and typos ("logisitcs") written as the
report writes them, so their words can be looked for in its sentences. Both come from the report's text
(``assistant.abbreviations``, ``retrieval.vocab.report_words``)."""

from __future__ import annotations

import re

from assistant.abbreviations import expansion
from assistant.salient import TYPO_LENGTH
from retrieval import vocab


def spelled(text: str) -> str:
    """``text`` with each user's abbreviation of the report's words ("orgs") written as the report's word."""
    return re.sub(r"[A-Za-z]+", lambda m: m[0] if m[0].lower() in vocab.report_words() else expansion(m[0]) or m[0], text)


def corrected(text: str) -> str:
    """``text`` with each word one edit from a word of the report (and at least ``TYPO_LENGTH`` letters long) written
    as the report's word: "IT changed logisitcs firms" -> "IT changed logistics firms"."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    def fix(m: re.Match) -> str:
        w = m[0].lower()
        if len(w) < TYPO_LENGTH or w in vocab.report_words():
            return m[0]
        hit = process.extractOne(w, vocab.report_words(), scorer=OSA.distance, score_cutoff=1)
        return hit[0] if hit else m[0]

    return re.sub(r"[A-Za-z]+", fix, text)
