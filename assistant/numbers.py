"""A passage answer to a question that asks for a number ("how many …", "the turnover of …", "what share …") whose
lead quote gives no quantity at all: the passage is about the words, not the number asked, so the answer is unsure
and its reading says so. The patterns are generic English (``assistant.measures`` reads the measures)."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.frame import Frame
from assistant.measures import _QUANTITY, measure_asked

# a question asking for a number: a count, an amount, a share, a rate or a score
_ASKS_NUMBER = re.compile(r"\bhow (?:many|much|big|large|high|fast)\b|\bwhat (?:share|percentage|proportion|number|"
                          r"amount|rate|score)\b|\b(?:growth|job|employment) rates?\b|\bscores?\b.*\bout of\b",
                          re.IGNORECASE)


def number_unquoted(ans: Answer, frame: Frame) -> str | None:
    """The number asked, when the lead quote of a passage answer holds no quantity; else None."""
    if ans.route != "retrieval" or not ans.citations:
        return None
    asked = _ASKS_NUMBER.search(frame.text) or measure_asked(frame.text)
    if not asked or _QUANTITY.search(ans.citations[0].quote or ""):
        return None
    said = asked if isinstance(asked, str) else asked[0]
    return f"\u201c{said}\u201d \u2014 the quote gives no number"
