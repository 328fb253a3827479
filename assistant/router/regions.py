"""Cue rules for Figure 10 (regions and countries) and Figures 13/16 (R&D and business cooperation)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from assistant import cues as C
from assistant.plan import Refuse, Step, ToolPlan, first_plan
from assistant.router.common import KIND_OF_FIGURE


def _region_plan(q, text, regions, countries, fkey) -> ToolPlan | Refuse | None:
    """What the compiler leaves: R&D and business compared for one pair, every region but one, regions with no
    link at one end of the scale, a region name the report lacks."""
    kind = C.coop_kind(text) or KIND_OF_FIGURE.get(fkey or "")
    places = list(regions) + list(countries)
    coop = C.COOP.search(text.replace("region", ""))
    c = SimpleNamespace(q=q, text=text, regions=regions, countries=countries, fkey=fkey, kind=kind, places=places, coop=coop)
    return first_plan((_region_compare, _region_except, _region_pairs), c)


def _region_compare(c: SimpleNamespace) -> ToolPlan | None:
    """Two places: is one kind of cooperation stronger than the other; else their grades."""
    if len(c.places) < 2 or not (c.coop or c.kind):
        return None
    if re.search(r"\bstronger than\b|\bweaker than\b|\bhigher than\b|\blower than\b", c.text) and C.YESNO.search(c.text):
        return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": "both"}),
                         Step("_compare_kinds", {"text": c.text})))
    return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": c.kind or "both"}),))


def _region_except(c: SimpleNamespace) -> ToolPlan | None:
    """"Every region except X" at a grade: partners of all the others."""
    g = C.grade_cue(c.text)
    exc = re.search(r"\b(every|all)( other)? regions? (except|but|other than)\b", c.text)
    if not (exc and len(c.places) == 1 and (g or c.kind)):
        return None
    k = c.kind if c.kind in ("rd", "business") else "rd"
    gg = g or ("-", "exact")
    args = {"kind": k, "min_grade": gg[0], "except_region": c.places[0]}
    if gg[1] == "exact" or gg[0] == "-":
        args["max_grade"] = gg[0]
    return ToolPlan((Step("partners_of_all", args),))


def _region_pairs(c: SimpleNamespace) -> ToolPlan | Refuse | None:
    """Regions with no weak (no very strong) link; a region named in the text (pairs across the two figures are
    compiled)."""
    if not c.places and (c.kind or C.COOP.search(c.text)) and re.search(r"\bregions?\b|\bpairs?\b|\bcooperation\b", c.text):
        plan = _no_link_at(c)
        if plan is not None:
            return plan
    return _region_named(c)


_BEYOND = {"-": {"min_grade": "o"}, "++": {"min_grade": "-", "max_grade": "+"}}


def _no_link_at(c: SimpleNamespace) -> ToolPlan | None:
    """A region with no weak (no very strong) link: every partner above (below) that end of the scale."""
    g = C.grade_cue(c.text)
    k = c.kind if c.kind in ("rd", "business") else "rd"
    if g and g[0] in _BEYOND and re.search(r"\b(which|what) regions?\b.*\b(no|without|not any|never)\b", c.text):
        return ToolPlan((Step("partners_of_all", {"kind": k, **_BEYOND[g[0]]}),))
    return None


def _region_named(c: SimpleNamespace) -> ToolPlan | None:
    """"which region is X in" with X not one of the report's names: the region tool says so."""
    if re.search(r"\b(which|what) region\b|\bregion (is|of)\b", c.text) and not c.places:
        m = re.search(r"\bregion (?:is|does) ([A-Z][\w .'-]+?) (?:in|belong|part)\b", c.q) or \
            re.search(r"\bregion of ([A-Z][\w .'-]+?)\??$", c.q)
        if m:
            return ToolPlan((Step("region_of", {"country": m[1].strip()}),))
    return None
