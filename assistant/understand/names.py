"""Given names: the report's industries, trends, sub-trends, parameters, regions and countries in the question."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Name
from assistant.spot import fold, spot

# the sub-trend word said of the name before it: "X … listed as a sub-trend", "X among their sub-trends", "is X
# also a sub-trend", "X counts as one of the reactions" — not "X's sub-trends", "the sub-trends of X", "X sub-trends"
_CALLED = re.compile(r"\b(?:as|an?|among|one of)\W+(?:\w+\W+){0,2}$")
_OWNS = re.compile(r"\b(have|has|had|having|with|its|get|gets|got|bring|brings)\b")  # "X has a sub-trend list": the trend's
_NEAR = 80  # characters after the name where the sub-trend word may stand


def names(question: str) -> tuple[Name, ...]:
    """Every name ``spot`` finds, as frame records (canonical name, text as typed, span in the folded text); one
    name found twice at the same span is one name; a span read both as a mega trend and as a sub-trend is the
    sub-trend alone when the question calls it one ("is big data also listed as a sub-trend?")."""
    found = tuple(dict.fromkeys(Name(m.kind, m.canonical, m.text, m.start, m.end, m.fuzzy) for m in spot(question)))
    text = fold(question)
    subs = {(n.start, n.end) for n in found if n.kind == "subtrend" and _called_subtrend(text, n.end, found)}
    return tuple(n for n in found if not (n.kind == "trend" and (n.start, n.end) in subs))


def _called_subtrend(text: str, end: int, found: tuple[Name, ...]) -> bool:
    """The first sub-trend word after the name calls it one ("as a", "among their"), no other name between them."""
    word = C.SUBTREND_WORD.search(text, end, end + _NEAR)
    between = text[end:word.start()] if word else ""
    return word is not None and bool(_CALLED.search(between)) and not _OWNS.search(between) and \
        not any(end < n.start < word.start() for n in found)
