"""A sentence of the report quoted in a question ("the report says 'four out of twelve hotspots … can be grouped even
to Logistical Services' - which four"): the figure that sentence itself cites or points to ("(see Figure 5)") is the
table the quoted words speak of, whatever other figure those words would name on their own ("hotspots" is also
Figure 6's word). The sentences and their figures are ``structured/data/figure_text.csv``'s citing and pointing
rows, derived from the corpus."""

from __future__ import annotations

import re

from corpus.once import once

# a quoted stretch of the question: in straight or curly quotes, at least four words
_QUOTE = re.compile(r"[\"'\u2018\u201c]([^\"\u2019\u201d]{12,}?)[\"'\u2019\u201d](?=\W|$)")
_WORD = re.compile(r"[a-z][a-z-]+")
_SHARE = 0.8  # the share of the quote's words one sentence of the report must hold to be the one quoted


@once
def _sentences() -> tuple[tuple[str, frozenset[str]], ...]:
    """(figure, words) of every sentence of the body that cites or points to one figure."""
    from structured.figure_text import load

    return tuple((t.figure, frozenset(_WORD.findall(t.text.lower()))) for t in load()
                 if t.source in ("citing", "pointing"))


def quoted_figure(question: str) -> str | None:
    """The one figure the sentences a question quotes cite, or None (no quote, no sentence of the report holds it,
    or the sentences that might cite different figures)."""
    found: set[str] = set()
    for m in _QUOTE.finditer(question):
        words = [w for w in _WORD.findall(m[1].lower()) if len(w) > 2]
        if len(words) < 4:
            continue
        for figure, held in _sentences():
            if sum(w in held for w in words) >= _SHARE * len(words):
                found.add(figure)
    return found.pop() if len(found) == 1 else None
