"""Compiler rows for the report's own lists: the mega trends, emerging industries, parameters, regions, key
areas, common characteristics and the service spectrum — the whole list, its count, or one entry by position."""

from __future__ import annotations

import re

from assistant.frame import Frame
from assistant.plan import Step, ToolPlan

# the focus → the list that answers it (tools.list_items names)
LIST_OF_FOCUS = {"key_areas": "key_areas", "characteristics": "characteristics", "services": "service_spectrum",
                 "trends": "mega_trends", "industries": "industries", "parameters": "parameters",
                 "regions": "regions"}
# lists whose focus word always means the list (the others also name a side of a matrix or a figure's rows)
_ONLY_A_LIST = ("key_areas", "characteristics", "services")
# the relations a list question may carry: none, "lists", or the figure whose rows the list is
_CARRIERS = {"trends": ("lists", None), "industries": ("lists", None), "parameters": ("lists", None, "crossover"),
             "regions": ("lists", None, "membership")}
# a question about meaning or method is answered by a passage, not by the list
_MEANING = re.compile(r"\b(meant|meaning|mean|definition|difference|concept|why|chosen|selected|identified)\b|"
                      r"^\s*(define|how (?!many))\b")
_NEIGHBOUR = re.compile(r"\b(after|before|follows|precedes)\s+(?:the\s+)?([\w &-]+?)\s*\??$")


def _position(frame: Frame) -> Step | None:
    """One entry by position: first, last, or next to a named entry ("what comes after matchmaking")."""
    m = _NEIGHBOUR.search(frame.text)
    if m:
        return Step("_pick", {"position": "after" if m[1] in ("after", "follows") else "before", "name": m[2]})
    agg = frame.aggregation
    if agg is not None and agg.kind == "nth" and agg.n in (1, -1) and frame.intent != "count":
        return Step("_pick", {"position": "first" if agg.n == 1 else "last"})
    return None


def list_rows(frame: Frame) -> ToolPlan | None:
    """The list a frame's focus names, when no name is given and nothing but the list is asked."""
    name = LIST_OF_FOCUS.get(frame.focus or "")
    if name is None or frame.names or frame.grade is not None or _MEANING.search(frame.text) or \
            frame.intent not in ("list", "count", "value", "unknown", "define"):
        return None
    if frame.focus not in _ONLY_A_LIST and frame.relation not in _CARRIERS[frame.focus]:
        return None
    agg = frame.aggregation
    if agg is not None and agg.kind not in ("nth", "each"):
        return None
    if name == "regions" and "europe" in frame.text:
        name = "european_regions"
    pick = _position(frame)
    return ToolPlan((Step("list_items", {"name": name}),) + ((pick,) if pick else ()))
