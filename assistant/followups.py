"""Follow-ups are frames with holes, completed from the previous turn's frame.

"and upstream?" keeps the previous names and focus and changes the relation; "what about medtech?" keeps the
relation and focus and changes the name of the same kind. A question that names its own subject and relation
is new and inherits nothing; "of those"/pronoun questions are left to the router's combination rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import Frame, Name
from assistant.understand.relation import relation


def complete(frame: Frame, last: Frame | None) -> Frame | None:
    """The frame with its holes filled from ``last``; None when it has no hole this can fill."""
    if last is None or frame.names_own_subject():
        return None
    if not frame.names and (frame.followup.pronoun or frame.followup.of_those) and last.names:
        return _pronouns(frame, last)
    if frame.followup.of_those or frame.followup.pronoun:
        return None
    if not frame.names and (frame.relation_said or frame.aggregation is not None) and last.names:
        return replace(frame, names=last.names, focus=frame.focus or last.focus,
                       intent=frame.intent if frame.intent != "unknown" else last.intent)
    if frame.names and not frame.relation_said and frame.focus is None and last.relation is not None:
        new_kinds = frame.kinds
        kept = tuple(n for n in last.names if n.kind not in new_kinds)
        return replace(last, text=frame.text, names=kept + frame.names, followup=frame.followup)
    return None


_PRONOUN = re.compile(r"\b(it|its|they|them|their|that industry|this industry|that trend|this trend|that region|"
                      r"this region|that country|this country)\b")


def _pronouns(frame: Frame, last: Frame) -> Frame | None:
    """"which does it push back on": the previous turn's names stand where the pronouns are, so the relation is
    read with them in place (who acts on whom)."""
    kinds = {n.kind for n in last.names}
    spots = list(_PRONOUN.finditer(frame.text))
    if len(kinds) != 1 or not spots:
        return None
    said = spots[0][0].split()[-1]
    if said in ("industry", "trend", "region", "country") and said not in kinds:
        return None
    names = tuple(Name(n.kind, n.canonical, m[0], m.start(), m.end()) for m in spots[:1] for n in last.names[:1])
    focus = frame.focus or (last.focus if last.relation in ("downstream", "upstream", "aosi") else None)
    rel = relation(frame.text, names, frame.figure, focus) or last.relation
    return replace(frame, names=names, focus=focus or last.focus, relation=rel, relation_said=True,
                   intent=frame.intent if frame.intent != "unknown" else last.intent)
