"""A link asked without a direction: "how are logistics and the mega trends linked", "what is the relationship
between big data and medtech". Figure 5's areas of strong interdependency are the link in both directions, the
best reading; the downstream (Figure 3) and upstream (Figure 4) matrices are the other two readings."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Name, Relation

LINK = re.compile(r"\b(link\w*|connect\w*|relat\w*|tied|ties|interplay|interact\w*|interconnect\w*|associat\w*|"
                  r"intertwin\w*|correlat\w*)\b")
# the other readings of an undirected link, offered as alternatives
OTHER_READINGS: tuple[Relation, ...] = ("downstream", "upstream")
_SIDES = {"industry": "industries", "trend": "trends"}


def linked(text: str, names: tuple[Name, ...], focus: str | None) -> bool:
    """The question asks how a trend side and an industry side are linked, and says no direction."""
    if not LINK.search(text) or any(p.search(text) for p in (C.DOWN, C.UP, C.AOSI, C.ACTIVE, C.PASSIVE,
                                                                  C.SUBTREND_WORD, C.CROSSOVER)):
        return False
    kinds = {n.kind for n in names}
    if kinds - {"industry", "trend"} - {"subtrend"} or not kinds & {"industry", "trend"}:
        return False
    sides = {_SIDES[k] for k in kinds & set(_SIDES)} | ({focus} & set(_SIDES.values()))
    return sides == {"industries", "trends"}
