"""One grade bound on the figure's own scale: cooperation ``++ + o -`` or crossover ``✓✓ ✓``.

"strong" means at least strong unless the question says "only" or "exactly".
"""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Grade

_CROSSOVER = re.compile(r"✓|\btick|\bcheck|\bcross-?over|\bparameters?\b|\bvalue[- ]chain|\bmarks?\b|\bmarked\b")
_HOW = re.compile(r"\bhow (strong|strongly|intense|intensive|close)\b")
_EXACT = re.compile(r"\b(only|exactly|just|precisely)\b")


def grade(text: str) -> Grade | None:
    """The grade bound, or None when the question names no grade."""
    text = _HOW.sub(" ", text)
    if _CROSSOVER.search(text) and not C.COOP.search(text.replace("strong", "")):
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
