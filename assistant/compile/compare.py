"""Compiler rows for comparisons of two or more names on a count ("which has more AOSIs, logistics or
mobility", "is medtech or biopharma hit by more trends", "does the Baltic have fewer strong R&D partners than
the Nordics"): the ranking tool that counts that thing for every name, then the typed ``_compare`` step over
the named ones (a tie is said as a tie; "A more … than B" is a yes/no)."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.compile.matrix import direction
from assistant.frame import Frame
from assistant.plan import Clarify, Step, ToolPlan

_FEWER = re.compile(r"\b(fewer|less|fewest|least|smaller number|lower number|lowest number)\b")
_COMPARATIVE = re.compile(r"\b(more|most|greater|higher|larger|bigger|as many|same number|"
                          r"fewer|less|fewest|least|smaller|lower|lowest|highest|largest|biggest)\b")
# "as many … as", "the same number of": a yes/no on equal counts
_SAME = re.compile(r"\bas many\b|\bsame (number|amount|count)\b|\bequal (number|count)\b|\bequally many\b")
# "more … than any other (industry)", "than all the others", "than the rest": one name against every other
_THAN_ALL = re.compile(r"\bthan (any|all|every|each)( of)?( the)? (other|others|rest)\b|\bthan the (others|rest)\b")
_COUNTED = re.compile(r"\bnumber of\b|\bhow many\b|\bcount\w*\b")
# what is counted, in the order a noun is looked for after the comparative (the names' own words blanked)
_NOUNS = (("subtrends", C.SUBTREND_WORD), ("aosi", C.AOSI_PROPER), ("hotspots", C.HOTSPOT),
          ("marks", re.compile(r"\bcross-?over\w*|\bticks?\b|\bchecks?\b|\bmarks?\b|✓|\bvalue[- ]chain\b|"
                               r"\bparameters\b|\bcells\b|\beffects\b|\bimpacts\b")),
          ("partners", re.compile(r"\bpartners?\b|\blinks?\b|\bties\b|\bconnections?\b|\bcooperat\w*|\bregions\b")),
          ("trends", re.compile(r"\b(mega ?trends?|megatrends?|trends?)\b")),
          ("industries", re.compile(r"\bindustries\b|\bsectors?\b")))
_KIND_OF = {"country": "region"}


def _compared(frame: Frame, least: int = 2) -> tuple[str, list[str], str | None] | None:
    """The kind and canonical names of the two or more names compared (a country stands for its region), and
    a reading note for each country so joined."""
    import tools

    by: dict[str, list[str]] = {}
    joined = []
    for n in frame.names:
        kind = _KIND_OF.get(n.kind, n.kind)
        name = n.canonical
        if n.kind == "country":
            name = tools.region_of(n.canonical).value or name
            joined.append(f"{n.canonical} as its region, {name}")
        if name not in by.setdefault(kind, []):
            by[kind].append(name)
    many = [(k, v) for k, v in by.items() if len(v) >= least]
    if len(many) != 1:
        return None
    return many[0][0], many[0][1], ("Read " + "; ".join(joined) + ".") if joined else None


def _noun(frame: Frame) -> str | None:
    """The counted thing: the first count noun after the comparative (or after "number of" / "how many")."""
    text = frame.text
    for n in frame.names:
        text = text.replace(n.text.lower(), " " * len(n.text))
    m = _COMPARATIVE.search(text) or _COUNTED.search(text)
    if m is None:
        return None
    after = text[m.end():]
    hits = [(pat.search(after), noun) for noun, pat in _NOUNS]
    hits = [(h.start(), noun) for h, noun in hits if h is not None and h.start() <= 60]
    return min(hits)[1] if hits else None


def _matrix_count(kind: str, noun: str, frame: Frame) -> Step | ToolPlan | None:
    """rank_matrix for industries counted by trends (or trends by industries) in the matrix the frame says."""
    if noun == "aosi":
        d = "aosi"
    else:
        d = direction(frame)
    if d is None:
        return None
    return Step("rank_matrix", {"entity": kind, "direction": d})


def _grade(frame: Frame, scale: str, default: str) -> tuple[str, bool]:
    g = frame.grade
    if g is None or g.scale != scale:
        return default, True
    return g.symbol, g.mode == "at_least"


def _count_step(kind: str, noun: str, frame: Frame) -> Step | Clarify | None:
    """The tool that counts ``noun`` for every name of ``kind`` (None when the figures count no such thing)."""
    if kind in ("industry", "trend") and noun in ("aosi", "trends", "industries"):
        if noun == {"industry": "industries", "trend": "trends"}[kind]:
            return None  # "more industries than" with industries named: not a count of marked cells
        return _matrix_count(kind, noun, frame)
    if kind in ("industry", "trend") and noun == "marks" and direction(frame) in ("downstream", "upstream", "aosi"):
        return _matrix_count(kind, noun, frame)  # "the most marks in the downstream matrix": Figure 3's, not 7's
    if kind in ("industry", "trend") and noun == "subtrends":
        return Step("count_subtrends", {"by": kind})
    if kind in ("industry", "trend") and noun == "hotspots":
        return Step("rank_hotspots", {"by": kind})
    if kind in ("industry", "subtrend") and noun == "marks" or kind == "parameter" and noun == "marks":
        grade, at_least = _grade(frame, "crossover", "✓")
        if kind == "parameter":
            return Step("parameter_ranking", {"grade": grade, "at_least": at_least})
        return Step("count_crossover_marks", {"by": kind, "grade": grade, "at_least": at_least})
    if kind == "region" and noun == "partners":
        grade, _ = _grade(frame, "cooperation", "+")
        kinds = {s.relation for s in frame.scope if s.relation in ("rd", "business") and not s.negated}
        if frame.relation in ("rd", "business"):
            kinds.add(frame.relation)
        if len(kinds) != 1:
            return Clarify("Which cooperation do you mean: R&D (Figure 13) or business (Figure 16)?",
                           ("Compare them on R&D partners (Figure 13).", "Compare them on business partners "
                                                                          "(Figure 16)."))
        return Step("rank_regions", {"kind": kinds.pop(), "grade": grade})
    return None


def compare_rows(frame: Frame) -> ToolPlan | Clarify | None:
    """Two or more names of one kind compared on how many of something the figures give each."""
    agg = frame.aggregation
    if agg is not None and agg.kind in ("at_least", "more_than", "exactly", "top", "nth") or \
            frame.intent in ("explain", "define", "locate") or frame.combination in ("neither", "only", "minus") or \
            frame.followup.of_those:
        return None
    # "does X have more … than any other", and the superlative "does X have the most …" (a tie at the top counts)
    top = agg is not None and agg.kind in ("most", "least") and len(frame.names) == 1
    alone = (bool(_THAN_ALL.search(frame.text)) or top) and frame.intent == "yesno"
    compared = _compared(frame, 1 if alone else 2)
    if compared is None or alone and len(compared[1]) != 1:
        return None
    kind, names, reading = compared
    if not (_COMPARATIVE.search(frame.text) or (_COUNTED.search(frame.text) and len(frame.kinds) == 1)):
        return None
    noun = _noun(frame)
    step = _count_step(kind, noun, frame)
    if not isinstance(step, Step):
        return step
    # "how many AOSIs do A, B and C have": no comparative, so each one's count and their sum; a sum of cells counts
    # each cell once, while trends or sub-trends shared by two names would count twice: that count is not read
    counted = frame.intent == "count" and not _COMPARATIVE.search(frame.text)
    yesno = frame.intent == "yesno"
    fewest = _FEWER.search(frame.text) or top and agg.kind == "least"
    args = {"names": names, "order": "fewest" if fewest else "most", "what": _what(step),
            "than": yesno and " than " in frame.text, "same": yesno and bool(_SAME.search(frame.text)), "alone": alone,
            "tie_ok": top, "total": counted and noun in _CELLS}
    return ToolPlan((step, Step("_compare", args)), reading, sure=not counted or noun in _CELLS)


_CELLS = ("aosi", "marks", "hotspots")  # what a sum over several names counts once each


_COUNTED_THING = {"count_subtrends": "Sub-trends listed", "rank_hotspots": "Hot-spots",
                  "count_crossover_marks": "Crossover cells graded {grade}{more}",
                  "parameter_ranking": "Crossover cells graded {grade}{more}",
                  "rank_regions": "Partners graded {grade} or stronger ({kind})"}
_PER = {"industry": "industry", "trend": "mega trend", "subtrend": "sub-trend", "parameter": "parameter"}


def _what(step: Step) -> str:
    """What the compared count counts, said in the answer's title."""
    a = step.args
    if step.tool == "rank_matrix":
        thing = "AOSIs" if a["direction"] == "aosi" else \
            f"{'Mega trends' if a['entity'] == 'industry' else 'Industries'} marked ({a['direction'].replace('_', ' ')})"
        return f"{thing} per {_PER[a['entity']]}"
    thing = _COUNTED_THING[step.tool].format(grade=a.get("grade", ""), more=" or stronger" if a.get("at_least") else "",
                                             kind="R&D" if a.get("kind") == "rd" else "business")
    per = "region" if step.tool == "rank_regions" else _PER[a.get("by", "parameter")]
    return f"{thing} per {per}"
