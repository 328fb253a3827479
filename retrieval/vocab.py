"""Query expansion with the report's vocabulary (structured/data/vocabulary.csv), when it is there.

"IoT" -> "Cross-linkage of subjects & objects". Without the file, queries are searched as written.
"""

from __future__ import annotations

import csv
import re
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


@lru_cache(maxsize=256)  # one search expands its question up to three times
def expand(query: str, path: Path = VOCABULARY_PATH) -> str:
    """The query followed by the canonical names of the aliases it uses (each once)."""
    extra: list[str] = []
    low = query.lower()
    for a in _aliases(path):
        if a.pattern.search(query) and a.canonical.lower() not in low and a.canonical not in extra:
            extra.append(a.canonical)
    return f"{query} ({'; '.join(extra)})" if extra else query
