"""Find a figure by what it shows: "the diagram of suppliers along the value chain", "R&D chart for Polish clusters".

``find_figure`` ranks the report's figures by how much of a description their own words explain: caption, section,
table labels, the sentences that cite them and the paragraphs that describe them (``tools.figure_vocab``), a place
named (a region, or a country or demonym standing for its Figure 10 region) against the region of a per-region
chart, and an explicit "Figure N". A description no figure explains scores low and gets no figure.

``figure_lookup`` is the same as a tool (``ToolResult``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from structured.figure_text import fold, is_stop, stem, tokens, words
from tools._data import cite, figures, merge_notes, tables
from tools.errors import InvalidArgument
from tools.figure_vocab import (
    FigureProfile,
    Place,
    cooperation_kinds,
    generic,
    idf,
    median,
    part_words,
    profiles,
    rarest,
    report_words,
    spot_places,
    typo_of,
    written,
)
from tools.figures import _row as figure_row
from tools.result import ToolResult

#: Below this score a figure does not fit the description. Calibrated on tests/data/round6.jsonl alone: its
#: figure look-ups score 0.69 or more, its refuse questions and the figure requests for things the report does not
#: show in tests/test_figure_find.py (NEGATIVE_CALIBRATION) at most 0.38; the threshold keeps a margin above the
#: negatives. Reported on tests/data/round7_mixed.jsonl and NEGATIVE_REPORT (docs in the figfind report).
THRESHOLD = 0.45

#: The kind of cooperation a per-region chart is taken to show when a description names a place but no kind (as
#: the compiler's region-chart row does): the chart of all cooperation; a chart of another kind scores lower.
DEFAULT_COOPERATION = stem("total")

#: Words that ask for a figure rather than say what it shows.
_ASKING = frozenset(stem(w) for w in (
    "page", "pages", "pg", "pgs", "pp", "where", "find", "show", "shows", "look", "tell", "want", "need", "see", "say", "keep", "text",
    "report", "number", "locate", "display", "give", "please", "main", "appear", "get", "got", "one", "ones",
    "thing", "something", "somewhere", "document", "pdf", "study", "again", "also", "section", "sections", "chapter",
    "chapters", "subsection", "really", "actually", "exactly", "just", "truly", "indeed", "anyway"))
#: Users' everyday words for the cooperation the per-region charts show: each reads as "cooperation".
_COOPERATION_WORDS = frozenset(stem(w) for w in ("ties", "tie", "links", "link", "linkages", "relations",
                                                 "relationships", "collaboration", "collaborations", "partnerships",
                                                 "partnership", "connections", "cooperating", "collaborating"))
_COMPOUND = re.compile(r"\w-\w")  # "per-region": its joined form counts only when a figure uses it
_REF = re.compile(r"\bfig(?:ure)?s?\.?\s*(\d{1,2})b?\b", re.IGNORECASE)
_FUZZY_FACTOR = 0.8  # a typo's word counts a little less than the word itself
_PLACE_LISTED = 0.3  # a table that lists every region is not about the one named
_COUNTRY_LISTED = 0.7  # a table that lists the very country named (Figure 10) is partly about it
_FOREIGN = 2.0  # a word the report never uses weighs twice the rarest figure word: the figure asked for is not here


@dataclass(frozen=True)
class FigureMatch:
    """A figure that fits a description: ``score`` in [0, 1] is the share of the description its words explain;
    ``matched`` are the description's words it explains, as written."""

    key: str
    caption: str
    page: int
    section: str
    score: float
    matched: tuple[str, ...]


@dataclass(frozen=True)
class _Term:
    stem: str
    said: str
    weight: float
    generic: bool = False  # a word for any figure: counts only for a figure the report calls so


@dataclass(frozen=True)
class _Query:
    terms: tuple[_Term, ...]
    unknown: tuple[str, ...]  # words no figure has (they lower every score)
    foreign: tuple[str, ...]  # words the report never uses (they lower every score most)
    places: tuple[Place, ...]
    refs: frozenset[int]  # figure numbers said ("Figure 17")
    said: frozenset[str]  # every stem of the description, for the tie-breaks


def _known(said: str, st: str) -> str | None:
    """The figure vocabulary's stem for a word, or for the word it misspells ("portfollio")."""
    if st in idf():
        return st
    hit = typo_of(said, list(written()))
    return written()[hit] if hit is not None else None


def _words(text: str) -> list[tuple[str, str]]:
    """(word as written, stem) of a description; a hyphenated compound the figures use ("sub-trends") stands for
    its parts, one the figures do not use ("per-region") gives way to them."""
    out: list[tuple[str, str]] = []
    skip: list[str] = []
    for said, st in tokens(text):
        if skip and said == skip[0]:
            skip.pop(0)
            continue
        if _COMPOUND.search(said):
            if st in idf():
                out.append((said, st))
                skip = [p for p in re.split(r"[-/']", said) if len(p) > 1 and not is_stop(p)]
            continue
        out.append((said, st))
    return out


def _read(description: str) -> _Query:
    refs = frozenset(int(m[1]) for m in _REF.finditer(description))
    places, rest = spot_places(_REF.sub(" ", description))
    terms: list[_Term] = []
    unknown: list[str] = []
    foreign: list[str] = []
    vocab = idf()
    for said, st in _words(rest):
        st = stem("cooperation") if st in _COOPERATION_WORDS else st
        if st in _ASKING or st.isdigit() or any(t.stem == st for t in terms):
            continue
        if generic(st):
            terms.append(_Term(st, said, vocab.get(st, 1.0), generic=True))
            continue
        known = _known(said, st)
        if known is None:
            (unknown if st in report_words() else foreign).append(said)
        else:
            weight = rarest() if known in part_words() else vocab[known]
            terms.append(_Term(known, said, weight * (1.0 if known == st else _FUZZY_FACTOR)))
    said_stems = frozenset(st for _, st in tokens(description))
    return _Query(tuple(terms), tuple(unknown), tuple(foreign), tuple(places), refs, said_stems)


def _word_weight(p: FigureProfile, t: _Term) -> float:
    if t.stem in p.kinds:
        return 1.0
    return 0.0 if t.generic else p.words.get(t.stem, (0.0, ""))[0]


def _place_weight(p: FigureProfile, place: Place) -> float:
    """1 for a chart of the place's region; less for a table listing it; else as far as the figure's own words
    say it ("Northern Europe" in a paragraph about the figure)."""
    if p.region is not None:
        return 1.0 if p.region == place.region else 0.0
    if any(fold(c) in p.labels for c in place.countries):
        return _COUNTRY_LISTED
    if fold(place.region) in p.labels:
        return _PLACE_LISTED
    said = words(place.said)
    return _PLACE_LISTED * sum(p.words.get(w, (0.0, ""))[0] for w in said) / max(len(said), 1)


def _score(p: FigureProfile, q: _Query) -> tuple[float, list[str]]:
    """(share of the description the figure explains, the words it explains)."""
    top = rarest()
    num, den, matched = 0.0, median() * len(q.unknown) + _FOREIGN * top * len(q.foreign), []
    for t in q.terms:
        w = _word_weight(p, t)
        if t.generic and not w:
            continue
        num, den = num + t.weight * w, den + t.weight
        if w:
            matched.append(t.said)
    for place in q.places:
        w = _place_weight(p, place)
        num, den = num + top * w, den + top
        if w:
            matched.append(place.said)
    if q.places and not (q.said & cooperation_kinds()) and p.cooperation not in (None, DEFAULT_COOPERATION):
        den += idf().get(DEFAULT_COOPERATION, top)  # a chart of another cooperation than the one taken as meant
    if q.refs:
        hit = figures()[p.key].number in q.refs
        num, den = num + 2 * top * hit, den + 2 * top
        if hit:
            matched.append(f"Figure {figures()[p.key].number}")
    return (num / den if den else 0.0), matched


def _order(p: FigureProfile, q: _Query, score: float) -> tuple:
    """Best first; on a tie the figure whose caption has more of the description's words in the same order
    ("industries … mega trends" against "mega trends … industries"), the main text's figure unless the appendix is
    asked for, then the earlier page."""
    said = [t.stem for t in q.terms]
    in_order = len({(a, b) for i, a in enumerate(said) for b in said[i + 1:]} & p.pairs)
    appendix = p.appendix and not (q.said & part_words())
    return -round(score, 6), -in_order, appendix, figures()[p.key].page


def find_figure(description: str, k: int = 3) -> list[FigureMatch]:
    """The report's figures that best show what ``description`` describes, best first, at most ``k``; empty when
    no figure scores ``THRESHOLD`` or more.

    Args:
        description: What the figure shows, in the user's words ("bubble chart of importance vs services").
        k: How many figures at most.
    """
    q = _read(description)
    if not (q.terms or q.places or q.refs):
        return []
    scored = []
    for p in profiles().values():
        score, matched = _score(p, q)
        if score >= THRESHOLD:
            scored.append((_order(p, q, score), p.key, score, matched))
    out = []
    for _, key, score, matched in sorted(scored)[:k]:
        f = figures()[key]
        out.append(FigureMatch(key, f.caption, f.page, f.section, round(score, 3), tuple(matched)))
    return out


def figure_lookup(description: str, k: int = 3) -> ToolResult:
    """The figures whose content (caption, labels, the text that describes or cites them, their region) best fits
    a description, best first (``value`` is the best key; no figure when none fits).

    Args:
        description: What the figure shows, e.g. "diagram of suppliers along the value chain" or "R&D
            cooperation chart for Polish clusters".
        k: How many figures at most (1 to the number of figures).
    """
    if not description.strip():
        raise InvalidArgument("Describe the figure in a few words, e.g. \"bubble chart of services by industry\".")
    if not 1 <= k <= len(figures()):
        raise InvalidArgument(f"k must be between 1 and {len(figures())}, not {k}.")
    found = find_figure(description, k)
    keys = [m.key for m in found]
    title = f"Figures that show \"{description}\"" if found else f"No figure of the report shows \"{description}\""
    notes = [n for n in tables().notes if set(keys) & set(n.figure_keys)]
    return ToolResult(
        tool="figure_lookup", args={"description": description, "k": k}, title=title,
        value=keys[0] if keys else None, items=keys, count=len(keys),
        rows=[figure_row(m.key) | {"score": m.score, "matched": list(m.matched)} for m in found],
        citations=[cite(key) for key in keys], notes=merge_notes(notes),
    )


#: A figure that explains a subject at least this share of the best-fitting figure's score is about it as much.
AS_MUCH = 0.8


def figure_about(figure: str, subject: str) -> ToolResult:
    """Whether a figure shows a subject (``value`` "yes" or "no"), judged by the figure's own words as
    ``figure_lookup`` reads them, with the figures that fit the subject best (``items``) for a "no" or for a "yes"
    in part (its first row's ``in_part``: other figures fit the subject more closely).

    Args:
        figure: The figure number or key, e.g. "11" or "17b".
        subject: What the figure is said to show, in the user's words, e.g. a region or a kind of cooperation.
    """
    from tools.figures import _key

    key = _key(figure)
    if not subject.strip():
        raise InvalidArgument("Say what the figure should show, in a few words.")
    found = find_figure(subject, k=len(figures()))
    own = next((m.score for m in found if m.key == key), 0.0)
    best = found[0].score if found else 0.0
    about = own >= THRESHOLD
    fully = about and own >= AS_MUCH * best
    others = [m.key for m in found if m.key != key and m.score >= AS_MUCH * best][:3]
    cap = figures()[key].caption
    if fully:
        title = f"Figure {key} ({cap}) shows \"{subject}\""
    elif about:
        closer = f"Figure {others[0]} fits" if len(others) == 1 else f"Figures {', '.join(others)} fit"
        title = f"Figure {key} ({cap}) shows \"{subject}\" in part; {closer} it more closely"
    else:
        title = f"Figure {key} is \"{cap}\", not \"{subject}\""
    return ToolResult(
        tool="figure_about", args={"figure": key, "subject": subject}, title=title,
        value="yes" if about else "no", items=others if not fully else [key], count=len(others) if not fully else 1,
        rows=[figure_row(key) | {"score": round(own, 3), "in_part": about and not fully},
              *(figure_row(k) for k in others if not fully)],
        citations=[cite(key), *(cite(k) for k in others if not fully)],
    )
