"""A link asked without a direction: "how are logistics and the mega trends linked", "what is the relationship
between big data and medtech". The frame leaves the relation open and lists the readings: Figure 5's areas of
strong interdependency (the link both ways) first, then the downstream (Figure 3) and upstream (Figure 4)
matrices. ``best_reading`` answers the first and keeps the others to offer."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.frame import Frame, Name, Relation

LINK = re.compile(r"\b(link\w*|connect\w*|relat\w*|tied|ties|interplay|interact\w*|interconnect\w*|associat\w*|"
                  r"intertwin\w*|correlat\w*)\b")
# the readings of an undirected link, best first: the interdependencies, then each direction
READINGS: tuple[Relation, ...] = ("aosi", "downstream", "upstream")
_SIDES = {"industry": "industries", "trend": "trends"}


def linked(text: str, names: tuple[Name, ...], focus: str | None) -> bool:
    """The question asks how a trend side and an industry side are linked, and says no direction."""
    if not LINK.search(text) or any(p.search(text) for p in (C.DOWN, C.UP, C.AOSI, C.ACTIVE, C.PASSIVE,
                                                                  C.SUBTREND_WORD, C.CROSSOVER)):
        return False
    kinds = {n.kind for n in names}
    if kinds - {"industry", "trend"} - {"subtrend"} or not kinds & {"industry", "trend"}:
        return False
    sides = {_SIDES[k] for k in kinds & set(_SIDES)} | ({focus} & set(_SIDES.values()))
    return sides == {"industries", "trends"}


def best_reading(frame: Frame) -> Frame | None:
    """The frame read its best way when the words leave the relation open (``other_readings``): the first
    reading, as a list of the other side or the one cell; the rest kept to be offered. None: nothing to choose."""
    if frame.relation is not None or not frame.other_readings:
        return None
    both = frame.kinds >= {"industry", "trend"}  # the one cell, else the list of the other side
    return replace(frame, relation=frame.other_readings[0], other_readings=frame.other_readings[1:],
                   intent="value" if both else "list")
