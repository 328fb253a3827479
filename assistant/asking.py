"""The asking clause of a question that first states something: "Figure 5 flags X as an AOSI. Is that cell marked in
the upstream matrix?" names Figure 5 in its premise and asks about Figure 4. A plan that reads every impact matrix
the asking clause names answered what was asked; the figure stated in the premise is what the question is about,
not a figure the plan should have read. The words are the report's names of its three impact matrices (their
numbers, their direction words), not a list fitted to questions."""

from __future__ import annotations

import re

from assistant import cues as C

# a sentence ends, or a dash or colon sets a statement apart from the question after it
_BREAK = re.compile(r"(?<=[.!])\s+|\s+[-\u2013\u2014]+\s+|:\s+")
# the impact matrices by their words: downstream (Figure 3), upstream (Figure 4), areas of strong interdependency (5)
_MATRIX_WORDS = (("3", C.DOWN), ("4", C.UP), ("5", C.AOSI_PROPER))


def matrices_named(text: str) -> set[str]:
    """The impact matrices (by figure number) a text names, by number or by their words."""
    low = text.lower()
    said = {m[1] for m in C.FIGURE_REF.finditer(low) if m[1] in ("3", "4", "5") and not m[2]}
    return said | {key for key, words in _MATRIX_WORDS if words.search(low)}


def asking_clause(text: str) -> str | None:
    """The last clause of a question that states something before it (None when it is one clause)."""
    parts = [p for p in _BREAK.split(text.strip()) if p.strip()]
    return parts[-1] if len(parts) > 1 else None


def premise_only(text: str, read: set[str]) -> bool:
    """The question states something about an impact matrix the plan does not read before its asking clause, and
    every matrix the asking clause names is one the plan reads (``read``, by figure number): the matrix of the
    statement is its premise."""
    asked = asking_clause(text)
    if asked is None:
        return False
    named = matrices_named(asked)
    stated = matrices_named(text[: text.rfind(asked)])  # the statement names a matrix the plan does not read
    return bool(named) and named <= read and bool(stated - read)


def stated_only(text: str, read: set[str]) -> set[str]:
    """The impact matrices named only in the statement before the asking clause (by figure number), when the plan
    reads every one the asking clause names; an empty set otherwise."""
    asked = asking_clause(text)
    if asked is None or not premise_only(text, read):
        return set()
    return matrices_named(text) - matrices_named(asked)
