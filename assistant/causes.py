"""The cause a question asks the effect of: "how did <X> disrupt …", "the impact of <X> on …", "<X> - how did it
change …", "what <X> means for …", "did <X> hurt …", "what has <X> done to …".

When a word of that cause is one the report never uses (an event, a policy, a technology it does not know), the report
cannot say what the cause did: a passage about the effect's other words, or a table of the names beside it, would
answer another question. The cause is the question's topic wherever it stands, however little of the sentence's
embedding it carries ("war" of "the <country> war"), so no judge of incidental words weighs it. The patterns are
generic English (the verbs and nouns of effect, the question words); which words the report uses comes from its text
(``assistant.coverage.known``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.cues import EFFECT_VERB as _VERB

# a noun phrase of up to three words, the shortest before what follows it; no determiner opens it (read before it)
_NP = r"(?P<np>(?:[\w&'-]+\s+){0,2}?[\w&'-]+)"
_DET = r"(?:(?:the|a|an|this|that)\s+)?"
_AUX = r"(?:did|does|do|has|have|had|will|would|could|might|may|can|is|was|are|were)"
_DASH = r"(?:\s+(?:-|–|—)\s+|\s*:\s+)"
_CAUSE = [
    # "the impact of <X> on …", "what effect did <X> have on …", "consequences of <X> for …"
    re.compile(rf"\b(?:effects?|impacts?|influence|consequences?|implications?|fallout|repercussions?)\s+(?:of|from)\s+"
               rf"{_DET}{_NP}\s+(?:on|for|in|to)\b", re.IGNORECASE),
    re.compile(rf"\b(?:effects?|impacts?|influence)\s+(?:did|does|do|has|have|had|will|would|could|might)\s+{_DET}{_NP}"
               rf"\s+(?:have|had|make)\b", re.IGNORECASE),
    # "how did the <X> affect …", "how has <X> changed …", "how would <X> be changing …"
    re.compile(rf"\bhow\s+{_AUX}\s+{_DET}{_NP}\s+(?:be(?:en)?\s+)?{_VERB}\b", re.IGNORECASE),
    # "about how <X> disrupted …", "whether <X> will change …"
    re.compile(rf"\b(?:how|whether|if)\s+{_DET}{_NP}\s+(?:{_AUX}\s+(?:be(?:en)?\s+)?)?{_VERB}\b", re.IGNORECASE),
    # "did <X> hurt …", "will the <X> change …"
    re.compile(rf"^\W*{_AUX}\s+{_DET}{_NP}\s+{_VERB}\b", re.IGNORECASE),
    # "what did <X> mean for …", "what <X> means for …"
    re.compile(rf"\bwhat\s+(?:{_AUX}\s+)?{_DET}{_NP}\s+(?:{_AUX}\s+)?(?:mean|means|meant)\s+(?:for|to)\b", re.IGNORECASE),
    # "what has <X> done to …", "what will the <X> do for …"
    re.compile(rf"\bwhat\s+{_AUX}\s+{_DET}{_NP}\s+(?:done|do|doing)\s+(?:to|for|with)\b", re.IGNORECASE),
    # "<X> - how did it change …", "<X>: what does it mean for …"
    re.compile(rf"^\W*{_DET}{_NP}{_DASH}(?:(?:so|and|but)\s+)?(?:how|what|does|did|will|has|would|could|is)\b[^?.!]*?"
               rf"\b(?:it|this|that|they)\s+(?:{_AUX}\s+)?{_VERB}\b", re.IGNORECASE),
]
# the words that are no cause of their own: pronouns, and the report itself
_NOT_A_CAUSE = re.compile(r"^(?:it|this|that|they|these|those|he|she|we|you|i|there|report|study|authors?)$",
                          re.IGNORECASE)


def cause_of(question: str) -> list[str]:
    """The noun phrases a question asks the effect of, as it writes them (without a determiner)."""
    out = []
    for pattern in _CAUSE:
        for m in pattern.finditer(question):
            words = m["np"].split()
            if not any(_NOT_A_CAUSE.match(w) for w in words):
                out.append(m["np"])
    return list(dict.fromkeys(out))


def unknown_cause(question: str, unknown: Iterable[str]) -> str:
    """The cause a question asks the effect of when its head word (the last of its noun phrase) is among ``unknown``
    (words the report never uses, neither typos nor set aside by the user): that cause as the question writes it, or
    "". A word the report never uses that only modifies a head of the report's ("facebook-type networks") says which
    of the report's things is meant, in the user's words."""
    unread = {w.lower() for u in unknown for w in re.findall(r"[\w&'-]+", u)}
    for np in cause_of(question):
        head = np.lower().split()[-1]
        if {head, *head.split("-")} & unread:  # "covid" of "covid-19" too
            return np
    return ""
