"""How several names or relations combine: and, or, minus, both, either, neither, "the only one"."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Combination


def combination(text: str, n_names: int, spans: tuple[tuple[int, int], ...] | None = None) -> Combination | None:
    """The combination asked for; plain "and"/"or" count only between two or more names. With the names' places
    (``spans``), "but not" / "except" takes a name away only when a name follows it in its clause: "hit both medtech
    and logistics downstream but not upstream" sets a direction aside, not a name."""
    for pat, kind in ((C.NEITHER_COMB, "neither"), (C.ONLY_COMB, "only"), (C.MINUS_COMB, "minus"),
                      (C.BOTH_COMB, "both"), (C.EITHER_COMB, "either")):
        if kind == "minus" and spans is not None and len(spans) >= 2:
            if any(_name_follows(text, m.end(), spans) for m in pat.finditer(text)):
                return kind
            continue
        if pat.search(text):
            return kind
    if n_names >= 2 and C.OR_COMB.search(text):
        return "or"
    if n_names >= 2 and C.AND_COMB.search(text):
        return "and"
    return None


_CLAUSE_END = re.compile(r"[,;?.]|\b(and|or|but|which|that|while|whereas)\b")


def _name_follows(text: str, at: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """A name starts after ``at`` before the clause ends."""
    end = _CLAUSE_END.search(text, at)
    stop = end.start() if end else len(text)
    return any(at <= s < stop for s, _ in spans)
