"""Follow-ups are frames with holes, completed from the previous turn's frame.

"and upstream?" keeps the previous names and focus and changes the relation; "what about medtech?" keeps the
relation and focus and changes the name of the same kind. A question that names its own subject and relation
is new and inherits nothing; "of those"/pronoun questions are left to the router's combination rules.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.frame import Frame


def complete(frame: Frame, last: Frame | None) -> Frame | None:
    """The frame with its holes filled from ``last``; None when it has no hole this can fill."""
    if last is None or frame.names_own_subject() or frame.followup.of_those or frame.followup.pronoun:
        return None
    if not frame.names and (frame.relation_said or frame.aggregation is not None) and last.names:
        return replace(frame, names=last.names, focus=frame.focus or last.focus,
                       intent=frame.intent if frame.intent != "unknown" else last.intent)
    if frame.names and not frame.relation_said and frame.focus is None and last.relation is not None:
        new_kinds = frame.kinds
        kept = tuple(n for n in last.names if n.kind not in new_kinds)
        return replace(last, text=frame.text, names=kept + frame.names, followup=frame.followup)
    return None
