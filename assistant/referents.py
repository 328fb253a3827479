"""What a follow-up's references point at: the kinds of name each relation's tables take, "that sub-trend"
and the name it means, the last answer's items as names, and a frame with inherited names put in place."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import Frame, Name
from assistant.spot import spot
from assistant.state import State
from assistant.understand.relation import relation

MATRIX = ("downstream", "upstream", "aosi")
# the kinds of name each relation's tables take
KINDS_OF_RELATION = {
    "downstream": {"industry", "trend"}, "upstream": {"industry", "trend"}, "aosi": {"industry", "trend"},
    "subtrends": {"industry", "trend", "subtrend", "parameter"}, "crossover": {"industry", "subtrend", "parameter"},
    "rd": {"region", "country"}, "business": {"region", "country"}, "membership": {"region", "country"}}

# "that sub-trend", "this industry": of the names said before, the one of that kind
THAT_NAME = re.compile(r"\b(?:that|this|the same) (?P<noun>sub-?trend|industry|sector|(?:mega )?trend|region|country|"
                       r"parameter)\b")
NOUN_KIND = {"sector": "industry", "mega trend": "trend", "sub-trend": "subtrend", "subtrend": "subtrend"}


def referred(frame: Frame, names: tuple[Name, ...]) -> tuple[Name, ...]:
    """The names a follow-up takes from the turn before: only those of the kind it points at ("which industry is
    that sub-trend under": the sub-trend, not the parameter it was graded on), else all of them."""
    m = THAT_NAME.search(frame.text)
    kind = NOUN_KIND.get(m["noun"], m["noun"]) if m else None
    return tuple(n for n in names if n.kind == kind) or names


def nth_item(frame: Frame, state: State) -> Name | None:
    """The item of the last answer "the second one" points at, if the answer listed names."""
    items, n = item_names(state), frame.followup.nth
    if n is None or not items or n > len(items):
        return None
    return items[n - 1 if n > 0 else -1]


def item_names(state: State) -> list[Name]:
    """The last answer's items that are names of the report (all of one kind), in the answer's order."""
    out = []
    for item in state.last_items:
        if not isinstance(item, str):
            return []
        hit = next((m for m in spot(item) if m.canonical == item), None)
        if hit is None:
            return []
        out.append(Name(hit.kind, item, item, 0, 0))
    return out if len({n.kind for n in out}) == 1 else []


def with_names(frame: Frame, last: Frame, names: tuple[Name, ...], focus, combination) -> Frame:
    """The frame with the inherited names in place, the relation read again with them where the words stand."""
    focus = focus or last.focus
    rel = relation(frame.text, names, frame.figure, focus) or last.relation
    return replace(frame, names=names, focus=focus, relation=rel, relation_said=True, combination=combination,
                   intent=frame.intent if frame.intent != "unknown" else last.intent)
