"""Name resolution: the report's canonical names, their aliases, and fuzzy matching for typos."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rapidfuzz import fuzz, process, utils

from corpus.once import once
from structured.records import VocabularyEntry
from tools._data import tables
from tools.errors import AmbiguousName, UnknownName

KINDS = ("industry", "trend", "subtrend", "parameter", "region", "country")
THRESHOLD = 80.0  # minimum fuzzy score to accept a match
TIE = 2.0  # candidates this close to the best score count as equally good
RELATED = 90.0  # resolve_all also returns every name scoring at least this (near-identical spellings)
_MIN_PREFIX = 4
SUBSET = 97.0  # score of a query of several words that all occur in the name ("lifetime cycles")

_DESCRIBED = {
    "industry": "emerging industries (Figure 1)",
    "trend": "mega trends (Figure 3)",
    "subtrend": "sub-trends (Figure 6)",
    "parameter": "value-chain parameters (Figure 7)",
    "region": "regions (Figure 10)",
    "country": "countries and subsumptions (Figure 10)",
}


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))


@once
def _canonical() -> dict[str, tuple[str, ...]]:
    t = tables()
    return {
        "industry": tuple(i.name for i in sorted(t.industries, key=lambda i: i.order)),
        "trend": tuple(m.name for m in sorted(t.megatrends, key=lambda m: m.order)),
        "subtrend": tuple(_unique(s.figure6 for s in t.subtrend_names)),
        "parameter": tuple(p.name for p in sorted(t.parameters, key=lambda p: p.order)),
        "region": tuple(_unique(r.region for r in t.regions)),
        "country": tuple(_unique(r.country for r in t.regions)),
    }


def canonical_names(kind: str) -> list[str]:
    """The report's names of one kind, in printed order.

    Args:
        kind: One of "industry", "trend", "subtrend", "parameter", "region", "country".
    """
    _check_kind(kind)
    return list(_canonical()[kind])


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        from tools.errors import InvalidArgument

        raise InvalidArgument(f"{kind!r} is not a kind of name; use one of {', '.join(KINDS)}.")


@once
def _vocabulary() -> tuple[VocabularyEntry, ...]:
    canon = {k: set(v) for k, v in _canonical().items()}
    out: dict[tuple[str, str, str], VocabularyEntry] = {}
    for kind, names in _canonical().items():
        for name in names:
            out[(kind, name, name.lower())] = VocabularyEntry(kind, name, name, "canonical")
    for e in tables().vocabulary:
        # entries whose canonical name is not one of the report's names are malformed rows; skip them
        if e.kind in canon and e.canonical in canon[e.kind]:
            out.setdefault((e.kind, e.canonical, e.alias.lower()), e)
    t = tables()
    for s in t.subtrend_names:  # Figure 7 spellings resolve to the Figure 6 name
        if s.figure7:
            out.setdefault(("subtrend", s.figure6, s.figure7.lower()),
                           VocabularyEntry("subtrend", s.figure6, s.figure7, "Figure 7"))
    for c in (*t.downstream, *t.upstream, *t.aosi):  # industry column labels as printed
        out.setdefault(("industry", c.industry, c.column.lower()),
                       VocabularyEntry("industry", c.industry, c.column, f"Figure {c.figure}"))
    return tuple(out.values())


def vocabulary() -> list[VocabularyEntry]:
    """Every (kind, canonical, alias) the resolver knows: the report's names, their printed variants and synonyms."""
    return list(_vocabulary())


@cache
def _aliases(kind: str) -> tuple[tuple[str, str], ...]:
    """(alias, canonical) pairs of a kind."""
    return tuple((e.alias, e.canonical) for e in _vocabulary() if e.kind == kind)


@cache
def _exact(kind: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for alias, canonical in _aliases(kind):
        key = utils.default_process(alias)
        if canonical not in out.setdefault(key, []):
            out[key].append(canonical)
    return {k: tuple(v) for k, v in out.items()}


def close_matches(query: str, choices: Sequence[str], cutoff: float, scorer=fuzz.ratio) -> list[tuple[int, float]]:
    """(index, score) of every choice scoring at least ``cutoff`` against ``query``, best first (ties in the
    choices' order). The one fuzzy matcher of the project: rapidfuzz.process scores all choices at once, in C.
    Both sides are compared as given: process them first (``utils.default_process``, or spot's ``fold``)."""
    hits = process.extract(query, choices, scorer=scorer, score_cutoff=cutoff, limit=None)
    return sorted(((i, s) for _, s, i in hits), key=lambda h: (-h[1], h[0]))


@cache
def _processed(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The aliases of a kind as rapidfuzz's default processor leaves them, and their canonical names."""
    pairs = _aliases(kind)
    return tuple(utils.default_process(a) for a, _ in pairs), tuple(c for _, c in pairs)


def _fuzzy(kind: str, text: str, related: bool = False) -> list[tuple[str, float]]:
    """Canonical names scoring at least THRESHOLD and within TIE of the best (or, with ``related``, also
    every name scoring at least RELATED), best first.

    A name scores its whole-string similarity; the similarity with its start when the query is shorter (a
    typed prefix); SUBSET when the query has several words and every one occurs in it.
    """
    query = utils.default_process(text)
    aliases, canon = _processed(kind)
    best: dict[str, float] = {}
    first: dict[str, int] = {}  # ties keep the order of the vocabulary

    def keep(i: int, score: float) -> None:
        best[canon[i]] = max(score, best.get(canon[i], -1))
        first[canon[i]] = min(i, first.get(canon[i], i))

    for i, score in close_matches(query, aliases, THRESHOLD):
        keep(i, score)
    if len(query) >= _MIN_PREFIX:
        longer = [i for i, a in enumerate(aliases) if len(a) > len(query)]
        for j, score in close_matches(query, [aliases[i][: len(query)] for i in longer], THRESHOLD):
            keep(longer[j], score)
    words = query.split()
    if len(words) >= 2:
        for i, a in enumerate(aliases):
            if set(words) <= set(a.split()):
                keep(i, SUBSET)
    if not best:
        return []
    top = max(best.values())
    kept = [(c, s) for c, s in best.items() if s >= top - TIE or (related and s >= RELATED)]
    return sorted(kept, key=lambda cs: (-cs[1], first[cs[0]]))


def _nearest(kind: str, text: str, limit: int = 3) -> list[str]:
    choices = [a for a, _ in _aliases(kind)]
    canon = dict(_aliases(kind))
    hits = process.extract(text, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit * 4)
    return _unique(canon[a] for a, s, _ in hits if s >= 60)[:limit]


def _unknown(kind: str, text: str) -> UnknownName:
    return UnknownName(kind, text, canonical_names(kind), _nearest(kind, text), _DESCRIBED[kind])


def resolve_all(kind: str, text: str) -> list[str]:
    """Every canonical name ``text`` may denote: exact aliases plus close fuzzy matches (possibly several).

    Args:
        kind: One of "industry", "trend", "subtrend", "parameter", "region", "country".
        text: A name as the user wrote it.
    """
    _check_kind(kind)
    exact = list(_exact(kind).get(utils.default_process(text), ()))
    fuzzy = [c for c, _ in _fuzzy(kind, text, related=True)]
    if exact:
        # an exact name keeps only the spelling variants of itself ("Trillion Sensor" / "Trillion sensors")
        squash = _squash_name(text)
        fuzzy = [c for c in fuzzy if any(_squash_name(a) == squash for a, cc in _aliases(kind) if cc == c)]
    found = _unique(exact + fuzzy)
    if not found:
        raise _unknown(kind, text)
    return found


def _squash_name(text: str) -> str:
    """Letters and digits only, lower case, without a plural s: "Trillion Sensors" -> "trillionsensor"."""
    out = "".join(ch for ch in utils.default_process(text) if ch.isalnum())
    return out[:-1] if out.endswith("s") else out


def resolve(kind: str, text: str) -> str:
    """The one canonical name ``text`` denotes (alias, case-insensitive, exact; else a close fuzzy match).

    Args:
        kind: One of "industry", "trend", "subtrend", "parameter", "region", "country".
        text: A name as the user wrote it.
    """
    _check_kind(kind)
    exact = _exact(kind).get(utils.default_process(text), ())
    if len(exact) == 1:
        return exact[0]
    candidates = list(exact) or [c for c, _ in _fuzzy(kind, text)]
    if not candidates:
        raise _unknown(kind, text)
    if len(candidates) > 1:
        raise AmbiguousName(kind, text, candidates)
    return candidates[0]


def region_of_country(country: str) -> str:
    """Figure 10's region for a canonical country name."""
    return next(r.region for r in tables().regions if r.country == country)


def resolve_region(text: str) -> str:
    """A region name, or a country/demonym mapped to its Figure 10 region ("Polish" -> Central Eastern Europe).

    Args:
        text: A region, country or demonym as the user wrote it.
    """
    key = utils.default_process(text)
    regions = _exact("region").get(key, ())
    if len(regions) == 1:
        return regions[0]
    countries = _exact("country").get(key, ())
    if len(countries) == 1:
        return region_of_country(countries[0])
    scored = [(c, s) for c, s in _fuzzy("region", text)] + \
             [(region_of_country(c), s) for c, s in _fuzzy("country", text)]
    if not scored:
        nearest = _unique(_nearest("region", text) + [region_of_country(c) for c in _nearest("country", text)])
        raise UnknownName("region", text, canonical_names("region"), nearest[:3], _DESCRIBED["region"])
    top = max(s for _, s in scored)
    found = _unique(c for c, s in sorted(scored, key=lambda cs: -cs[1]) if s >= top - TIE)
    if len(found) > 1:
        raise AmbiguousName("region", text, found)
    return found[0]
