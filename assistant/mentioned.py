"""A question that asks only whether the report mentions something ("is crowdfunding mentioned anywhere", "does
hydrogen come up at all", "any mention of drones?") is answered by the mention itself: a passage answer whose lead
quote holds every word of what was asked about is sure, however the passage search was chosen. The words of the
asking ("mentioned", "anywhere", "come up") are generic English, not the thing asked about."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.coverage import Coverage, stem
from assistant.frame import Frame
from assistant.leadquote import pointed_at, topic_held

# a yes-or-no about a mention: "is X mentioned (anywhere)", "does it mention X", "do X come up", "any mention of X",
# "X mentioned?"; a question word asks something else about it ("why is X mentioned", "in what role")
_MENTION_ASKED = re.compile(r"\b(?:is|are|does|do|did|has|have|any)\b[^?]*\b(?:mention(?:ed|s)?|comes? up|in there|"
                            r"anywhere|at all)\b|^[\w&' -]+\s+mentioned\s*(?:anywhere|at all)?\s*\??$")
_WH = re.compile(r"\b(?:why|what|who|whom|whose|where|when|which|how)\b")
# the words that ask about a mention, never the thing mentioned
_ASKING = frozenset(stem(w) for w in ("mention", "mentioned", "mentions", "anywhere", "come", "comes", "up", "there",
                                      "report", "text", "study", "all"))


def mention_found(ans: Answer, frame: Frame, cov: Coverage) -> bool:
    """A question that asks whether the report mentions something, every word of which the lead quote holds (no
    word of it unknown to the report, none standing for the turn before by "that …")."""
    fu = frame.followup
    text = frame.text.strip().lower()
    if ans.route != "retrieval" or not ans.citations or cov.unknown or cov.aside or fu.opener or fu.of_those or \
            pointed_at(text) or _WH.search(text) or not _MENTION_ASKED.search(text):
        return False
    topic, _ = topic_held(ans, frame, cov)
    topic += re.findall(r"\b\d+[a-z]+\b", text)  # "3pl": a name that starts with a digit
    topic = [w for w in topic if stem(w) not in _ASKING]
    return bool(topic) and all(_held(w, ans.citations[0].quote or "") for w in topic)


def _held(word: str, quote: str) -> bool:
    """The quote holds the word, as a word or inside a hyphenated or spaced form ("loose-fill", "crowd funding")."""
    lead = quote.lower()
    stems = {stem(w) for w in re.findall(r"[a-z0-9]+", lead)}
    return stem(word) in stems or word.replace("-", "") in re.sub(r"[\s-]+", "", lead)
