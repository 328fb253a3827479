"""Query expansion with the report's vocabulary (structured/data/vocabulary.csv), when it is there.

"IoT" -> "Cross-linkage of subjects & objects". Without the file, queries are searched as written.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

VOCABULARY_PATH = Path(__file__).parents[1] / "structured" / "data" / "vocabulary.csv"


@dataclass(frozen=True)
class Alias:
    kind: str
    canonical: str
    alias: str
    pattern: re.Pattern[str]


@cache
def _aliases(path: Path = VOCABULARY_PATH) -> tuple[Alias, ...]:
    if not path.is_file():
        return ()
    out = []
    try:
        with path.open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                alias, canonical = (row.get("alias") or "").strip(), (row.get("canonical") or "").strip()
                if not alias or not canonical or alias.lower() == canonical.lower():
                    continue
                flags = 0 if (alias.isupper() and len(alias) <= 5) else re.IGNORECASE
                pat = re.compile(rf"(?<![\w&]){re.escape(alias)}(?![\w&])", flags)
                out.append(Alias((row.get("kind") or "").strip(), canonical, alias, pat))
    except (OSError, csv.Error, UnicodeDecodeError):
        return ()
    # longest aliases first, so "big data analytics" wins over "data"
    return tuple(sorted(out, key=lambda a: -len(a.alias)))


def aliases() -> tuple[Alias, ...]:
    """The report's aliases (structured/data/vocabulary.csv), longest first."""
    return _aliases()


@cache
def names_of(kind: str, path: Path = VOCABULARY_PATH) -> frozenset[str]:
    """Every spelling (canonical and alias, lower case) of the report's names of one kind ("subtrend", …)."""
    if not path.is_file():
        return frozenset()
    with path.open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if (r.get("kind") or "").strip() == kind]
    return frozenset(" ".join((r.get(k) or "").split()).lower() for r in rows for k in ("canonical", "alias")) - {""}


_SMALL = frozenset("of for and the in on to".split())


@cache
def all_names(path: Path = VOCABULARY_PATH) -> frozenset[str]:
    """Every spelling (lower case) of every name of the report's vocabulary, of any kind."""
    if not path.is_file():
        return frozenset()
    with path.open(newline="", encoding="utf-8") as f:
        return frozenset(" ".join((r.get(k) or "").split()).lower() for r in csv.DictReader(f)
                         for k in ("canonical", "alias")) - {""}


def _initials(words: list[str], small: bool) -> str:
    return "".join(w[0] for w in words if small or w.lower() not in _SMALL).upper()


@cache
def report_acronyms() -> tuple[tuple[str, str], ...]:
    """(acronym, the words it stands for) for each "words (ABC)" the report spells out:
    "intelligent transportation systems (ITS)". Matched case-sensitively: "ITS" is not "its"."""
    import corpus

    out = []
    for m in re.finditer(r"\(([A-Z]{2,6})\)", corpus.report_text()):
        acronym = m[1]
        words = re.findall(r"[A-Za-z][\w-]*", corpus.report_text()[max(0, m.start() - 200) : m.start()])
        for n in range(len(acronym), 2 * len(acronym) + 1):
            taken = words[-n:]
            if acronym in (_initials(taken, True), _initials(taken, False)):
                out.append((acronym, " ".join(taken)))
                break
    return tuple(out)


@lru_cache(maxsize=256)  # one search expands its question up to three times
def expand(query: str, path: Path = VOCABULARY_PATH) -> str:
    """The query followed by the canonical names of the aliases it uses and the words of the report's acronyms it
    writes (each once)."""
    extra: list[str] = []
    low = query.lower()
    for a in _aliases(path):
        if a.pattern.search(query) and a.canonical.lower() not in low and a.canonical not in extra:
            extra.append(a.canonical)
    for acronym, words in report_acronyms():
        if re.search(rf"(?<![\w&]){acronym}s?(?![\w&])", query) and words.lower() not in low and words not in extra:
            extra.append(words)
    return f"{query} ({'; '.join(extra)})" if extra else query


@lru_cache(maxsize=256)
def substitute(text: str, path: Path = VOCABULARY_PATH) -> str:
    """``text`` with each alias of the report's vocabulary written as its canonical name ("IoT" -> "Cross-linkage of
    subjects & objects"), so its words can be looked for in the report's sentences."""
    for a in _aliases(path):
        text = a.pattern.sub(a.canonical, text)
    return text


@cache
def report_words() -> frozenset[str]:
    """Every word of the report's text, lower case."""
    import corpus

    return frozenset(re.findall(r"[^\W\d_]+", corpus.report_text().lower()))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def as_written(text: str) -> str:
    """``text`` with each word the report writes without its accents written as the report does ("Skåne" ->
    "Skane", "Malmö" -> "Malmo"); words the report writes with them, and all others, as typed."""
    words = report_words()

    def plain(m: re.Match) -> str:
        w = m[0]
        bare = _unaccented(w)
        return bare if bare != w and bare.lower() in words and w.lower() not in words else w

    return re.sub(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*", plain, text)
