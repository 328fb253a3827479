"""When a frame names one side of the impact matrices and asks for the other, but says no direction ("wich
megatrends influnce mobility technolgies"): ask which matrix is meant rather than guess one."""

from __future__ import annotations

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Clarify

_OTHER_SIDE = {"industry": "trends", "trend": "industries"}


def _options(kind: str, name: str) -> tuple[str, ...]:
    if kind == "industry":
        return (f"Which mega trends shape {name} downstream?", f"Which mega trends does {name} shape upstream?",
                f"Which mega trends form an area of strong interdependency with {name}?")
    return (f"Which industries does {name} shape downstream?", f"Which industries shape {name} upstream?",
            f"Which industries form an area of strong interdependency with {name}?")


def which_matrix(frame: Frame) -> Clarify | None:
    """A Clarify naming the three matrices, for a one-name frame whose direction is not said."""
    named = [n for n in frame.names if n.kind in _OTHER_SIDE]
    kinds = {n.kind for n in frame.names}
    if len({n.canonical for n in named}) != 1 or len(kinds) != 1 or frame.relation is not None or \
            frame.focus != _OTHER_SIDE[named[0].kind] or frame.intent not in ("list", "count", "unknown", "value") or \
            frame.followup.pronoun or frame.followup.of_those or frame.followup.opener or \
            C.REASONS.search(frame.text) or C.REPORT_SAYS.search(frame.text):
        return None
    name = named[0].canonical
    return Clarify(f"Which of the report's impact matrices do you mean for {name}: downstream (Figure 3), "
                   f"upstream (Figure 4) or the areas of strong interdependency (Figure 5)?",
                   _options(named[0].kind, name))
