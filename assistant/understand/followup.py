"""Signs that a question leans on the previous turn, or says it starts afresh."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.frame import Followup

_GROUP = {"both": "both", "either": "either", "any": "either", "neither": "neither", "each": "and", "all": "and"}


def followup(text: str, asked: str = "") -> Followup:
    """The signs in the folded ``text``; a new subject is read on the words as ``asked`` (their punctuation ends a
    marker: "forget that. and upstream?")."""
    g = C.GROUP_REF.search(text) or C.SHARED.search(text)
    n = C.NTH_REF.search(text)
    return Followup(opener=bool(C.FOLLOW.search(text)), pronoun=bool(C.PRONOUN_REF.search(text)),
                    of_those=bool(C.OF_THOSE.search(text) or _ONLY_ONES.search(text)), short=len(re.findall(r"\w+", text)) <= 4,
                    switch=opening(asked or text)[1] == "switch", group=_group(g) if g else None,
                    nth=C.ORDINALS[n["nth"]] if n else None)


# "only the ones that …", "just the ones with …": a cut of the last answer, as "of those" is
_ONLY_ONES = re.compile(r"\b(?:only|just|keep) the ones?\b")


def _group(m: re.Match) -> str:
    """The combination a group reference asks for: "both of them" both, "either of them" either, "those two" and."""
    if m.re is C.SHARED:
        return "both"
    word = m["comb"] or m["after"] or m["bare"]
    return _GROUP[word] if word else "and"


# "…, not the other way round", "… and not vice versa" at the end: it only confirms the direction the words say
_ONE_WAY = re.compile(r"\s*[,;:-]?\s*(?:and |but |so )?(?:not|never) (?:the other way (?:round|around)|vice versa|"
                      r"(?:the |in )?reverse|the opposite(?: way)?)(?=\W*$)", re.IGNORECASE)


# thanks or praise for the answer before, closed by punctuation ("thanks. now …", "great, thx! and …", "cheers -
# which …"): no part of what is asked, so a marker after it still starts afresh
_COURTESY = re.compile(r"^\s*(?:(?:ok(?:ay)?|great|perfect|cool|nice|excellent|brilliant|super|good|got it|"
                       r"many thanks|thanks(?: a lot| so much)?|thank you(?: very much)?|thx|ty|cheers)"
                       r"\s*[.,!;:\u2014\u2013-]+\s*)+(?=\w)", re.IGNORECASE)


def opening(question: str) -> tuple[str, str | None]:
    """The question without the opening words that are no part of what it asks, and what they said: "switch"
    (a new subject: "unrelated: …", "new q - …", "and separately, …"), "correction" ("no sorry, I meant …") or
    None (fillers only, "hmm", "… pls", or nothing; a closing ", not the other way round" only confirms the
    direction said). Words that are all marker and no question stay as they are."""
    text = _ONE_WAY.sub("", C.FILLER_END.sub(r"\1", C.FILLER_START.sub("", _COURTESY.sub("", question, count=1), count=1)))
    for kind, cue in (("switch", C.SWITCH), ("correction", C.CORRECTION)):
        m = cue.match(text)
        if m is not None and text[m.end():].strip(" ?.!"):
            return text[m.end():], kind
    return (text, None) if text.strip(" ?.!") else (question, None)


def strip_switch(question: str) -> tuple[str, bool]:
    """The question without an opening that says it starts afresh ("new question: …"), and whether it had one."""
    rest, kind = opening(question)
    return (rest, True) if kind == "switch" else (question, False)


def leaning(frame):
    """A correction's words ("no, I meant upstream") lean on the turn before, as an opening "and" does."""
    return replace(frame, followup=replace(frame.followup, opener=True))
