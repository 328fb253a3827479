"""An unknown word the question is asked for or measured against: "what does it mean for hovercraft makers", "how
do our clusters compare to Atlantis", "more than the moon base". Such a word is the question's audience or its
yardstick, not a word that frames how it asks, so a passage answer that never read it is a guess at best (the quote
holds the rest of the question, not what it is for or compared with). The patterns are generic English."""

from __future__ import annotations

import re

from assistant.coverage import Coverage

# right before the word: "for", "than", "versus", "compared to/with", "similar to", with an article or a possessive
_YARDSTICK_BEFORE = re.compile(r"\b(?:for|than|versus|vs\.?|(?:compared?|comparison|similar|relative) (?:to|with))\s+"
                               r"(?:(?:the|a|an|their|its|our|my|his|her)\s+)?$")


def unknown_comparand(cov: Coverage, question: str) -> str | None:
    """The first unknown term of ``cov`` that stands right after "for", "than", "compared to" …; a verb's "-ing"
    form there ("outsourcing versus staying integrated") is a way of asking, not a thing asked about."""
    text = question.lower()
    for term in cov.unknown:
        first = term.split()[0]
        if first.endswith("ing"):
            continue
        m = re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)
        if m and _YARDSTICK_BEFORE.search(text[: m.start()]):
            return term
    return None
