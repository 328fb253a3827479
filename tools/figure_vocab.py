"""Each figure's "what it shows" vocabulary, read from ``structured/data/figure_text.csv``, and the places
(regions, countries, demonyms) a description names.

A figure's words are the stems of its caption, section title, table labels, the sentences that cite it and the
paragraphs that describe it, each weighted by how directly its source speaks about the figure. Nothing here is
typed in per figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

import corpus
from corpus.once import once
from structured.figure_text import KIND_WORDS, fold, is_stop, load, stem, tokens, words
from tools._data import figures
from tools.names import region_of_country, vocabulary

#: How directly a source speaks about its figure: its own caption and form words most, a paragraph near it or the
#: text about another chart of its series least.
SOURCE_WEIGHT = {"caption": 1.0, "part": 1.0, "kind": 1.0, "cooperation": 1.0, "names": 1.0, "description": 0.8,
                 "table": 0.7, "citing": 0.7, "section": 0.6, "lead": 0.5, "footnote": 0.5, "following": 0.4, "pointing": 0.4,
                 "series": 0.4}

#: Words for a figure in general ("chart", "picture", "map"): they count for a figure the report calls so, never
#: against one it does not. A form word the report does use about some figure (matrix, bubble, portfolio, table)
#: and that is not one of these names a sort of figure and counts as any word (see ``generic``).
GENERAL_WORDS = ("figure", "fig", "chart", "diagram", "picture", "graph", "graphic", "image", "visual", "plot",
                 "illustration", "drawing", "pic", "visualisation", "map", "grid", "list", "overview")


@dataclass(frozen=True)
class FigureProfile:
    """One figure's vocabulary: stem -> (weight, source) of its most direct source, plus chart facets."""

    key: str
    words: dict[str, tuple[float, str]]
    kinds: frozenset[str]  # stems of the form words the report uses about it ("matrix", "bubble", "image")
    region: str | None  # a per-region chart's region (canonical)
    cooperation: str | None  # a per-region chart's kind of cooperation, as a stem ("rnd", "busi", "total")
    labels: frozenset[str]  # its table labels, folded
    appendix: bool
    pairs: frozenset[tuple[str, str]]  # ordered stem pairs of its caption, for word order ("industries … trends")


def _add(bag: dict[str, tuple[float, str]], text: str, source: str) -> None:
    weight = SOURCE_WEIGHT.get(source, 0.0)
    for w in words(text):
        if weight > bag.get(w, (0.0, ""))[0]:
            bag[w] = (weight, source)


@once
def profiles() -> dict[str, FigureProfile]:
    """Every figure's profile, by key, in report order."""
    rows: dict[str, list] = {k: [] for k in figures()}
    for r in load():
        rows.setdefault(r.figure, []).append(r)
    out = {}
    series = _series()
    twins = _twins()
    for key, mine in rows.items():
        bag: dict[str, tuple[float, str]] = {}
        for r in mine:
            _add(bag, r.text, r.source)
        for other in series.get(key, ()):
            for r in rows[other]:
                if r.source in ("description", "citing", "pointing"):
                    _add(bag, r.text, "series")
        for other in twins.get(key, ()):  # a figure printed with the same caption is the same sort of chart
            for r in rows[other]:
                if r.source == "kind":
                    _add(bag, r.text, "series")
        facet = {r.source: r.text for r in mine if r.source in ("region", "cooperation")}
        coop = words(facet["cooperation"]) if "cooperation" in facet else []
        out[key] = FigureProfile(
            key=key, words=bag, kinds=frozenset(stem(r.text) for r in mine if r.source == "kind"),
            region=facet.get("region"), cooperation=coop[0] if coop else None,
            labels=frozenset(fold(r.text) for r in mine if r.source == "table"),
            appendix=figures()[key].section.isalpha(), pairs=pairs(figures()[key].caption))
    return out


def _series() -> dict[str, tuple[str, ...]]:
    """For each figure of a series (captions that share the part before the colon: "Target Cooperation Regions:
    …"), the other figures of that series. What the report says about one chart of a series applies, less
    directly, to all of them (the appendix charts have no text of their own)."""
    by_head: dict[str, list[str]] = {}
    for key, f in figures().items():
        if ":" in f.caption:
            by_head.setdefault(fold(f.caption.split(":")[0]).strip(), []).append(key)
    return _others(by_head)


def _caption_key(caption: str) -> str:
    """A caption without its source note and punctuation: two figures printed with one caption are one sort of
    chart ("Portfolio analysis of …", Figures 9 and 17)."""
    return " ".join(words(re.sub(r"\([^)]*\)", " ", caption)))


def _twins() -> dict[str, tuple[str, ...]]:
    """For each figure printed with the same caption as another, the others: the form words the report uses about
    one ("bubble") name the other's form too, less directly (as a series' text does)."""
    by_caption: dict[str, list[str]] = {}
    for key, f in figures().items():
        by_caption.setdefault(_caption_key(f.caption), []).append(key)
    return _others(by_caption)


def _others(groups: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """For each figure of a group of two or more, the other figures of its group."""
    return {k: tuple(o for o in keys if o != k) for keys in groups.values() if len(keys) > 1 for k in keys}


def pairs(text: str) -> frozenset[tuple[str, str]]:
    """The ordered pairs of a text's content stems (the first before the second, at any distance)."""
    w = words(text)
    return frozenset((a, b) for i, a in enumerate(w) for b in w[i + 1:] if a != b)


@once
def part_words() -> frozenset[str]:
    """Stems that say where in the report a figure stands ("appendix"): asked for, they decide like a place."""
    return frozenset(w for r in load() if r.source == "part" for w in words(r.text))


@once
def written() -> dict[str, str]:
    """Every word of the figures' texts as written (folded) -> its stem: what a misspelling is compared with."""
    out: dict[str, str] = {}
    for r in load():
        for said, st in tokens(r.text):
            out.setdefault(said, st)
    return out


@once
def idf() -> dict[str, float]:
    """Inverse figure frequency of every stem any figure has: a word few figures share tells more. A word a
    figure has only from its series does not count as the figure's own here."""
    docs = [{w for w, (_, src) in p.words.items() if src != "series"} | p.kinds for p in profiles().values()]
    n = len(docs)
    df: dict[str, int] = {}
    for d in docs:
        for w in d:
            df[w] = df.get(w, 0) + 1
    return {w: math.log(1 + n / c) for w, c in df.items()}


@once
def report_words() -> frozenset[str]:
    """Every stem of the report's text: a word outside it names something the report does not have."""
    return frozenset(words(corpus.report_text()))


@once
def _generic() -> frozenset[str]:
    used = {k for p in profiles().values() for k in p.kinds}
    return frozenset(stem(w) for w in (*GENERAL_WORDS, *KIND_WORDS)) - (used - {stem(w) for w in GENERAL_WORDS})


@once
def rarest() -> float:
    """The weight of a word only one figure has (the highest ``idf``)."""
    return max(idf().values())


@once
def median() -> float:
    """The weight of a middling figure word: what a report word no figure has weighs against every figure."""
    weights = sorted(idf().values())
    return weights[len(weights) // 2]


def typo_of(word: str, choices: Sequence[str]) -> str | None:
    """The one choice ``word`` (as written) is a typo of (one slip in a word of five to seven letters, two in a
    longer one: a letter missing, extra, wrong or two swapped), or None. A word the report itself uses is no typo."""
    if len(word) < 5 or stem(word) in report_words():
        return None
    slips = 1 if len(word) < 8 else 2
    hits = process.extract(word, choices, scorer=OSA.distance, score_cutoff=slips, limit=2)
    if not hits or (len(hits) > 1 and hits[1][1] == hits[0][1]):
        return None
    return hits[0][0]


def generic(word: str) -> bool:
    """True for a word (a stem) that says "a figure" without saying which sort the report calls it."""
    return word in _generic()


def cooperation_kinds() -> frozenset[str]:
    """The stems of the kinds of cooperation per-region charts show (from their captions)."""
    return frozenset(p.cooperation for p in profiles().values() if p.cooperation)


# --- places ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A region named in a description, directly or through a country or demonym ("polish")."""

    region: str
    said: str  # as written
    countries: tuple[str, ...]  # the canonical countries said, when named through countries


@once
def _aliases() -> tuple[tuple[re.Pattern, str, str, str], ...]:
    """(pattern, folded alias, kind, canonical) of regions and countries, longest first, regions before
    countries. An alias that is also a common word ("US") counts only in capitals."""
    rows = {(fold(v.alias), v.kind, v.canonical) for v in vocabulary() if v.kind in ("region", "country")}
    rows |= {(_bare(a), k, c) for a, k, c in rows if k == "region" and _bare(a)}
    out = []
    for alias, kind, canonical in sorted(rows, key=lambda r: (-len(r[0]), r[1] != "region", r[2])):
        if len(alias) < 2:
            continue
        body = re.escape(alias.upper()) if is_stop(alias) else re.escape(alias)
        out.append((re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])"), alias, kind,
                    canonical))
    return tuple(out)


def _bare(alias: str) -> str | None:
    """A region alias without its closing continent when what is left still names it ("south west" for "South West
    Europe"); None when nothing or a single plain direction would be left."""
    words_ = alias.split()
    if len(words_) < 2:
        return None
    rest = " ".join(words_[:-1])
    return rest if len(words_) > 2 or re.search(r"(north|south)\W?(east|west)|(ern)$", rest) else None


def spot_places(text: str) -> tuple[list[Place], str]:
    """The regions a text names (a country stands for its Figure 10 region) and the folded text with them blanked."""
    folded = re.sub(r"\beuropean\b", "europe  ", fold(text))  # "south-east european" names the region too
    found: dict[str, Place] = {}
    for pattern, alias, kind, canonical in _aliases():
        m = pattern.search(text if is_stop(alias) else folded)
        if m is None:
            continue
        if not is_stop(alias):
            folded = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end():]
        _found(found, m[0], kind, canonical)
    for m in re.finditer(r"[a-z]{5,}", folded):  # a misspelt country, demonym or one-word region
        hit = typo_of(m[0], list(_single_words()))
        if hit is not None:
            _found(found, m[0], *_single_words()[hit])
            folded = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end():]
    return list(found.values()), folded


@once
def _single_words() -> dict[str, tuple[str, str]]:
    """One-word aliases of regions and countries: folded alias -> (kind, canonical)."""
    return {alias: (kind, canonical) for _, alias, kind, canonical in _aliases() if re.fullmatch(r"[a-z]+", alias)}


def _found(found: dict[str, Place], said: str, kind: str, canonical: str) -> None:
    region = canonical if kind == "region" else region_of_country(canonical)
    old = found.get(region)
    countries = (old.countries if old else ()) + ((canonical,) if kind == "country" else ())
    found[region] = Place(region, (old.said + " " if old else "") + said, countries)
