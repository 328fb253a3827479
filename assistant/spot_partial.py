"""A sub-trend named by one word of its own beside its industry ("point-of-care diagnostics (medtech)", "drinking
water shortage in the blue economy"): a word that only one sub-trend name holds, that the report uses nowhere but in
that name (its tables), said in a question that also names the industry whose hot-spots list that sub-trend. Read
as that sub-trend, marked fuzzy (a guess the reading says). Derived from the vocabulary and the report's word
counts; no word list."""

from __future__ import annotations

import re
from collections import Counter

from assistant.spot import _STOP, Mention, _aliases
from corpus.once import once

_WORD = re.compile(r"[a-z][a-z-]{4,}")
_RARE = 2  # the report uses the word at most this often: in the figure tables that print the name, not in its prose


@once
def _report_counts() -> Counter:
    from corpus.parse import report_text

    return Counter(_WORD.findall(report_text().lower()))


@once
def _own_words() -> dict[str, str]:
    """Word -> the one sub-trend whose names hold it, for words no other name of any kind holds and the report
    uses only where it prints that name."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for alias, kind, canonical in _aliases():
        for w in _WORD.findall(alias):
            if w not in _STOP:
                owners.setdefault(w, set()).add((kind, canonical))
    counts = _report_counts()
    return {w: next(iter(o))[1] for w, o in owners.items()
            if len(o) == 1 and next(iter(o))[0] == "subtrend" and counts[w] <= _RARE}


@once
def _industries_of() -> dict[str, frozenset[str]]:
    """Sub-trend -> the industries whose hot-spots (Figure 6) or crossover rows (Figure 7) list it."""
    import tools

    out: dict[str, frozenset[str]] = {}
    for canonical in set(_own_words().values()):
        try:
            out[canonical] = frozenset(tools.subtrend_industries(canonical).items)
        except Exception:  # a name the tool does not list: no industry to check it against
            out[canonical] = frozenset()
    return out


def partial_subtrends(folded: str, taken: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """Sub-trends named by a word of their own beside their industry; none when a sub-trend is already named."""
    if any(m.kind == "subtrend" for m in found):
        return []
    industries = {m.canonical for m in found if m.kind == "industry"}
    out: list[Mention] = []
    for m in _WORD.finditer(folded):
        canonical = _own_words().get(m[0])
        if canonical is None or any(m.start() < e and s < m.end() for s, e in taken) or \
                not industries & _industries_of().get(canonical, frozenset()):
            continue
        if all(x.canonical != canonical for x in out):
            out.append(Mention("subtrend", canonical, m[0], m.start(), m.end(), fuzzy=True))
    return out
