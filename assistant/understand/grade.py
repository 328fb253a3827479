"""One grade bound on the figure's own scale: cooperation ``++ + o -`` or crossover ``✓✓ ✓``.

"strong" means at least strong unless the question says "only" or "exactly".
"""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Grade

_CROSSOVER = re.compile(r"✓|\btick|\bcheck|\bcross-?over|\bparameters?\b|\bvalue[- ]chain|\bmarks?\b|\bmarked\b")
_HOW = re.compile(r"\bhow (strong|strongly|intense|intensive|close)\b")
_HYPHENS = re.compile(r"(?<=[a-z])-(?=(or|and|to|than)\b)|(?<=\bor)-(?=[a-z])|(?<=\band)-(?=[a-z])")  # medium-or-better
_EXACT = re.compile(r"\b(only|exactly|just|precisely)\b")


def grade(text: str, crossover: bool = False) -> Grade | None:
    """The grade bound, or None when the question names no grade. ``crossover``: the question names a
    parameter or a sub-trend, so its grade words are on Figure 7's scale."""
    text = _HOW.sub(" ", _HYPHENS.sub(" ", text))
    if crossover or _CROSSOVER.search(text) and not C.COOP.search(text.replace("strong", "")):
        sym = C.check_grade(text)
        if sym is None:
            return None
        mode = "exact" if _EXACT.search(text) and sym == "✓" else "at_least"
        return Grade("crossover", sym, mode)
    cue = C.grade_cue(text)
    if cue is None:
        return None
    sym, mode = cue
    if sym in ("+", "++") and mode == "exact" and not _EXACT.search(text):
        mode = "at_least" if sym == "+" else "exact"
    return Grade("cooperation", sym, mode)
