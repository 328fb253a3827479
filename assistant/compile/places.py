"""Compiler rows for regions and countries: membership (Figure 10), cooperation grades and partners
(Figures 13 and 16), and the per-region charts (Figures 11-12, 14-15, 18-35) found from Appendix A's captions."""

from __future__ import annotations

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan


def _membership(frame: Frame) -> ToolPlan | None:
    if frame.relation != "membership" or frame.intent in ("explain", "define", "locate"):
        return None
    regions, countries = frame.given("region"), frame.given("country")
    if countries and len(regions) == 1 and frame.intent == "yesno":
        return ToolPlan((Step("countries_in", {"region": regions[0]}), Step("_member", {"name": countries[0]})))
    if countries and (not regions or len(regions) > 1 and frame.combination == "or"):
        return ToolPlan((Step("region_of", {"country": countries[0]}),))
    if regions and not countries and len(regions) == 1 and frame.focus in ("countries", None):
        return ToolPlan((Step("countries_in", {"region": regions[0]}),))
    return None


def _cooperation(frame: Frame) -> ToolPlan | None:
    """R&D or business cooperation: the grade of a pair of places, or one place's partners."""
    if frame.relation not in ("rd", "business") or frame.intent in ("explain", "define", "locate"):
        return None
    kinds = {s.relation for s in frame.scope if s.relation in ("rd", "business") and not s.negated}
    places = frame.given("region") + frame.given("country")
    if len(places) == 2 and frame.intent in ("value", "list", "unknown") and frame.grade is None:
        kind = "both" if kinds == {"rd", "business"} else frame.relation
        return ToolPlan((Step("cooperation_grade", {"region_a": places[0], "region_b": places[1], "kind": kind}),))
    if len(places) == 1 and len(kinds) == 1 and frame.focus == "regions" and frame.intent == "rank" and \
            frame.aggregation is not None and frame.aggregation.kind == "most":
        return ToolPlan((Step("partners", {"region": places[0], "kind": frame.relation, "min_grade": "-"}),
                         Step("_top", {})))
    return None


_CHART_KIND = {"rd": "R&D cooperation", "business": "Business cooperation"}


def _region_chart(frame: Frame) -> ToolPlan | None:
    """A chart of one region's cooperation (Figures 11-12, 14-15, 18-35): found from the captions in Appendix A
    by the region (a country stands for its region) and the kind of cooperation (total when none is said)."""
    places = frame.given("region") + frame.given("country")
    if len(places) != 1 or not (frame.focus == "figures" or frame.intent == "locate") or frame.figure or \
            frame.intent == "yesno" or not C.CHART.search(frame.text):
        return None
    import tools

    try:
        region = tools.resolve_region(places[0])
    except tools.ToolError:
        return None
    kind = _CHART_KIND.get(frame.relation or "", "Total cooperation")
    return ToolPlan((Step("find_figure", {"query": f"{kind} {region}"}),))
