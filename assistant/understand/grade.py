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
# "only strong", "exactly ✓": the grade exactly; "only one parameter", "exactly 3 marks" bound a count, not a grade
_EXACT = re.compile(r"\b(only|exactly|just|precisely)\b(?! (\d+|one|two|three|four|five|six|seven|eight|nine|ten|a single)\b)")
# Figure 7's one-tick symbol, printed or spelled: exactly that grade ("rated ✓", "a single tick"), unless the
# question widens it ("✓ or better", "at least one tick")
_ONE_TICK = re.compile(r"(?<!✓)✓(?!✓)|\b(single|one)[ -](tick|check)(s|ed)?\b")
_WIDER = re.compile(r"\bat least\b|\bor (better|more|stronger|above|higher|very strong|✓✓)|✓✓ or\b|\bor ✓✓|\bany\b")


_FIGURE7_WORDS = re.compile(r"✓|\btick|\bcheck|\bcross-?over|\bparameters?\b|\bvalue[- ]chain|\bstrong")


def _impact_mark(text: str) -> bool:
    """"Marked in the upstream matrix": a mark of an impact matrix (Figures 3-5 have no grades), not Figure 7's."""
    return not _FIGURE7_WORDS.search(text) and bool(C.DOWN.search(text) or C.UP.search(text) or C.AOSI.search(text))


def grade(text: str, crossover: bool = False) -> Grade | None:
    """The grade bound, or None when the question names no grade. ``crossover``: the question names a
    parameter or a sub-trend, so its grade words are on Figure 7's scale."""
    text = C.AOSI_PROPER.sub(" ", _HOW.sub(" ", _HYPHENS.sub(" ", text)))  # "areas of strong …" is a name, no grade
    text = C.STRONG_CLUSTERS.sub(" ", text)  # "strong clusters" are a kind of cluster, no grade
    if crossover or _CROSSOVER.search(text) and not C.COOP.search(text.replace("strong", "")) and not _impact_mark(text):
        sym = C.check_grade(text)
        if sym is None:
            return None
        printed = _ONE_TICK.search(text) and not _WIDER.search(text) and not C.BOTH_GRADES.search(text)
        mode = "exact" if sym == "✓" and (_EXACT.search(text) or printed) else "at_least"
        return Grade("crossover", sym, mode)
    cue = C.grade_cue(text)
    if cue is None:
        return None
    sym, mode = cue
    if mode == "printed":  # the legend's symbol itself
        return Grade("cooperation", sym, "at_least" if _WIDER.search(text) else "exact")
    if sym in ("+", "++") and mode == "exact" and not _EXACT.search(text):
        mode = "at_least" if sym == "+" else "exact"
    return Grade("cooperation", sym, mode)
