"""The frame a tool plan answered, kept for the next turn: the names the plan took, its relation, and how it
combined several names of one kind ("which trends hit both A and B" answered as an intersection)."""

from __future__ import annotations

from dataclasses import replace

from assistant.frame import Frame, Name
from assistant.reading import plan_relation
from assistant.spot import KINDS

_PAIRS = ("rd", "business")  # relations between two names of one kind
# the combination a plan's op over a second name of one kind stands for
_COMBINATION_OF_OP = {"intersect": "and", "union": "or", "subtract": "minus"}


def frame_of_plan(frame: Frame, steps) -> Frame:
    """The frame a plan the cue rules made answered, for the next turn: the names it took and its relation."""
    taken: list[Name] = []
    for a in (s.args for s in steps if not s.tool.startswith("_")):
        for key, v in a.items():
            kind = key.removesuffix("_a").removesuffix("_b")
            if kind in KINDS and isinstance(v, str) and not any(n.canonical == v for n in frame.names + tuple(taken)):
                taken.append(Name(kind, v, v, 0, 0))
    answered = next((r for s in steps if (r := plan_relation(s)) is not None), None)
    rel = frame.relation or answered
    if rel in _PAIRS and answered in _PAIRS:  # the kind of cooperation the plan answered, whatever the words read
        rel = answered
    return replace(frame, names=frame.names + tuple(taken), relation=rel,
                   combination=frame.combination or combined(frame, steps))


def combined(frame: Frame, steps) -> str | None:
    """How the plan joined two or more names of one kind the frame holds, when the words did not say it ("which
    mega trends hit A … B": read as those A and B share): the op of the step over the second name."""
    if sum(1 for s in steps if not s.tool.startswith("_")) < 2:
        return None
    for kind in {n.kind for n in frame.names}:
        names = set(frame.given(kind))
        ops = {s.op for s in steps[1:] if names & {v for v in s.args.values() if isinstance(v, str)}}
        if len(names) > 1 and len(ops) == 1:
            return _COMBINATION_OF_OP.get(ops.pop())
    return None
