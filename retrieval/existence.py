"""Where the report says whether a thing the question asks about exists: "is there one single service that …" is
answered where the report says "there is not a singular service …".

A question that asks whether something exists ("is there a …", "are there any …") names the thing right after "there";
the report says so in a sentence of body text with "there is" / "there are" (or "there is not", "there are no")
followed, within ``NEAR_WORDS`` words, by the thing's noun. Quantifiers ("one", "single", "any", "really") name no
thing. Those sentences are named by the question, like a phrase it quotes (``Sentences.quoted``): their passages
compete for the lead and they get ``scoring.QUOTED_BONUS``.
"""

from __future__ import annotations

import re

from retrieval.kinds import ASKING_WORDS
from retrieval.lexical import tokenize
from retrieval.roles import BODY
from retrieval.sentences import Sentences

NEAR_WORDS = 4
_ASKED = re.compile(r"\b(?:is|are) there\b((?:\s+[\w-]+){1,5})", re.IGNORECASE)
_SAID = re.compile(rf"\bthere (?:is|are)\b((?:\s+[\w-]+){{1,{NEAR_WORDS + 1}}})", re.IGNORECASE)
_NO_THING = frozenset(tokenize("one single singular any really actually truly some just only anything something "
                               "a an the that which what one's kind sort type"))
_ASKING = frozenset(tokenize(" ".join(ASKING_WORDS)))


def asked_thing(question: str) -> frozenset[str]:
    """The words (tokens) naming the thing an existence question asks about ("is there one single cluster service
    that …" -> cluster, service); empty when it asks no existence."""
    m = _ASKED.search(question)
    if not m:
        return frozenset()
    words = []
    for w in m[1].split():
        if w.lower() in ("that", "which", "who", "for", "to", "in", "of", "on", "about", "with", "where", "when"):
            break
        words += tokenize(w)
    return frozenset(words) - _NO_THING - _ASKING


def said(question: str, sents: Sentences) -> frozenset[int]:
    """Start offsets of the body sentences saying whether the thing ``question`` asks about exists."""
    thing = asked_thing(question)
    if not thing:
        return frozenset()
    ids = set().union(*(sents.where.get(t, ()) for t in thing))
    out = set()
    for i in ids:
        s = sents.items[i]
        if s.role != BODY:
            continue
        if any(thing & set(tokenize(m[1])) for m in _SAID.finditer(s.text)):
            out.add(s.start)
    return frozenset(out)
