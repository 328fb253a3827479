"""Compiler rows for regions and countries: membership (Figure 10), cooperation grades and partners
(Figures 13 and 16), and the per-region charts (Figures 11-12, 14-15, 18-35) found from Appendix A's captions."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.spot import fold


def _membership(frame: Frame) -> ToolPlan | None:
    """Figure 10: a country's region, a region's countries, whether a country is in a region."""
    regions = frame.given("region")
    countries = [n.canonical for n in frame.names if n.kind == "country" and n.canonical not in regions]
    family = _family_words(frame) if countries and frame.relation == "membership" else []
    if family:  # "does the report count Israel as Asia": the region Figure 10 puts it in
        return ToolPlan((Step("region_of", {"country": countries[0]}),), reading=_family_read(family[0], countries[0]))
    coop = C.COOP.search(frame.text.replace("region", "")) or C.coop_kind(frame.text)
    asks_region = bool(countries) and not regions and _REGION_OF.search(frame.text) and frame.aggregation is None \
        and not _PARTNER.search(frame.text)  # "which region is its strongest partner" asks a partner
    located = frame.intent == "locate" and asks_region and not _PAGE.search(frame.text)  # "where is X grouped": its region
    if frame.relation not in ("membership", None, "rd", "business") or \
            frame.intent in ("explain", "define", "locate") and not located or \
            coop and frame.focus != "countries" and not asks_region:
        return None
    same = _same_region(frame, countries, regions)
    if same is not None:
        return same
    if countries and len(regions) == 1 and _asks_member(frame) and frame.combination not in ("or", "either"):
        return ToolPlan((Step("countries_in", {"region": regions[0]}),
                         Step("_member", {"name": countries[0], "placed": True})))  # "no": where it is
    if countries and regions and frame.combination in ("or", "either"):  # "… Southeast Europe or something else"
        return ToolPlan((Step("region_of", {"country": countries[0]}),))
    if countries and (not regions or len(regions) > 1 and frame.combination == "or") and \
            (frame.relation == "membership" or _WHERE_PUT.search(frame.text)):
        if len(countries) > 1 and not regions:  # "which region are Poland and Greece in": each one's
            return ToolPlan((Step("regions_of", {"countries": countries}),))
        return ToolPlan((Step("region_of", {"country": countries[0]}),))
    if len(regions) == 1 and not countries and (frame.focus == "countries" or frame.relation == "membership" and
                                                frame.focus is None or frame.intent == "count" and _ENTRIES.search(frame.text)):
        return ToolPlan((Step("countries_in", {"region": regions[0]}),))
    if len(regions) == 1 and not countries and frame.relation == "membership" and frame.focus == "regions":
        return _region_named(frame, regions[0])
    if len(regions) == 1 and countries and frame.combination == "minus" and frame.focus == "countries" and \
            frame.intent in ("list", "count", "unknown"):  # "which countries are in X besides Sweden"
        return ToolPlan((Step("countries_in", {"region": regions[0]}), *(Step("_exclude", {"name": c}) for c in countries)))
    return None


def _family_words(frame: Frame) -> list:
    """Region names said by one word of a region's name ("asia" for Eastern Asia): a family of regions, not the
    region of Figure 10 itself, when a country is asked of it ("does the report count Israel as Asia")."""
    out = []
    for n in frame.names:
        said, full = fold(n.text).split(), fold(n.canonical).split()
        if n.kind == "region" and said != full and len(said) < len(full) and set(said) <= set(full):
            out.append(n)
    return out


def _family_read(said, country: str) -> str:
    """The reading of a family word answered with the country's region."""
    return (f"Read \u201c{said.text}\u201d as a family of regions, not one of Figure 10's: the region Figure 10 puts "
            f"{country} in ({said.canonical} is the region named with that word).")


def _region_named(frame: Frame, region: str) -> ToolPlan | None:
    """"Iberia = which region here": a region asked of a name that is itself one of Figure 10's regions (as the
    report writes it or in other words): that region, with the countries Figure 10 lists for it."""
    said = next(n.text for n in frame.names if n.kind == "region")
    if frame.intent not in ("list", "value", "unknown") or fold(said) == fold(region):
        return None  # "which region is Southwest Europe": nothing to read it as
    return ToolPlan((Step("countries_in", {"region": region}), Step("_as_value", {"value": region})),
                    reading=f"Read \u201c{said}\u201d as {region} (Figure 10).")


def _asks_member(frame: Frame) -> bool:
    """A yes/no, or a country and a region with no verb or question word between them ("israel under arabian
    peninsula?", "poland in central eastern europe in figure 10?"): whether the one lies in the other."""
    return frame.intent == "yesno" or frame.intent == "unknown" and frame.relation == "membership" and \
        len(frame.given("country")) == 1


def _same_region(frame: Frame, countries: list[str], regions: list[str]) -> ToolPlan | None:
    """"Which countries share Poland's region", "is Portugal grouped with Spain": the countries of the first
    country's region (without it), or whether the second is among them."""
    if regions or not countries or not _SAME.search(frame.text):
        return None
    steps = (Step("countries_in", {"region": countries[0]}),)
    if len(countries) == 2 and frame.intent == "yesno":
        return ToolPlan((*steps, Step("_member", {"name": countries[1]})))
    if len(countries) == 1 and frame.focus in ("countries", None) and frame.intent != "yesno":
        return ToolPlan((*steps, Step("_exclude", {"name": countries[0]})))
    return None


_SAME = re.compile(r"\b(same|identical) (region|grouping|group|macro-?region)\b|\bshares? (a |the |its |their )?"
                   r"region\b|\b(region|grouping) as\b|\bgrouped (together )?with\b|\bin one region\b|\b\w+'s region\b")
# "where does the report put Turkey", "which regional grouping is Ukraine in"
_WHERE_PUT = re.compile(r"\bregion|\bgroup|\bwhere\b|\bput\b|\bplace[sd]?\b|\bfiled\b|\bcount(s|ed)? as\b")
# "which region is it in (for the cooperation study)": the country's region, whatever else is said
_REGION_OF = re.compile(r"\b(which|what) region\b(?!s)|\bregion (is|does)\b|\bbelong\w*\b|\bpart of\b|\bgrouped\b|\bassigned\b|"
                        r"\b(placed|classed|classified|categori[sz]ed|filed|sorted)\b")
_PARTNER = re.compile(r"\bpartner|\bstrongest\b|\bweakest\b|\bbest\b|\bclosest\b|\bmost promising\b")
_PAGE = re.compile(r"\b(pages?|p|pp|sections?|chapters?|figures?|fig)\b")  # where in the report, not in which region
_ENTRIES = re.compile(r"\b(entries|listed|countries)\b")


def _region_chart(frame: Frame) -> ToolPlan | None:
    """A chart of one region's cooperation (Figures 11-12, 14-15, 18-35), found by what it shows: the region (a
    country or demonym stands for it) and the kind of cooperation (total when none is said)."""
    places = frame.given("region") + _own_countries(frame)
    if len(places) != 1 or not (frame.focus == "figures" or frame.intent in ("locate", "unknown")) or frame.figure or \
            not C.CHART.search(frame.text):
        return None
    from assistant.compile.figures import lookup

    return lookup(replace(frame, text=_regions_spelled(frame))) or _chart_of(frame, places[0])


def _regions_spelled(frame: Frame) -> str:
    """The question with each region written as the captions write it ("SE europe" -> "southeast europe"), so a
    chart is found by its caption however the region was typed."""
    text = frame.text
    for n in sorted(frame.names, key=lambda n: -n.start):
        if n.kind == "region":
            text = text[:n.start] + fold(n.canonical) + text[n.end:]
    return text


_TARGETS = re.compile(r"\btarget|\bpartners?\b|\bties\b")


def _chart_of(frame: Frame, place: str) -> ToolPlan | None:
    """The chart of one region and one kind of cooperation (total when the question sets R&D or business aside or
    says neither), found by its caption's words when the question's own words are too many to fit it clearly."""
    import tools

    named = [n for n in frame.names if n.canonical == place and frame.text[n.start:n.end] == n.text]
    if not named or not (C.COOP.search(frame.text) or _TARGETS.search(frame.text)):
        return None  # the place carried over from an earlier turn, or no word of cooperation: not its chart
    region = place if place in frame.given("region") else tools.region_of(place).value
    kinds = {s.relation for s in frame.scope if s.relation in ("rd", "business") and not s.negated}
    kind = {"rd": "R&D", "business": "business"}[kinds.pop()] if len(kinds) == 1 else "total"
    return ToolPlan((Step("figure_lookup", {"description": f"{kind} cooperation target regions {region}"}),),
                    reading=f"Read as the chart of {region}'s {kind} cooperation (its target regions).")


def _own_countries(frame: Frame) -> list[str]:
    """The countries named, but for those that only restate a region named with them ("northwest europe
    (uk/ireland)": Ireland lies in it); several countries of one region count once."""
    import tools

    regions = frame.given("region")
    inside = {c for r in regions for c in tools.countries_in(r).items} if regions else set()
    countries = [c for c in frame.given("country") if c not in inside]
    if len(countries) > 1 and not regions and len({tools.region_of(c).value for c in countries}) == 1:
        return countries[:1]  # "spain and portugal": the countries of one region stand for it, as one does
    return countries


def unlisted_place(frame: Frame, unknown: tuple[str, ...], question: str) -> ToolPlan | None:
    """"Is Luxembourg assigned to any region": a place the report never names, asked yes or no about its region —
    Figure 10's countries, and whether it is among them (no). Asked which region ("which region is Mars in"),
    the refusal naming what the report lacks answers instead."""
    if frame.names or len(unknown) != 1 or len(unknown[0].split()) > 2 or frame.intent != "yesno" or \
            not (frame.relation == "membership" or _REGION_OF.search(frame.text) or _ANY_REGION.search(frame.text)):
        return None
    m = re.search(r"\W+".join(re.escape(w) for w in unknown[0].split()), question, re.I)
    typed = m.group() if m else unknown[0]
    name = typed if typed != typed.lower() else typed.title()
    return ToolPlan((Step("list_items", {"name": "countries"}), Step("_member", {"name": name})))


_ANY_REGION = re.compile(r"\b(in|to|under) (any|a|one of the) regions?\b")
