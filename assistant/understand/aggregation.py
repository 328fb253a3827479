"""Aggregation: most, least, nth, at least n, more than n, exactly n, none, each."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Aggregation


def _n(word: str) -> int:
    return C.NUMBER_WORDS.get(word) or int(word)


_LISTED = re.compile(r"\b(list|name|show|give|enumerate|tell me)( me)?\s*$")


def aggregation(text: str) -> Aggregation | None:
    """The first aggregation the question asks for, or None."""
    m = C.NTH.search(text)
    if m and m[1]:
        return Aggregation("nth", C.ORDINALS[m[1]])
    m = C.TOP_N.search(text)
    if m:
        return Aggregation("top", _n(m[1]))
    if C.AGG_LEAST.search(text):
        return Aggregation("least")
    if C.AGG_MOST.search(text) and not re.search(r"\bat most\b", text):
        return Aggregation("most")
    for pat, kind in ((C.EXACTLY_N, "exactly"), (C.MORE_THAN_N, "more_than")):
        m = pat.search(text)
        if m:
            return Aggregation(kind, _n(m[2]))
    m = C.AT_LEAST_N.search(text)
    if m:
        return Aggregation("at_least", _n(m[2] or m[3]))
    if C.NONE_AGG.search(text):
        return Aggregation("none")
    if m := C.NTH.search(text):
        return Aggregation("nth", C.ORDINALS[m[3]])
    m = C.EACH_AGG.search(text)
    if m and not _LISTED.search(text, 0, m.start()):  # "list every trend/industry combination": all of them
        return Aggregation("each")
    return None
