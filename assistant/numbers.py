"""A passage answer to a question that asks for a number ("how many …", "the turnover of …", "what share …") whose
lead quote gives no quantity at all: the passage is about the words, not the number asked, so the answer is unsure
and its reading says so. The patterns are generic English (``assistant.measures`` reads the measures)."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.frame import Frame
from assistant.measures import _QUANTITY, measure_asked

# a question asking for a number: a count, an amount, a share, a rate or a score
_ASKS_NUMBER = re.compile(r"\bhow (?:many|much|big|large|high|fast)\b|\bwhat (?:share|percentage|proportion|number|"
                          r"amount|rate|score)\b|\b(?:growth|job|employment) rates?\b|\bscores?\b.*\bout of\b",
                          re.IGNORECASE)


def number_unquoted(ans: Answer, frame: Frame) -> str | None:
    """The number asked, when the lead quote of a passage answer holds no quantity; else None."""
    if ans.route != "retrieval" or not ans.citations:
        return None
    asked = _ASKS_NUMBER.search(frame.text) or measure_asked(frame.text)
    if not asked or _QUANTITY.search(ans.citations[0].quote or ""):
        return None
    said = asked if isinstance(asked, str) else asked[0]
    return f"\u201c{said}\u201d \u2014 the quote gives no number"


# a number with a bound before it ("all >600 clusters", "more than 50"): a bound, not the count itself
_BOUNDED = re.compile(r"(?:[<>~≈≥≤]|\b(?:more|fewer|less) than|\bover|\babout|\baround|\balmost|\bnearly|\bup to|"
                      r"\bat (?:least|most)|\bsome|\broughly|\bapprox(?:imately|\.)?)\s*$", re.IGNORECASE)
COUNTED_NEAR = 4  # words after a number that say what it counts ("154 <cluster organisations>", "six <selected model
# demonstrator regions>")
_STEM_AT_LEAST = 3  # a user's short form of the report's word: "orgs" for "organisations"


def _meets(asked: str, written: str) -> bool:
    """The question's word and the quote's word are one ("org" and "organis": one stem begins the other)."""
    short, long = sorted((asked, written), key=len)
    return len(short) >= _STEM_AT_LEAST and long.startswith(short)


def counted_in_lead(question: str, lead: str) -> tuple[int, str] | None:
    """The count a "how many <things> …" question asks, when the lead quote of its passage answer states it as a
    number followed by those things ("how many cluster orgs …" and "data of 154 cluster organisations"): the number,
    and the words that state it ("154 cluster organisations"). None when the lead states no such number, states a bound (">600 clusters"), or two
    different numbers of the same things."""
    from assistant.cues import COUNT_WORDS
    from assistant.quantities import _CLAUSE_END, _COUNT, _COUNTS, _MEASURED, _NOUN_PHRASE
    from retrieval.lexical import tokenize

    m = _MEASURED.search(question)
    if m is None or not _COUNTS.search(m[0]) or not m["a"]:
        return None
    phrase = _NOUN_PHRASE.match(_CLAUSE_END.split(m["a"])[0])[0].split()
    counted = next((w for w in phrase if len(w) > _STEM_AT_LEAST and w.lower().endswith("s")), phrase[:1])
    head = tokenize(counted if isinstance(counted, str) else " ".join(counted))
    if not head:
        return None
    found: dict[int, str] = {}
    for n in _COUNT.finditer(lead):
        said = n[0].lower().replace(",", "")
        value = COUNT_WORDS.get(said) or (int(said) if said.isdigit() else None)
        words = _counted_words(lead[n.end():])
        at = next((i for i, w in enumerate(words) if any(_meets(head[0], t) for t in tokenize(w))), None)
        if value is None or at is None or _plural(words[at + 1:at + 2]) or _BOUNDED.search(lead[:n.start()]):
            continue  # "154 cluster organisations" counts organisations: not an answer to "how many clusters"
        found.setdefault(value, " ".join([n[0], *words[:at + 1]]).strip(" ,.;:*\u201d\""))
    return next(iter(found.items())) if len(found) == 1 else None


def _plural(words: list[str]) -> bool:
    """The word after the counted one is a plural noun, so the counted word only qualifies it ("cluster
    organisations"); a verb after it ("30 clusters answered") ends the count."""
    return bool(words) and bool(re.fullmatch(r"[a-z-]{3,}s", words[0].strip(",.;:*)\u201d\"").lower()))


def _counted_words(text: str) -> list[str]:
    """The words after a number naming what it counts, up to the head noun that ends them: the last word before a
    stop word, a punctuation mark or ``COUNTED_NEAR`` words ("selected model demonstrator regions" of "six selected
    model demonstrator regions, including …")."""
    from retrieval.lexical import tokenize

    out: list[str] = []
    for w in text.split()[:COUNTED_NEAR]:
        if not tokenize(w):
            break  # a stop word ("and", "of", "in"): the phrase ended before it
        out.append(w)
        if re.search(r"[,.;:)\]]\W*$", w):
            break
    return out
