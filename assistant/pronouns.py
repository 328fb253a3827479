"""Pronouns of a follow-up ("it", "there", "that region", "its R&D links"): the names said before that they
stand for, put where the pronoun is (assistant.followups completes frames with them)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.cues import IT_REF
from assistant.frame import KIND_OF_FOCUS, Frame, Name
from assistant.referents import KINDS_OF_RELATION, MATRIX, NOUN_KIND, THAT_NAME, referred, with_names
from assistant.state import State

THERE = re.compile(r"\bthere\b")
# "it" in "when it comes to", "as it stands" stands for nothing (``cues.IT_REF``)
_PRONOUN = re.compile(r"\b(" + IT_REF + r"|its|they|them|their|there|that industry|this industry|that trend|this trend|that region|"
                      r"this region|that country|this country)\b")


def pronouns(frame: Frame, last: Frame) -> Frame | None:
    """"which does it push back on": the previous turn's names stand where the pronouns are, so the relation is
    read with them in place (who acts on whom)."""
    spots = list(_PRONOUN.finditer(frame.text))
    last = _not_asked(frame, last)  # "which other industries have it" after a trend and an industry: the trend
    # one subject: names of one kind, or one text read two ways ("big data" the trend and the sub-trend)
    if not spots or len({n.kind for n in last.names}) > 1 and len({(n.start, n.end) for n in last.names}) > 1:
        return None
    said = spots[0][0].split()[-1]
    that = THAT_NAME.search(frame.text)
    that_kind = NOUN_KIND.get(that["noun"], that["noun"]) if that else None
    if that_kind is not None and that_kind != last.names[0].kind or asks_its_kind(frame, last) and that is None:
        return None  # "which countries are in it/that region" after a country: not the country; the caller looks on
    if said in ("industry", "trend", "region", "country") and said != last.names[0].kind or \
            said == "there" and last.names[0].kind not in ("region", "country"):
        return None
    names = tuple(Name(n.kind, n.canonical, m[0], m.start(), m.end()) for m in spots[:1] for n in last.names[:1])
    focus = frame.focus or (last.focus if last.relation in MATRIX else None)
    if KIND_OF_FOCUS.get(frame.focus or "") == names[0].kind and last.relation in MATRIX:
        focus = last.focus  # "for that trend": the pronoun's own noun, not what is asked for
    return with_names(frame, last, names, focus, frame.combination)


def _not_asked(frame: Frame, last: Frame) -> Frame:
    """The last frame with only the names a pronoun can stand for: not those of the kind the question asks for
    ("which industries have it": "it" is no industry), when names of another kind remain."""
    asked = KIND_OF_FOCUS.get(frame.focus or "")
    rest = tuple(n for n in last.names if n.kind != asked)
    return replace(last, names=rest) if asked and rest and len(rest) < len(last.names) else last


def among(frame: Frame, last: Frame) -> Frame | None:
    """"and which of those are AOSIs", "of those, which does it push upstream too": an "of those" question with a
    relation of its own and no names is asked of the last turn's names (its subject), about the same kind of
    item; the caller keeps the answer inside the last one."""
    if not frame.followup.of_those or frame.relation is None or not last.names or frame.aggregation is not None:
        return None  # "… not shaped by any trend upstream": a count of its own is over the whole figure
    return replace(frame, names=referred(frame, last.names), focus=frame.focus or last.focus,
                   combination=frame.combination or last.combination)


# the kinds a pronoun beside names may stand for, the place names first ("its R&D links with Iberia")
_STANDS_FOR = ("region", "industry", "trend", "country")
_PAIRS = ("rd", "business")  # relations between two names of one kind


def pronoun_beside(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"how strong is its R&D cooperation with Iberia", "which of its sub-trends are very strong on information
    sharing": a pronoun beside the question's own names stands for the newest name said before of a kind the
    relation takes (the other side of a pair of regions, or the industry of a sub-trend table), placed where the
    pronoun is and the relation read again with it."""
    m = _PRONOUN.search(frame.text)
    rel = frame.relation
    if m is None or not frame.names or not frame.relation_said or rel not in KINDS_OF_RELATION:
        return None
    said = m[0].split()[-1]
    for kind in _STANDS_FOR:
        if _own_name_before(frame, kind, m.start()):  # "for central eastern - who's its best partner": that region
            return None
        name = state.last_of(kind)
        if kind not in KINDS_OF_RELATION[rel] or name is None or said in _STANDS_FOR and said != kind or \
                name in frame.given(kind) or kind in frame.kinds and rel not in _PAIRS:
            continue
        placed = Name(kind, name, m[0], m.start(), m.end())
        return with_names(frame, last, tuple(sorted(frame.names + (placed,), key=lambda n: n.start)),
                           frame.focus, frame.combination)
    return None


def _own_name_before(frame: Frame, kind: str, at: int) -> bool:
    """The question asks for names of ``kind`` and says one of that kind before the pronoun: the pronoun is that
    name ("and for X - who's its best partner"), not the other side of a pair said in a turn before."""
    return KIND_OF_FOCUS.get(frame.focus or "") == kind and any(n.kind == kind and n.end <= at for n in frame.names)


def asks_its_kind(frame: Frame, last: Frame) -> bool:
    """The question asks for names of the kind its pronoun's referent is ("which countries are in it" after a
    country), outside a pair relation, where a region's partners are regions: the pronoun means something else."""
    return KIND_OF_FOCUS.get(frame.focus or "") == last.names[0].kind and frame.relation not in _PAIRS and \
        not frame.names


# "that group", "the same group": the one name answered last, when its kind groups names of another kind (a region
# groups countries in Figure 10)
_GROUP = re.compile(r"\b(?:that|this|the same) group\b")
_GROUPS = ("region",)  # the kinds whose names stand for groups of other names (Figure 10: a region's countries)


def group_named(frame: Frame, answered: Frame) -> Frame | None:
    """"how many countries are in that group", "is iceland in the same group?" after "where does the report put
    israel": the region answered stands where "that group" is, read again with it in place."""
    m = _GROUP.search(frame.text)
    if m is None or len(answered.names) != 1 or answered.names[0].kind not in _GROUPS or \
            any(n.kind == answered.names[0].kind for n in frame.names):  # "is X in that group": X's kind may be said
        return None
    name = answered.names[0]
    placed = Name(name.kind, name.canonical, m[0], m.start(), m.end())
    return with_names(frame, answered, tuple(sorted(frame.names + (placed,), key=lambda n: n.start)), frame.focus,
                      frame.combination)
