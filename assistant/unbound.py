"""Noun phrases of a question that a table answer never bound: a term the report never uses, or two of its words
that the report never writes together, which no name, cue or argument of the plan read.

A tool answer computed beside such a phrase answers another question ("Brexit's effect on UK cooperation" answered
with the UK's partners; "the sharing economy trend" answered with every trend an industry shapes). The phrase is
what the report does not give: the answer says so, naming it, and offers the reading the tables do cover. What the
report writes is read from the corpus (its words and the pairs of words it writes side by side); the patterns are
generic English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.coverage import FILLER, Coverage, coverage, known, report_stems, stem, subjects
from assistant.frame import Frame
from corpus.once import once

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|\d+[a-z][a-z0-9]*")
_NUMBER = re.compile(r"(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|hundred)(?:th)?")


@once
def _pairs() -> frozenset[tuple[str, str]]:
    """Every pair of stems the report writes side by side (across a space or a hyphen), in its order."""
    from corpus.parse import report_text
    from tools import vocabulary

    texts = [report_text().lower(), *(v.alias.lower() for v in vocabulary())]
    out: set[tuple[str, str]] = set()
    for text in texts:
        words = [stem(w) for w in re.findall(r"[a-z0-9]+", text)]
        out |= set(zip(words, words[1:], strict=False))
    return frozenset(out)


def written_together(first: str, second: str) -> bool:
    """The report writes the two words side by side ("sharing economy" is not; "value chain" is)."""
    a, b = (stem(p) for p in re.split(r"[-']", first)[-1:] + re.split(r"[-']", second)[:1])
    return (a, b) in _pairs()


def _read_by(word: str, values: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(stem(word))}", v) for v in values)


def _consumed(frame: Frame, start: int) -> bool:
    return any(n.start <= start < n.end for n in frame.names)


def _unknown(text: str, cov: Coverage, values: list[str]) -> str:
    """A term the report never uses, standing where a topic stands ("what effect does Brexit have on …", "saudi
    clusters"), that the plan did not take. Elsewhere an unknown word frames the question ("the best bet for …")."""
    from assistant.understood import topic_at

    if len(cov.unknown) != 1 or cov.aside:  # several unread runs: another language, or words the router reads
        return ""
    term = cov.unknown[0]
    words = [w for w in term.split() if not known(w) and not _typo(w)]
    if not words or any(_read_by(w, values) for w in term.split()) or _in_scene(text, term):
        return ""
    if text.startswith(term) and _KIND_AFTER.match(text, len(term)):
        return ""  # "welche megatrends …": a word of another language before a kind of thing, not a topic
    if subjects(text, words) or any(topic_at(text, w) for w in words) or _named(text, term):
        return term
    return ""


# where a topic stands: after an auxiliary or a preposition of topic and a determiner ("does the pandemic …",
# "of the tourism economy trend")
_TOPIC_BEFORE = re.compile(r"\b(?:do|does|did|can|could|will|would|is|are|was|were|of|about|on|regarding|"
                           r"concerning|like)\s+(?:the|a|an|this|that)\s+$")


def _named(text: str, term: str) -> bool:
    """The whole term stands where a topic stands, or is typed as the name of a kind of thing."""
    at = text.find(term)
    return at >= 0 and bool(_TOPIC_BEFORE.search(text[:at]) or _KIND_AFTER.match(text, at + len(term)))


@lru_cache(maxsize=4096)
def _typo(word: str) -> bool:
    """One edit away from a word of the report or of plain English ("wich", "influnce")."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    return len(word) >= 4 and process.extractOne(word, _of_length(len(word)), scorer=Levenshtein.distance,
                                                 score_cutoff=1) is not None


@lru_cache(maxsize=64)
def _of_length(n: int) -> tuple[str, ...]:
    """The report's words and plain English ones as long as ``n`` letters, or one letter longer or shorter (the
    candidates of a typo, gathered once per length, compared in C: a question's unknown word took ~6 ms)."""
    return tuple(w for w in (*FILLER, *_words()) if abs(len(w) - n) <= 1)


@once
def _words() -> frozenset[str]:
    from corpus.parse import report_text

    return frozenset(re.findall(r"[a-z]{4,}", report_text().lower()))


def _in_scene(text: str, term: str) -> bool:
    """The term stands in a clause before the asking one ("my client builds X - which …", "client makes X, which
    …"): it sets the scene."""
    at = text.find(term.split()[0])
    return bool(_CLAUSE_AFTER.search(text[at:]))


# the end of a scene-setting clause: a stop, a colon, a dash, or a comma before the asking words ("…, which …")
_CLAUSE_AFTER = re.compile(r"[:.;?!]\s|\s[-–—]\s|,\s+(?:which|what|how|who|where|when|why|is|are|does|do|can)\b",
                           re.IGNORECASE)


# a phrase typed as a name: after "like", "such as", "called" …, or before the noun of a kind of thing
_NAMED_BEFORE = re.compile(r"(?:\blike|\bsuch as|\be\.?g\.?|\bincluding|\bcalled|\bnamed)\s+$")
_KIND_AFTER = re.compile(r"\s+(?:(?:mega ?|sub-?)?trends?|megatrends?|industr(?:y|ies)|sectors?|parameters?|"
                         r"hot ?spots?)\b")


def _apart(frame: Frame, cov: Coverage, values: list[str]) -> str:
    """Two words side by side, neither part of a name and one left unread by every slot, that the report never
    writes together: a term made of the report's words that it does not use ("connected products")."""
    unused = set(cov.unused)
    words = [m for m in _WORD.finditer(frame.text) if m[0] not in FILLER and not _NUMBER.fullmatch(m[0])
             and not _consumed(frame, m.start())]
    for a, b in zip(words, words[1:], strict=False):
        if frame.text[a.end():b.start()].strip() or not ({a[0], b[0]} & unused):
            continue
        if any(_read_by(w, values) or stem(w) not in report_stems() for w in (a[0], b[0])):
            continue
        named = _NAMED_BEFORE.search(frame.text[:a.start()]) or _KIND_AFTER.match(frame.text, b.end())
        if named and not written_together(a[0], b[0]) and not _in_scene(frame.text, a[0]):
            return f"{a[0]} {b[0]}"
    return ""


def unread_words(question: str, plan) -> set[str]:
    """The question's words that no name, cue or argument of the plan read (the report's words and others)."""
    from assistant.understand import read

    frame = read(question)
    cov = coverage(frame, question)
    values = plan.arg_strings()
    words = [w for t in (*cov.unused, *cov.unknown) for w in t.split()]
    return {w for w in words if not _read_by(w, values)}


def unbound(question: str, plan) -> str:
    """The first noun phrase of ``question`` that the plan's answer never bound and the report does not hold, or
    "" when every phrase is bound (to a name, a cue, an argument of the plan, or filler)."""
    from assistant.understand import read

    frame = read(question)
    cov = coverage(frame, question)
    if len(frame.text.split()) >= 3 and sum(len(t.split()) for t in cov.unknown) * 2 > len(frame.text.split()):
        return ""  # another language or gibberish: the router's own checks answer it
    fu = frame.followup
    if (fu.opener or fu.pronoun or fu.of_those) and not frame.names:
        return ""  # "what about the opposite direction": the words change the last plan, they are not a topic
    values = plan.arg_strings()
    named = versioned(question)
    return _unknown(question.lower(), cov, values) or _apart(frame, cov, values) or (named[0] if named else "")


_VERSIONED = re.compile(r"\b([a-z][a-z-]*)\s?(\d+\.\d+)(?![\d.]*\d)", re.IGNORECASE)


def versioned(question: str) -> list[str]:
    """Names made of a word and a version number ("industry 4.0", "web 3.0") that the report never writes: a term of
    their own, though the word alone is the report's. A number that is one of the report's section numbers
    ("chapter 3.1") is a reference, not a name."""
    found = list(_VERSIONED.finditer(question))
    if not found:
        return []
    numbers, text = _numbers_and_text()
    return [m[0] for m in found if m[2] not in numbers and " ".join(m[0].lower().split()) not in text]


@once
def _numbers_and_text() -> tuple[frozenset[str], str]:
    """The report's section numbers, and its text lower-cased with its white space made single spaces."""
    from corpus.parse import report_text, sections

    return frozenset(s.number for s in sections()), " ".join(report_text().lower().split())
