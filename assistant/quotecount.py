"""The count a passage answer states: "how many cluster organisations were assessed?" answered with a quote that
says "… data of 154 cluster organisations …" carries 154 as its count, as a table answer carries the number of
its entries. Only a number written right before the noun asked counts ("154 cluster organisations", "six model
demonstrator regions"); a bound ("more than 600 clusters") or two different numbers for the noun leave the count
unset, since the quote then states no one count. The patterns are generic English."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import Answer
from assistant.cues import NUMBER_WORDS

# "how many cluster organisations were …": the words between "how many" and the verb or preposition after them
_ASKED = re.compile(r"\bhow many ((?:[a-z&'-]+ ){0,3}?[a-z&'-]+?)(?= (?:are|were|is|was|do|does|did|have|has|had|"
                    r"get|got|took|take|in|of|on|at|from|for|by|per|does|will|would|could|can|there|did|and|or)\b|"
                    r"\s*[?.!,;:]|\s*$)", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]{3}ed$", re.IGNORECASE)
_WORDS = {k: v for k, v in NUMBER_WORDS.items() if k not in ("single", "sole", "lone")} | {
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_BOUND = re.compile(r"(?:more|fewer|less) than|over|above|under|below|almost|nearly|about|around|approx\w*|some|"
                    r"up to|at least|at most|>|<|~", re.IGNORECASE)
# words that end the phrase a number counts ("in 2014 the firms met": the year counts nothing)
_FUNCTION = frozenset("the a an of in on at for and or to with by from its their these those this that than as".split())
_DIGITS = re.compile(r"[0-9]+")  # a number in digits (not a footnote mark: "ESCA²⁸")
# words between a number and its noun that are no noun of another count ("154 cluster organisations", "six model
# demonstrator regions"): at most this many
_BETWEEN = 3


@dataclass(frozen=True)
class Asked:
    """The noun a "how many" question counts: its words, the last of them the head."""

    words: tuple[str, ...]

    @property
    def stem(self) -> str:
        """The head noun's opening letters, enough to meet its spellings ("orgs", "organisations")."""
        head = self.words[-1].lower()
        head = head[:-1] if head.endswith("s") and len(head) > 3 else head
        return head[:6]


def asked_noun(question: str) -> Asked | None:
    """The noun "how many" asks for in ``question``, or None."""
    m = _ASKED.search(question)
    if m is None:
        return None
    words = tuple(w for w in m[1].split() if not _PARTICIPLE.search(w))  # "how many firms joined": no noun
    return Asked(words) if words and len(words[-1]) >= 3 else None


def stated_count(quote: str, asked: Asked) -> int | None:
    """The one number ``quote`` writes right before the noun asked; None if none, a bound, or two different."""
    tokens = re.findall(r"[\w'&-]+|[<>~]", quote)
    found = set()
    for i, tok in enumerate(tokens):
        n = int(tok) if _DIGITS.fullmatch(tok) else _WORDS.get(tok.lower())
        if n is None:
            continue
        after = [t.lower() for t in tokens[i + 1: i + 1 + _BETWEEN]]
        at = next((j for j, t in enumerate(after) if t.startswith(asked.stem)), None)
        if at is None or any(_DIGITS.fullmatch(t) or t in _WORDS or t in _FUNCTION for t in after[:at]):
            continue
        before = " ".join(tokens[max(0, i - 2): i])
        if re.search(rf"(?:{_BOUND.pattern})$", before, re.IGNORECASE):
            return None
        found.add(n)
    return found.pop() if len(found) == 1 else None


def counted(ans: Answer, question: str) -> Answer:
    """``ans`` with the count its lead quote states for the noun "how many" asks, when it is a passage answer."""
    if ans.route != "retrieval" or ans.count is not None or not ans.citations:
        return ans
    asked = asked_noun(question)
    if asked is None:
        return ans
    n = stated_count(ans.citations[0].quote or "", asked)
    if n is not None:
        ans.count = n
    return ans
