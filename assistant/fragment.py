"""A topic written as a bare noun phrase ahead of the asking clause: "semiconductor shortage - impact on …",
"textile and fashion clusters in <country> - who do they partner with".

Coverage sets the words before a dash or a colon aside as the scene ("my client makes …", "staff check: …"). A word
there is still the question's topic when it names the kind of thing the report is about ("textile clusters") or
modifies the phrase's head ("semiconductor shortage"), the phrase opens the question and is no clause, and the
question's meaning goes with it (``assistant.incidental``: "drinking water shortage" keeps its meaning without
"drinking", "semiconductor shortage" does not without "semiconductor"). The patterns are generic English; which words
the report uses comes from its text (``assistant.coverage.known``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.coverage import FILLER, Coverage, known
from assistant.salient import OPENING, typo, word_at

# the first part of a question, before a dash or a colon that opens the asking clause
SCENE_BREAK = re.compile(r"\s(?:-|–|—)\s|:\s")
# a first part that sets a scene instead of naming a topic: "for a briefing …", "my client …", "we're a …"
SCENE_OPENS = re.compile(r"^\W*(?:for|as|my|our|we|we're|i|i'm|i've|client|context|background|here)\b", re.IGNORECASE)
# a verb of a clause in the first part: "client makes …", "X is a fuzzy buzzword", "firm worried about …"
_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|"
                     r"'s|'re|'m)\b|\w+(?:ed|ing)\s+(?:about|up|out|on|with|by|for|to|the|a|an|it|them)\b", re.IGNORECASE)
# the name of a kind of thing the report is about right after the word or after "and/or <word>": "textile clusters",
# "malta and luxembourg clusters", "satellite and space industry clusters"
_KIND_NEXT = re.compile(r"(?:\s*(?:and|or|&|/)\s*[\w-]+)?(?:\s+[\w-]+)?\s+(?:clusters?|cluster organi[sz]ations?|"
                        r"industr(?:y|ies)|sectors?|firms|compan(?:y|ies))\b", re.IGNORECASE)
# the next word of the phrase, when the word modifies it: "semiconductor <shortage>", "hydrogen <trucks>"
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")


def topic_before(cov: Coverage, question: str, aside: Callable[[str, list[str]], list[str]] | None) -> tuple[str, ...]:
    """The words the report never uses (coverage's context words) that name the topic a question writes as a noun
    phrase before its asking clause, and that carry the question's meaning (``aside`` says which do not)."""
    parts = SCENE_BREAK.split(question, maxsplit=1)
    if len(parts) < 2 or not cov.context or SCENE_OPENS.match(parts[0]) or _CLAUSE.search(parts[0]):
        return ()
    first = parts[0]
    words = [w for w in cov.context if not known(w) and not typo(w) and word_at(first, w) and _names_topic(first, w)]
    said = set(aside(question, words)) if aside and words else set()
    return tuple(w for w in words if w not in said)


def _names_topic(first: str, word: str) -> bool:
    """``word`` stands before the name of a kind of thing (with a joined word between), or opens the phrase and
    modifies its next word, a word of the report's own."""
    m = word_at(first, word)
    if _KIND_NEXT.match(first, m.end()):
        return True
    nxt = _NEXT_WORD.match(first, m.end())
    return bool(OPENING.match(first[: m.start()]) and nxt and known(nxt[1]) and nxt[1].lower() not in FILLER)
