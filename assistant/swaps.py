"""Follow-ups that replace one slot of the last frame and keep the rest: a grade said alone ("of those, which are
very strong"), a name said instead of another ("no, I meant northern europe, not northwest"), the figure "there"
points at after a turn about that figure."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import Frame
from assistant.state import State

_SCALE = {"crossover": "crossover", "rd": "cooperation", "business": "cooperation"}


def grade_only(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"of those, which are very strong", "and which are not ticked at all": a follow-up that says only a grade
    on the last turn's scale is the last frame with that grade. Not with a negation ("not ticked at all"): no
    table row reads a grade's absence over the last answer yet."""
    fu = frame.followup
    if frame.names or frame.relation is not None or frame.grade is None or frame.figure is not None or frame.negation or \
            _SCALE.get(last.relation or "") != frame.grade.scale or not (fu.of_those or fu.opener or fu.short):
        return None
    return replace(last, text=frame.text, grade=frame.grade, followup=fu,
                   intent=frame.intent if frame.intent != "unknown" else last.intent,
                   aggregation=frame.aggregation, scope=last.scope)


_INSTEAD = re.compile(r"\b(not|instead of|rather than)\b")


def instead(frame: Frame, last: Frame) -> Frame | None:
    """"no, I meant northern europe, not northwest", "central eastern europe rather than southeast": of two names
    of one kind, the one the last turn used is replaced by the other; nothing else of the last turn changes."""
    if len(frame.names) != 2 or len(frame.kinds) != 1 or frame.relation_said or not _INSTEAD.search(frame.text):
        return None
    used = {n.canonical for n in last.names}
    old = [n for n in frame.names if n.canonical in used]
    new = [n for n in frame.names if n.canonical not in used]
    if len(old) != 1 or len(new) != 1:
        return None
    names = tuple(new[0] if n.canonical == old[0].canonical else n for n in last.names)
    return replace(last, text=frame.text, names=names, followup=frame.followup)


def figure_said(frame: Frame, last: Frame) -> Frame | None:
    """"which pairs are rated ++ there", "and what grade does it give X vs Y" after a turn about one figure itself
    ("what is figure 16?"): "there" and "it" are that figure, and the figure says the relation."""
    fu = frame.followup
    if frame.figure is not None or frame.relation is not None or last.figure is None or last.relation is None or \
            last.names or not fu.pronoun:
        return None
    return replace(frame, figure=last.figure, relation=last.relation, relation_said=True)
