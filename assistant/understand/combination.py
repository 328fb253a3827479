"""How several names or relations combine: and, or, minus, both, either, neither, "the only one"."""

from __future__ import annotations

from assistant import cues as C
from assistant.frame import Combination


def combination(text: str, n_names: int) -> Combination | None:
    """The combination asked for; plain "and"/"or" count only between two or more names."""
    for pat, kind in ((C.NEITHER_COMB, "neither"), (C.ONLY_COMB, "only"), (C.MINUS_COMB, "minus"),
                      (C.BOTH_COMB, "both"), (C.EITHER_COMB, "either")):
        if pat.search(text):
            return kind
    if n_names >= 2 and C.OR_COMB.search(text):
        return "or"
    if n_names >= 2 and C.AND_COMB.search(text):
        return "and"
    return None
