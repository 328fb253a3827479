"""Signs that a question leans on the previous turn, or says it starts afresh."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Followup

_GROUP = {"both": "both", "either": "either", "any": "either", "neither": "neither", "each": "and", "all": "and"}


def followup(text: str) -> Followup:
    g = C.GROUP_REF.search(text) or C.SHARED.search(text)
    n = C.NTH_REF.search(text)
    return Followup(opener=bool(C.FOLLOW.search(text)), pronoun=bool(C.PRONOUN_REF.search(text)),
                    of_those=bool(C.OF_THOSE.search(text)), short=len(re.findall(r"\w+", text)) <= 4,
                    switch=bool(C.SWITCH.match(text)), group=_group(g) if g else None,
                    nth=C.ORDINALS[n["nth"]] if n else None)


def _group(m: re.Match) -> str:
    """The combination a group reference asks for: "both of them" both, "either of them" either, "those two" and."""
    if m.re is C.SHARED:
        return "both"
    word = m["comb"] or m["after"] or m["bare"]
    return _GROUP[word] if word else "and"


def strip_switch(question: str) -> tuple[str, bool]:
    """The question without an opening that says it starts afresh ("new question: …"), and whether it had one."""
    m = C.SWITCH.match(question)
    if m is None or not question[m.end():].strip():
        return question, False
    return question[m.end():], True
