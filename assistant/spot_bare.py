"""Names the report's vocabulary does not hold as written, read from how the question uses them: a region without
"Europe" joined to another region, an industry named by its first word(s) and a sector word ("packaging firms"), an
industry named by its opening words where the question sets it apart or joins it to another industry's name."""

from __future__ import annotations

import re

from assistant.spot import Mention, _industry_aliases, fold
from corpus.once import once
from tools.names import vocabulary

# a region's name without "Europe", joined to another region ("between Northern and Central Western Europe", the
# report's own way of writing it; "northern and central western"): read as that region when the words name one
_JOINED = re.compile(r"(?:\b(?:between|from|and|or|with|to)\s+|[&/]\s*)$")
_JOINS = re.compile(r"^\s*(?:and|or|to|with|&|/|,|-|vs)\b|^\s*[&/,-]")


@once
def _bare_region_forms() -> dict[str, str]:
    """Folded region name without its trailing "europe" -> the one region it names (forms two regions share, such
    as "central", or that open a region outside Europe, such as "north" and "eastern", are left out)."""
    forms: dict[str, set[str]] = {}
    others = set()  # first words of the regions outside Europe ("north" america, "eastern" asia): no bare form
    for v in vocabulary():
        f = fold(v.alias)
        if v.kind == "region" and f.endswith(" europe") and len(f) > len(" europe") + 3:
            forms.setdefault(f.removesuffix(" europe"), set()).add(v.canonical)
        elif v.kind == "region" and not fold(v.canonical).endswith(" europe"):
            others.add(f.split()[0])
    return {f: next(iter(cs)) for f, cs in forms.items() if len(cs) == 1 and f not in others}


@once
def _bare_region_patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    """The bare forms, longest first, each with its canonical region and its pattern (compiled once)."""
    return tuple((form, canonical, re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])"))
                 for form, canonical in sorted(_bare_region_forms().items(), key=lambda x: -len(x[0])))


def bare_regions(folded: str, taken: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """Regions named without "Europe" where the question joins them to another region."""
    if not any(m.kind == "region" for m in found) and "between" not in folded:
        return []
    out = []
    for form, canonical, pattern in _bare_region_patterns():
        for m in pattern.finditer(folded):
            s, e = m.start(), m.end()
            if any(s < t[1] and t[0] < e for t in taken) or \
                    not (_JOINED.search(folded[:s]) or _JOINS.search(folded[e:])):
                continue
            out.append(Mention("region", canonical, form, s, e))
            taken.append((s, e))
    return out


_SECTOR = re.compile(r"\b([a-z]+(?: [a-z]+)?) (sector|sectors|firms|companies|clusters|cluster|businesses|field|hot-spot|hot spot|hotspot|block|economy|industry|industries|players)\b")


def sector_words(folded: str, taken) -> list[Mention]:
    """"the environmental sector", "packaging firms": an industry named by its first word(s)."""
    known = _industry_aliases()
    out = []
    for m in _SECTOR.finditer(folded):
        words = m[1].split()
        for n in (len(words), 1):
            stem = " ".join(words[-n:])
            s, e = m.start(1) + len(m[1]) - len(stem), m.end(1)
            if any(s < t[1] and t[0] < e for t in taken):
                break
            hit = next((known[c] for c in (f"{stem} industries", f"{stem} industry", f"{stem} services",
                                            f"{stem} technologies", f"{stem} devices") if c in known), None)
            if hit:
                out.append(Mention("industry", hit, stem, s, e))
                break
    return out


@once
def _industry_openers() -> dict[str, str]:
    """The words before an industry name's last word ("digital" of Digital Industries, "blue growth") -> that
    industry, where no other industry's name opens with them."""
    seen: dict[str, set[str]] = {}
    for c in set(_industry_aliases().values()):
        words = fold(c).split()
        if len(words) >= 2:
            seen.setdefault(" ".join(words[:-1]), set()).add(c)
    return {w: next(iter(cs)) for w, cs in seen.items() if len(cs) == 1}


# an industry named by its opening words only: set apart from a list ("besides digital", "other than creative"), or
# joined to a full name whose last word it shares ("digital and creative industries", "digital, creative or
# experience industries")
_SET_APART = r"(?:besides|other than|except(?: for)?|apart from|aside from|excluding|not counting|leaving out|bar|minus)"
_JOINED_TO_HEAD = r"(?: (?:and|or|plus|as well as|and also|and the|or the))? "


@once
def _opener_pattern() -> re.Pattern:
    """Any industry's opening words, longest first (compiled once)."""
    words = "|".join(re.escape(w) for w in sorted(_industry_openers(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({words})(?![\w-])")


def bare_industries(folded: str, taken) -> list[Mention]:
    """Industries named by their opening words where the question sets them apart or joins them to another
    industry's full name."""
    openers = _industry_openers()
    if not openers:
        return []
    out = []
    for m in _opener_pattern().finditer(folded):
        s, e = m.span(1)
        if any(s < t[1] and t[0] < e for t in taken) or not _bare_context(folded, s, e, openers[m[1]], openers):
            continue
        out.append(Mention("industry", openers[m[1]], m[1], s, e))
        taken.append((s, e))
    return out


def _bare_context(folded: str, s: int, e: int, canonical: str, openers: dict[str, str]) -> bool:
    """After a word that sets a name apart, or before (through other bare openers) a full industry name that ends
    in the same word."""
    opener = "|".join(re.escape(w) for w in openers)
    if re.search(rf"\b{_SET_APART}(?: the)?(?: (?:{opener})(?: (?:and|or|nor))?)* $", folded[:s]):
        return True  # "besides digital", "besides digital and creative"
    head = fold(canonical).split()[-1]
    rest = folded[e:]
    chain = re.match(rf"(?:{_JOINED_TO_HEAD}(?:{opener}))*{_JOINED_TO_HEAD}(?:{opener}) {re.escape(head)}\b", rest)
    return chain is not None


@once
def _lower_words() -> frozenset[str]:
    """The words the report writes in lower case: English words, never a name's initials ("see", "per se")."""
    from corpus.parse import report_text

    return frozenset(re.findall(r"\b[a-z]+\b", report_text()))


# a region's initials joined by a hyphen or a slash to another region's ("nw-cwe", "cee/see"): a pair of regions
_PAIR_JOIN = re.compile(r"^[-/]")


@once
def _initial_patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    """The regions' initials a question may use (whole, or the compass part before "europe"), each with its region
    and its pattern (compiled once)."""
    from assistant.coverage import FILLER
    from assistant.spot import _initials

    forms = {a: c for (a, k), c in _initials().items() if k == "region"}
    full = [(a, c) for a, c in forms.items() if " " not in a and a not in FILLER and a not in _lower_words()]
    parts = [(a.removesuffix(" europe"), c) for a, c in forms.items() if a.endswith(" europe")]
    return tuple((form, canonical, re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])"))
                 for form, canonical in [*full, *parts])


def region_initials(question: str, folded: str, taken: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """Regions written as initials the vocabulary derives ("cwe"; the compass part "nw", "sw" of "NW Europe"),
    beyond the three-letter capitals the spotter already reads: typed in capitals, or in lower case joined to another
    region ("between cwe and sw", "nw-cwe"); a three-letter form only when it is no English word of the report's
    ("see")."""
    from assistant.spot import _typed_in_capitals

    out: list[Mention] = []
    for form, canonical, pattern in _initial_patterns():
        for m in pattern.finditer(folded):
            s, e = m.start(), m.end()
            if any(s < t[1] and t[0] < e for t in taken):
                continue
            regions = [x for x in (*found, *out) if x.kind == "region"]
            joined = _JOINED.search(folded[:s]) and (regions or "between" in folded) or _JOINS.search(folded[e:]) or \
                _PAIR_JOIN.match(folded[e:]) or folded[:s].endswith(("-", "/"))
            if not (joined or _typed_in_capitals(question, form)):  # "about cee" alone: a word, not a region
                continue
            out.append(Mention("region", canonical, form, s, e))
            taken.append((s, e))
    return out
