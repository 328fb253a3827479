"""Coverage: every word of a question is consumed by an extractor (a name or a cue), is a known filler, or is
reported — as a term the report never uses (named in a refusal) or a term it uses that the frame could not.

The report's vocabulary is read from corpus/report.txt and structured/data/vocabulary.csv, compared on simple
stems and with a typo tolerance; the filler list is generic English (function words, question words,
conversational words), never words taken from question sets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import Stemmer
from rapidfuzz import fuzz, process

from assistant import cues as C
from assistant.abbreviations import expansion
from assistant.frame import Frame
from assistant.spot import fold
from corpus.once import once

# generic English: articles, pronouns, auxiliaries, prepositions, conjunctions, question words, quantifiers,
# common verbs and adverbs, and the words people wrap a question in
FILLER = frozenset("""
a an the this that these those there here it its it's itself they them their theirs themselves we us our ours
you your yours i me my mine he him his she her hers one ones someone something anything everything nothing
somebody anybody anyone everybody everyone nobody none
is are was were be been being am do does did done doing have has had having can could will would shall should
may might must need needs needed ought let lets let's get gets got getting give gives given go goes going went
make makes made know knows want wants wanted like look looking see tell tells told say says said think find
found show shows shown list listed name named use used put take took come comes keep help mean means
of to in on at by for with from into onto about above below over under between among across through during
before after since until upon within without against along around toward towards via per than then as
and or but nor so yet if whether because while whereas though although also too either neither both not no
yes only just even still already again ever never very really quite rather much many more most less least little
few fewer some any all each every other another such same own else whole entire certain various several
which what who whom whose where when why how whatever whichever
please pls plz thanks thank thx hi hello hey dear ok okay sure kindly quick quickly briefly exactly precisely
actually basically currently now today generally overall particular particularly specifically
i'm i've i'd we're we've you're they're isn't aren't wasn't weren't don't doesn't didn't can't cannot won't
wouldn't shouldn't couldn't haven't hasn't hadn't
thing things way ways kind kinds sort lot lots part parts bit number numbers one two three four five six seven
eight nine ten first second third fourth fifth sixth last next top bottom left right new old big small
question questions answer answers report reports document text study according mentioned mention mentions
say says stated state states describe described please summarise summarize summary
talk talks talked talking ask asks asked asking advise advises advised suggest suggests suggested recommend recommends recommended
cite cites cited supposed purpose
""".split())

_SNOWBALL = Stemmer.Stemmer("english")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]|\d+[a-z][a-z0-9]*")  # words, and names like "5g", "3pl"
_SUFFIXES = ("ational", "ations", "ation", "ities", "ity", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly",
             "al", "er", "ers", "ment", "ments")


@dataclass(frozen=True)
class Coverage:
    """Terms the question uses that nothing read: ``unknown`` (not in the report at all, in the asking clause),
    ``unused`` (in the report, but no slot of the frame took them), ``context`` (unknown, outside the asking
    clause: "for a briefing to our MEP: …")."""

    unknown: tuple[str, ...] = ()
    named: tuple[str, ...] = ()  # unknown terms typed as a name of a kind ("the artificial intelligence trend")
    unused: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    aside: tuple[str, ...] = ()  # unknown, but a verb of the question, not its subject ("how does X hurt them")


@lru_cache(maxsize=1 << 16)  # pure, and called for every word of every lead quote a passage answer checks
def stem(word: str) -> str:
    """A light stem: possessives and common suffixes off, so "valleys", "valley" and "valley's" meet."""
    w = word.lower().strip("'-").removesuffix("'s")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


@once
def report_stems() -> frozenset[str]:
    """Stems of every word in the report and in the alias vocabulary (structured/data/vocabulary.csv)."""
    from corpus.parse import report_text
    from tools import vocabulary

    words = set(_WORD.findall(report_text().lower()))
    for v in vocabulary():
        words |= set(_WORD.findall(v.alias.lower()))
    words |= {part for w in words for part in re.split(r"[-']", w) if len(part) >= 3}
    return frozenset(stem(w) for w in words)


# a word the report uses this often is its general vocabulary ("clusters", "change"), not a topic of its own
COMMON = 40


@once
def _counts() -> Counter:
    from corpus.parse import report_text

    counts: Counter = Counter()
    for word, n in Counter(_WORD.findall(report_text().lower())).items():  # each distinct word stemmed once
        counts[stem(word)] += n
    return counts


def common(word: str) -> bool:
    """The report uses the word so often that it does not say what a question is about."""
    return _counts()[stem(word)] >= COMMON


@once
def _report_words() -> tuple[str, ...]:
    return tuple(sorted(w for w in report_stems() if len(w) >= 4))


@once
def _snowball_stems() -> frozenset[str]:
    """The report's words as Snowball stems ("induction" and "inductive" meet, "vouchers" and "voucher")."""
    from corpus.parse import report_text

    return frozenset(_SNOWBALL.stemWords(list(set(_WORD.findall(report_text().lower())))))


@lru_cache(maxsize=8192)  # a function of the report's words only; coverage reads each question twice or more
def known(word: str) -> bool:
    """The report uses this word (after stemming), or a word one typo away from it."""
    s = stem(word)
    if s in report_stems() or _SNOWBALL.stemWord(word) in _snowball_stems() or word in FILLER or all(stem(p) in report_stems() for p in re.split(r"[-']", word) if p):
        return True
    if len(word) >= 4 and _near(word, FILLER, 85) or expansion(word):
        return True
    return len(word) >= 5 and _near(s, _report_words(), 85)


def _near(word: str, choices, cutoff: int) -> bool:
    """One typo away from a word of ``choices`` with the same first letter."""
    hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return hit is not None and hit[0][0] == word[0]


@once
def _cue_patterns() -> tuple[re.Pattern, ...]:
    pats = [v for v in vars(C).values() if isinstance(v, re.Pattern)]
    pats += [p for _, p in C.FOCUS_WORDS]
    return tuple(pats)


def _consumed(frame: Frame) -> list[tuple[int, int]]:
    return [(n.start, n.end) for n in frame.names] + list(_cue_spans(frame.text))


@lru_cache(maxsize=512)
def _cue_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans the cue vocabularies consume in ``text`` (one question is covered several times per answer)."""
    spans: list[tuple[int, int]] = []
    for pat in _cue_patterns():
        # a cue consumes its own words; patterns that span a whole clause ("does … influence") consume none
        spans += [span for m in pat.finditer(text) if 0 < len(m[0].split()) <= 4 for span in _own_words(m)]
    return tuple(spans)


def _own_words(m: re.Match) -> list[tuple[int, int]]:
    """The spans of a cue's own words: a named group is a slot for the question's words ("does <subj> drive"),
    which the cue does not read."""
    slots = sorted(m.span(g) for g in m.re.groupindex if m.group(g) is not None)
    out, pos = [], m.start()
    for a, b in slots:
        out.append((pos, a))
        pos = max(pos, b)
    out.append((pos, m.end()))
    return [(a, b) for a, b in out if b > a]


def _alnum(word: str) -> bool:
    """A short word of letters and digits ("5g", "3d"): a name of a thing, never a filler."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def context_words(question: str) -> frozenset[str]:
    """Words of the clauses that only set the scene: before a colon, a dash or a full stop that introduces the
    asking clause ("For a briefing to our MEP: which …"), and after it when a second sentence only comments
    ("… Ties are fine.")."""
    raw = question.lower()
    parts = re.split(r"[:—]|\s-\s|(?<=[.?!])\s+", raw)
    asking = [p for p in parts if C.WH.search(fold(p)) or C.YESNO.search(fold(p)) or C.LIST.search(fold(p))
              or "?" in p]
    if not asking or len(parts) == 1:
        return frozenset()
    keep = set(_WORD.findall(fold(" ".join(asking))))
    return frozenset(w for p in parts if p not in asking for w in _WORD.findall(fold(p)) if w not in keep)


def coverage(frame: Frame, question: str | None = None) -> Coverage:
    """What the frame did not read, sorted into unknown, unused, context and aside terms.

    An unknown word keeps its unread neighbours as one phrase ("hydrogen valleys", "gdp growth").
    """
    try:  # a question's frame is covered two to four times per answer (the router, the plan's checks): once here
        return _coverage(frame, question)
    except TypeError:  # a frame holding an unhashable value: covered afresh
        return _coverage.__wrapped__(frame, question)


@lru_cache(maxsize=1024)  # a function of the frame's text and names, the question and the report's words
def _coverage(frame: Frame, question: str | None) -> Coverage:
    spans = _consumed(frame)
    scene = context_words(question) if question else frozenset()
    runs: list[list[tuple[str, bool, int, int]]] = []
    unused, context = [], []
    last_end = -10
    for m in _WORD.finditer(frame.text):
        w = m.group()
        if any(s <= m.start() < e for s, e in spans) or w in FILLER or len(w) < 3 and not _alnum(w):
            continue
        is_known = known(w)
        if is_known:
            unused.append(w)
        elif w in scene:
            context.append(w)
            continue
        if runs and frame.text[last_end:m.start()].strip() == "":
            runs[-1].append((w, is_known, m.start(), m.end()))
        else:
            runs.append([(w, is_known, m.start(), m.end())])
        last_end = m.end()
    unread = [run for run in runs if not all(k for _, k, _, _ in run)]
    verbs = [run for run in unread if _says_how(frame.text, run) or _qualifies_name(frame, run)]
    aside = tuple(w for run in verbs for w, k, _, _ in run if not k)
    unknown = tuple(" ".join(w for w, *_ in run) for run in unread if run not in verbs)
    named = tuple(t for t in unknown if _KIND_AFTER.match(frame.text, _end_of(frame.text, t))
                  and _DETERMINER.search(frame.text[:_end_of(frame.text, t) - len(t)]))
    return Coverage(unknown, named, tuple(dict.fromkeys(unused)), tuple(context), aside)


# a word followed by its object ("hurt them", "hit the …", "kicks off", "pick which …") is a verb: it says what
# happens to the subject, it is not the subject the question asks about
_OBJECT_AFTER = re.compile(r"\s+(the|a|an|them|it|us|him|her|up|off|out|which|what|whom|their|its|this|these|"
                           r"those|into|back|down)\b")


# "… in a nutshell?": one unknown word closing the question in an adverbial phrase says how to answer, not what about
_CLOSING = re.compile(r"\b(?:in|at|as|for|with|on) (?:a|an)\s+$")


def _says_how(text: str, run: list[tuple[str, bool, int, int]]) -> bool:
    """One unknown word that is not the subject: a verb right before its object (not after a determiner), or a
    closing adverbial phrase."""
    unknown = [(a, b) for _, k, a, b in run if not k]
    if len(unknown) != 1:
        return False
    start, end = unknown[0]
    verb = bool(_OBJECT_AFTER.match(text, end)) and not _DETERMINER.search(text[:start])
    closing = len(run) == 1 and bool(_CLOSING.search(text[:start])) and not text[end:].strip(" ?!.")
    return verb or closing


def _qualifies_name(frame: Frame, run: list[tuple[str, bool, int, int]]) -> bool:
    """One unknown word of the run, a participle right before a name the frame read (``qualifies``)."""
    unknown = [(w, b) for w, k, _, b in run if not k]
    return len(unknown) == 1 and qualifies(frame.text, *unknown[0], [n.start for n in frame.names])


PARTICIPLE = 6  # letters at least of a participle ("rising"): "-ing" words shorter than this are nouns ("king", "ring")


NAME_REST = 3  # words of a name that must follow a word standing in for the name's first word


@once
def _name_rests() -> frozenset[tuple[str, ...]]:
    """The names of the vocabulary (structured/data/vocabulary.csv) less their first word, where that rest is a
    phrase of its own ("availability of products and services" of "Immediate availability of …")."""
    from tools import vocabulary

    rests = set()
    for v in vocabulary():
        words = tuple(re.findall(r"[a-z0-9]+", v.alias.lower().replace("&", "and")))
        if len(words) > NAME_REST and words[1] not in FILLER:
            rests.add(words[1:])
    return frozenset(rests)


def stands_for_first(text: str, end: int) -> bool:
    """The word ending at ``end`` is followed by (at least ``NAME_REST`` words of) the rest of a name of the report's
    ("instant <availability of products>"): it says the name's first word in other words."""
    after = tuple(re.findall(r"[a-z0-9]+", text[end:].lower().replace("&", "and"))[:NAME_REST])
    return len(after) == NAME_REST and any(r[:NAME_REST] == after for r in _name_rests())


def qualifies(text: str, word: str, end: int, name_starts: list[int]) -> bool:
    """``word`` (ending at ``end``) is a participle ("-ing") right before a name of the report's (one starting at one
    of ``name_starts``): it says how that name fares ("shrinking product life cycles", "booming emerging markets"),
    the name is the topic."""
    if stands_for_first(text, end):
        return True
    if not word.lower().endswith("ing") or len(word) < PARTICIPLE:
        return False
    gap = re.match(r"\s+", text[end:])
    return bool(gap) and end + gap.end() in name_starts


_KIND_AFTER = re.compile(r"\s*(mega ?trends?|megatrends?|trends?|industr(y|ies)|sectors?|regions?|countr(y|ies)|"
                         r"sub-?trends?|parameters?)\b")


_DETERMINER = re.compile(r"\b(the|a|an|our|my|this|that|their|its)\s*$")


def _end_of(text: str, term: str) -> int:
    i = text.find(term)
    return i + len(term) if i >= 0 else len(text)


# right after an auxiliary a word is the clause's subject ("how did X change …"); after "of", "about", "on" or
# "regarding" it is the topic asked about ("the impact of X", "what does it say about X")
_SUBJECT_BEFORE = re.compile(r"\b(?:do|does|did|can|could|will|would|is|are|was|were|of|about|on|regarding|"
                             r"concerning)\s+$", re.IGNORECASE)


# a place ("clusters in bavaria", "cooperation with nigeria") is where a question's topic stands too; a word joined
# to a subject by "or", "and" or "/" is one as well ("hydrogen or battery clusters")
_PLACE_BEFORE = re.compile(r"\b(?:in|with)\s+$", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"([\w&'-]+)\s*(?:\bor\b|\band\b|/)\s*$", re.IGNORECASE)


_PASSIVE_AFTER = re.compile(r"\s+by\b")


def subjects(question: str, words: list[str]) -> list[str]:
    """The ``words`` (unknown to the report) that stand where the question's subject or topic stands."""
    out: list[str] = []
    for w in words:
        m = re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", question)
        if not m or _PASSIVE_AFTER.match(question, m.end()):  # "are fed by …": a verb in the passive, not a topic
            continue
        before = question[: m.start()]
        joined = _JOINED_BEFORE.search(before)
        if _SUBJECT_BEFORE.search(before) or _PLACE_BEFORE.search(before) or joined and joined[1] in out:
            out.append(w)
    return out

