"""Users' abbreviations of the report's own words: acronyms of its multi-word terms ("CWE", "KSFs"), vowel-less
skeletons ("mgrs", "intl") and cut-offs ("env", "orgs", "params") of the words it uses most.

Everything is derived from corpus/report.txt and structured/data/vocabulary.csv; nothing is listed by hand.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

# a term is a run of 2-4 words the report uses at least this often, within one clause
TERM_MIN_COUNT = 2
# a skeleton or cut-off abbreviates only a word the report uses this often (its general vocabulary)
FREQUENT = 10
_VOWELS = set("aeiouy")
_CLAUSE = re.compile(r"[.;:,()\n]")
_WORDS = re.compile(r"[A-Za-z][A-Za-z&'-]*")


@cache
def acronyms() -> dict[str, str]:
    """Acronym (3-4 letters, lower case) -> the report's term it abbreviates ("cwe" -> "central western europe")."""
    from assistant.coverage import FILLER
    from corpus.parse import report_text
    from tools import vocabulary

    counts: Counter[str] = Counter()
    for clause in _CLAUSE.split(report_text()):
        words = [w.lower() for w in _WORDS.findall(clause)]
        for n in (2, 3, 4):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if gram[0] not in FILLER and gram[-1] not in FILLER:
                    counts[" ".join(gram)] += 1
    terms = [g for g, k in counts.most_common() if k >= TERM_MIN_COUNT]
    terms += [v.alias.lower() for v in vocabulary() if len(v.alias.split()) >= 2]
    out: dict[str, str] = {}
    for term in terms:
        letters = "".join(w[0] for w in term.split() if w not in FILLER)
        if 3 <= len(letters) <= 4:
            out.setdefault(letters, term)
    return out


@cache
def _frequent() -> tuple[str, ...]:
    from assistant.coverage import FILLER
    from corpus.parse import report_text

    counts = Counter(w.lower() for w in _WORDS.findall(report_text()))
    frequent = [w for w, k in counts.most_common() if k >= FREQUENT and len(w) >= 5]  # the most used first
    return tuple(frequent + sorted(set(FILLER) - set(frequent)))


def _skeleton_of(word: str, full: str) -> bool:
    """``word`` is ``full`` with (most) vowels left out: same first letter, its letters in order ("mgrs")."""
    if full[0] != word[0] or len(full) <= len(word):
        return False
    it = iter(full)
    return all(ch in it for ch in word)


@cache
def _cut_offs() -> dict[str, str]:
    """Each cut-off before a vowel ("env", "org", "param") -> the first frequent word it cuts that leaves at least
    three letters: what the scan of ``_frequent()`` in order would find, looked up once per process."""
    out: dict[str, str] = {}
    for f in _frequent():
        for n in range(1, len(f) - 2):
            if f[n] in _VOWELS:
                out.setdefault(f[:n], f)
    return out


@lru_cache(maxsize=4096)
def expansion(word: str) -> str | None:
    """The report's word or term a user's abbreviation stands for, or None."""
    w = word.lower().strip("'-")
    if len(w) < 3 or not w.isalpha():
        return None
    single = w[:-1] if w.endswith("s") and len(w) > 3 else w
    for a in (w, single):
        if a in acronyms():
            return acronyms()[a]
    if not set(w[1:]) & _VOWELS:  # a skeleton: no vowel after the first letter
        return next((f for f in _frequent() if _skeleton_of(w, f)), None)
    return _cut_offs().get(single)  # a cut-off before a vowel: "env|ironmental", "org|anisations", "param|eters"
