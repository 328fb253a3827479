"""Entity spotting: find the report's names in a question (exact aliases first, then fuzzy for typos)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from corpus.once import once
from tools.names import close_matches, vocabulary

KINDS = ("industry", "trend", "subtrend", "parameter", "region", "country")
# a window of the question this close to an alias (rapidfuzz ratio) is a typo of it; names typed as arguments
# are resolved with tools.names.THRESHOLD (lower: there the text is known to be a name)
FUZZY_CUTOFF = 88
# words too common to be an entity on their own, though some aliases spell them
_WEAK = {"mobility", "digital", "creative", "convergence", "innovation", "entrepreneurship", "marine", "asia",
         "americas", "us", "english", "german", "africa", "balkan", "nordic", "social media", "big data", "e-commerce",
         "emerging markets", "cloud computing", "demographic changes", "local content", "agility", "mass customisation"}


_STOP = set("the a an of to in is are which what who how why does do and or for with by on from that this these those "
            "other every each all any some most more than as at be it its their there".split())


@dataclass(frozen=True)
class Mention:
    """A name found in the question: its kind, canonical name, the text as typed and where."""

    kind: str
    canonical: str
    text: str
    start: int
    end: int
    fuzzy: bool = False


_VERY = re.compile(r"\bvery-(?=strong)")


@lru_cache(maxsize=8192)  # the same names and questions are folded again and again while a question is read
def fold(s: str) -> str:
    """Lower-case, accents kept apart, punctuation spaced, so aliases match the way people type."""
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("’", "'").replace("–", "-").replace("&", " and ")
    s = re.sub(r"[\"“”()?!.,;:]", " ", s)
    s = _VERY.sub("very ", s)  # "very-strong marks" is the grade "very strong" (a space for the hyphen: offsets kept)
    return re.sub(r"\s+", " ", s).strip()


@once
def _aliases() -> list[tuple[str, str, str]]:
    """(folded alias, kind, canonical), longest first."""
    out = {}
    for v in vocabulary():
        f = fold(v.alias)
        if len(f) < 2:
            continue
        out.setdefault((f, v.kind), set()).add(v.canonical)
    for (a, k), c in _initials().items():
        out.setdefault((a, k), {c})
    rows = [(a, k, c) for (a, k), cs in out.items() for c in sorted(cs)]
    return sorted(rows, key=lambda r: -len(r[0]))


# kinds whose multi-word names users shorten to their initials ("CWE", "SEE"); typed in capitals only
_INITIALLED = ("region", "industry")


@once
def _initials() -> dict[tuple[str, str], str]:
    """(acronym, kind) -> canonical: the initials (3-4 letters) of each multi-word alias of a region or an industry,
    from the vocabulary itself ("South East Europe" -> "see"); an acronym two names share is left out."""
    seen: dict[tuple[str, str], set[str]] = {}
    for v in vocabulary():
        words = [w for w in re.split(r"[\s-]+", fold(v.alias)) if w and w not in ("and", "of", "the")]
        letters = "".join(w[0] for w in words)
        if v.kind in _INITIALLED and len(words) >= 3 and 3 <= len(letters) <= 4 and letters.isalpha():
            seen.setdefault((letters, v.kind), set()).add(v.canonical)
        if v.kind == "region" and len(words) >= 3 and words[-1] == "europe":  # "SE Europe", "NW Europe"
            seen.setdefault((letters[:-1] + " europe", v.kind), set()).add(v.canonical)
    return {key: next(iter(cs)) for key, cs in seen.items() if len(cs) == 1}


_RUN = re.compile(r"\w+")


@once
def _by_first_run() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Indices into ``_aliases()`` by the alias's first run of word characters, and those of aliases that open
    with another character."""
    runs: dict[str, list[int]] = {}
    other: list[int] = []
    for i, (alias, _, _) in enumerate(_aliases()):
        m = _RUN.match(alias)
        if m is None:
            other.append(i)
        else:
            runs.setdefault(m[0], []).append(i)
    return {k: tuple(v) for k, v in runs.items()}, tuple(other)


def _present(folded: str) -> list[tuple[str, str, str]]:
    """The aliases that may occur in ``folded`` (a superset), in ``_aliases()``'s order.

    An alias matches only where no word character precedes it, so a match opening with a word character opens a
    run of them in ``folded``; that run is the alias's own first run, or, for a one-run alias, the alias with
    the plural ending ``_pattern`` allows ("s", "es"). Every other alias is absent.
    """
    runs, found = _by_first_run()
    hits = set(found)
    for m in _RUN.finditer(folded):
        w = m[0]
        hits.update(runs.get(w, ()))
        if w.endswith("s"):
            hits.update(runs.get(w[:-1], ()))
            if w.endswith("es"):
                hits.update(runs.get(w[:-2], ()))
    aliases = _aliases()
    return [aliases[i] for i in sorted(hits)]


@cache
def _pattern(alias: str) -> re.Pattern:
    # a hyphen separates names too ("Norwegian-Estonian"), but not inside a word ("sub-trends" is no "trends")
    return re.compile(r"(?<![\w])" + re.escape(alias) + r"(?:s|es)?(?![\w])(?!-[a-z]{1,3}\b)")


def _positions(folded: str, alias: str) -> list[tuple[int, int]]:
    if alias not in folded:  # a cheap test first: most aliases are absent
        return []
    return [(m.start(), m.end()) for m in _pattern(alias).finditer(folded) if not _prefixed(folded, m.start())]


def _prefixed(folded: str, start: int) -> bool:
    """A short prefix joined by a hyphen ("sub-trends", "e-commerce", "non-EU") makes the word another word."""
    if start < 2 or folded[start - 1] != "-":
        return False
    before = re.search(r"([a-z]+)-$", folded[:start])
    return before is not None and len(before[1]) <= 3


def spot(question: str) -> list[Mention]:
    """Every mention of the report's names in a question (cached: the router and the state both ask)."""
    return list(_spot(question))


@lru_cache(maxsize=512)
def _spot(question: str) -> tuple[Mention, ...]:
    """Every mention, non-overlapping across kinds except where one text names two things (kept, for context).

    Abbreviations ("LS", "MD") match only as typed in capitals, so "md" in a word or "us" the pronoun do not.
    """
    from assistant.spot_bare import (  # build on this
        bare_industries,
        bare_regions,
        region_initials,
        sector_words,
    )
    from assistant.spot_partial import partial_subtrends

    folded = fold(question)
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    for alias, kind, canonical in _present(folded):
        for s, e in _positions(folded, alias):
            if alias.isalpha() and len(alias) <= 4 and _all_caps(alias, kind, canonical) and \
                    not _typed_in_capitals(question, alias):
                continue
            overlap = [t for t in taken if s < t[1] and t[0] < e]
            if overlap and not any(t == (s, e) for t in overlap):
                continue
            found.append(Mention(kind, canonical, folded[s:e], s, e))
            taken.append((s, e))
    found += bare_regions(folded, taken, found)
    found += region_initials(question, folded, taken, found)
    found += sector_words(folded, taken)
    found += bare_industries(folded, taken)
    found += _fuzzy(folded, [(m.start, m.end) for m in found] + taken)
    found += _shortened(folded, [(m.start, m.end) for m in found] + taken)
    found += partial_subtrends(folded, [(m.start, m.end) for m in found] + taken, found)
    return tuple(sorted(found, key=lambda m: (m.start, KINDS.index(m.kind))))


@once
def _as_written() -> dict[tuple[str, str, str], bool]:
    """(folded alias, kind, canonical) -> the alias is written in capitals only ("LS", "US"). A short alias
    written in mixed case ("IoT", "EnvI", "Peru") is no English word in lower case, so it counts however typed."""
    out: dict[tuple[str, str, str], bool] = {}
    for v in vocabulary():
        key = (fold(v.alias), v.kind, v.canonical)
        out[key] = out.get(key, False) or v.alias == v.alias.upper()
    return out


def _all_caps(alias: str, kind: str, canonical: str) -> bool:
    return _as_written().get((alias, kind, canonical), True)


def _typed_in_capitals(question: str, alias: str) -> bool:
    """Short aliases ("LS", "IoT", "US") count only where typed with a capital, so "us" or "ls" do not."""
    pat = r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"
    return any(m.group() != m.group().lower() for m in re.finditer(pat, question, re.I))


@once
def _industry_aliases() -> dict[str, str]:
    """Folded alias -> canonical name, for industries."""
    return {a: c for a, k, c in _aliases() if k == "industry"}


def _fuzzy(folded: str, taken) -> list[Mention]:
    """Typos: windows of 1–5 words close to an alias of 6+ letters (ratio ≥ FUZZY_CUTOFF), where nothing matched."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", folded)]
    out: list[Mention] = []
    used: list[tuple[int, int]] = list(taken)
    for n in (5, 4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            s, e = words[i][0], words[i + n - 1][1]
            if any(s < t[1] and t[0] < e for t in used):
                continue
            window = folded[s:e]
            if len(window) < 6 or window.split()[0] in _STOP or window.split()[-1] in _STOP:
                continue
            names, cands = _fuzzy_pool(window[0], len(window))
            hits = close_matches(window, names, FUZZY_CUTOFF) if names else ()
            if hits:
                best = cands[hits[0][0]]
                out.append(Mention(best[1], best[2], window, s, e, fuzzy=True))
                used.append((s, e))
    return out


@once
def _fuzzy_candidates() -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for a, k, c in _aliases():
        if len(a) >= 6 and a not in _WEAK:
            out.setdefault(a[0], []).append((a, k, c))
    return out


@lru_cache(maxsize=4096)
def _fuzzy_pool(letter: str, length: int) -> tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]]:
    """The aliases a window may be a typo of, and their rows: same first letter (typos rarely change it; this keeps
    "other european" off "northern european") and a length within max(3, a fifth of the alias's) of the window's.
    Lengths too far apart to reach FUZZY_CUTOFF are left out too (a ratio is at most 200·shorter/(sum of lengths))."""
    rows = tuple(r for r in _fuzzy_candidates().get(letter, ()) if abs(len(r[0]) - length) <= max(3, len(r[0]) // 5)
                 and 200 * min(len(r[0]), length) / (len(r[0]) + length) >= FUZZY_CUTOFF - 1e-6)
    return tuple(r[0] for r in rows), rows


def by_kind(mentions: list[Mention], kind: str) -> list[str]:
    """Canonical names of one kind, in order of mention, without repeats."""
    return list(dict.fromkeys(m.canonical for m in mentions if m.kind == kind))


# long names typed with words left out ("decoupling growth from pollution"): the kinds with long names
_SHORTENED_KINDS = ("subtrend", "trend", "parameter")


@once
def _long_names() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First content word -> (content words, kind, canonical) of every alias of four or more words."""
    out: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for alias, kind, canonical in _aliases():
        words = tuple(w for w in re.findall(r"\w[\w-]*", alias) if w not in _STOP)
        if kind in _SHORTENED_KINDS and len(alias.split()) >= 4 and len(words) >= 3:
            out.setdefault(words[0], []).append((words, kind, canonical))
    return out


def _shortened(folded: str, taken) -> list[Mention]:
    """A long name with some of its words left out: a run of the question that opens with the name's first word,
    holds at least three of its words and three in five of them, in order, and no other word but small ones."""
    tokens = [(m[0], m.start(), m.end()) for m in re.finditer(r"\w[\w-]*", folded)]
    out: list[Mention] = []
    for i, (w, s, _) in enumerate(tokens):
        best: dict[str, tuple[int, str, int]] = {}
        for words, kind, canonical in _long_names().get(w, ()):
            got, end = _in_order(tokens, i, words)
            if got >= 3 and 5 * got >= 3 * len(words) and got < len(words):
                if canonical not in best or best[canonical][0] < got:
                    best[canonical] = (got, kind, end)
        if len(best) != 1:
            continue  # none, or two names the words fit alike
        canonical, (_, kind, e) = next(iter(best.items()))
        if not any(s < t[1] and t[0] < e for t in taken):
            out.append(Mention(kind, canonical, folded[s:e], s, e, fuzzy=True))
            taken = [*taken, (s, e)]
    return out


def _in_order(tokens: list[tuple[str, int, int]], i: int, words: tuple[str, ...]) -> tuple[int, int]:
    """How many of ``words`` the tokens from ``i`` on give in order (small words may stand between), and where
    the last one ends; another content word ends the run."""
    got, k, end = 0, 0, tokens[i][2]
    for w, _, e in tokens[i:]:
        if k < len(words) and w in words[k:]:
            k = words.index(w, k) + 1
            got, end = got + 1, e
        elif w not in _STOP:
            break
    return got, end
