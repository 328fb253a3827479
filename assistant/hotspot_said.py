"""A sub-trend follow-up that points at the turn before with "it", "its" or "there" ("what sub-trends come with
it", "which sub-trends are listed there") after a turn that named a mega trend and an industry: Figure 6 lists
sub-trends per hot-spot (mega trend × industry), so the pronoun stands for the hot-spot both names make, not for
one of them. After a turn that named one kind only, "there" is that name as "it" would be."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import Frame, Name
from assistant.state import State

# a singular pointer to the turn before's subject ("they" and "them" point at several, not at one hot-spot)
_POINTER = re.compile(r"\b(?:it|its|there|that one|this one|that hot[- ]?spot|this hot[- ]?spot|that area|this area|"
                      r"that aosi|this aosi|that pair|this pair|that combination|this combination)\b")
_KINDS = ("trend", "industry")


def hotspot_said(frame: Frame, last: Frame, state: State) -> Frame | None:
    """``frame`` asking the sub-trends of the hot-spot the last turn named, when it asks sub-trends with no name of
    its own and a singular pointer; None otherwise."""
    if frame.relation != "subtrends" or frame.names or frame.followup.group is not None:
        return None
    m = _POINTER.search(frame.text)
    if m is None:
        return None
    names = _one_of_each(last.names)
    if not names or len(names) == 1 and m[0] != "there":  # one name: "it" is read as any pronoun is
        return None
    at = tuple(Name(n.kind, n.canonical, m[0], m.start(), m.end()) for n in names)
    return replace(frame, names=at, intent=frame.intent if frame.intent != "unknown" else "list")


def _one_of_each(names: tuple[Name, ...]) -> tuple[Name, ...]:
    """The last turn's one mega trend and one industry (either may be missing); () when it named several of a kind,
    since the pointer then stands for no one hot-spot."""
    out = []
    for kind in _KINDS:
        of_kind = {n.canonical for n in names if n.kind == kind}
        if len(of_kind) > 1:
            return ()
        out += [next(n for n in names if n.kind == kind)] if of_kind else []
    return tuple(out)
