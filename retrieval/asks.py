"""How a question is read for quoting (``Ask``), and the report's names it and a sentence name.

``retrieval.search`` fills an ``Ask`` once per question; ``retrieval.extract`` scores sentences against it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from retrieval import vocab
from retrieval.kinds import GENERAL


@dataclass(frozen=True)
class Ask:
    """What the quotes must answer: the question's kind, its words, and the apparatus it may quote."""

    kind: str = GENERAL
    tokens: tuple[str, ...] = ()
    allowed: frozenset[str] = frozenset()  # apparatus roles the question asks for or can only be answered from
    sections: frozenset[str] = frozenset()  # when set, quotes come only from these sections
    rare: frozenset[str] = frozenset()  # what the question is about, named by the report only in its apparatus
    findings: bool = False  # a whole-report question about results (answered by findings, not by the opening)
    aim: bool = False  # a whole-report question about what it set out to do (answered by its aims and questions)
    names: str = ""  # the kind of the report's names a "which industries …" question asks for (retrieval.vocab)
    quoted: frozenset[int] = frozenset()  # start offsets of the sentences holding a phrase the question quotes
    audience: bool = False  # a whole-report question about whom it is for (answered by the readers it names)
    regions: frozenset[str] = frozenset()  # the report's regions the question names (canonical names)
    figures: frozenset[str] = frozenset()  # the numbers of the figures the question names (retrieval.figrefs)
    titled: bool = False  # the question asks for a figure's title or caption: the caption itself may lead
    anchored: frozenset[int] = frozenset()  # start offsets of the footnotes marked on the term the question names
    regional: frozenset[str] = frozenset()  # the figures of the regions it names, of the kind it asks (figrefs)
    labelled: frozenset[int] = frozenset()  # start offsets of the sentences introducing a term it names (labels)


@lru_cache(maxsize=8)
def _name_pattern(kind: str) -> re.Pattern[str] | None:
    names = sorted((n for n in vocab.names_of(kind) if len(n) > 2), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.IGNORECASE) if names else None


@lru_cache(maxsize=16384)
def names_one(kind: str, text: str) -> bool:
    """Does ``text`` name one of the report's names of ``kind`` ("industry", "region", …)?"""
    pat = _name_pattern(kind)
    return bool(pat and pat.search(text))


# The countries of each region, as the report's table of regions lists them (Figure 10, structured/data/regions.csv).
REGIONS_PATH = vocab.VOCABULARY_PATH.parent / "regions.csv"


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """(country as the report's table of regions writes it, its region): ("Balkan", "Southeast Europe"); a name
    led by "The" also without it ("Netherlands"). Empty when the table is missing."""
    try:
        with REGIONS_PATH.open(newline="", encoding="utf-8") as f:
            rows = [(r["country"].strip(), r["region"].strip()) for r in csv.DictReader(f)]
    except (OSError, KeyError, csv.Error, UnicodeDecodeError):
        return ()
    rows += [(c.removeprefix("The "), r) for c, r in rows if c.startswith("The ")]
    return tuple(sorted({(c, r) for c, r in rows if c and r}))


_COMPASS = re.compile(r"(north|south)(east|west)", re.IGNORECASE)


def shorthands(region: str) -> tuple[str, ...]:
    """How users shorten a region's name: its compass point ("SE Europe" for Southeast Europe) and, for a name of
    three words or more, its initials ("CWE" for Central Western Europe; matched in capitals only)."""
    words = region.split()
    out = []
    if len(words) == 2 and (m := _COMPASS.fullmatch(words[0])):
        out.append(f"{m[1][0]}{m[2][0]} {words[1]}".upper())
    if len(words) >= 3:
        out.append("".join(w[0] for w in words).upper())
    return tuple(out)


@lru_cache(maxsize=8)
def _spellings(kind: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, canonical name) of every spelling of the report's names of ``kind``, longest first; a region also
    by the countries its table lists ("Balkan clusters" are Southeast Europe's) and by its shorthands."""
    pairs = {(a.alias, a.canonical) for a in vocab.aliases() if a.kind == kind}
    pairs |= {(c, c) for _, c in pairs}
    initials = set()
    if kind == "region":
        shorts = {(short, c) for _, c in pairs for short in shorthands(c)}
        initials = {a for a, _ in shorts if " " not in a}  # "CWE", never the word "cwe" (nor "see" for "SEE")
        pairs |= set(countries()) | shorts
    return tuple((re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])", 0 if a in initials else re.IGNORECASE), c)
                 for a, c in sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=16384)
def named_in(kind: str, text: str) -> frozenset[str]:
    """The canonical names of ``kind`` ("region", …) that ``text`` names, each spelling read once, longest first
    ("South-Eastern Europe" is Southeast Europe, not also Eastern Europe)."""
    found = set()
    text = re.sub(r"(?<=\w) ?European\b", " Europe", text, flags=re.IGNORECASE)  # "South-East European" names a region
    for pat, canonical in _spellings(kind):
        if pat.search(text):
            found.add(canonical)
            text = pat.sub(" ", text)
    return frozenset(found)
