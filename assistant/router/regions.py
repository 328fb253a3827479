"""Cue rules for Figure 10 (regions and countries) and Figures 13/16 (R&D and business cooperation)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from assistant import cues as C
from assistant.plan import Refuse, Step, ToolPlan, first_plan
from assistant.router.common import KIND_OF_FIGURE

_REGION_OF = re.compile(r"\b(which|what) region\b|\bregion (is|does|do)\b|\bbelong\w*\b|\bpart of\b|\bin which region\b|"
                        r"\bwhere (does|do|is|are) .*\b(put|place|placed|assign\w*|list\w*|count\w*|grouped)\b|"
                        r"\bassigned to\b|\bregional grouping\b|\bwhich group(ing)?\b|\bgrouped (in|under|with)\b|\bwelche[rn]? region\b|\bquelle r[ée]gion\b|\bqu[ée] regi[oó]n\b|\bliegt\b")


def _region_plan(q, text, regions, countries, fkey) -> ToolPlan | Refuse | None:
    kind = C.coop_kind(text) or KIND_OF_FIGURE.get(fkey or "")
    places = list(regions) + list(countries)
    coop = C.COOP.search(text.replace("region", ""))
    c = SimpleNamespace(q=q, text=text, regions=regions, countries=countries, fkey=fkey, kind=kind, places=places, coop=coop)
    return first_plan((_region_membership, _region_partners, _region_pairs), c)


def _region_membership(c: SimpleNamespace) -> ToolPlan | Refuse | None:
    """Which region a country is in, a region's countries, the grade of a pair."""
    if c.countries and len(c.regions) >= 2 and re.search(r"\bor\b", c.text) and not c.coop and not c.kind:
        return ToolPlan((Step("region_of", {"country": c.countries[0]}),))
    if c.countries and c.regions and C.YESNO.search(c.text) and not c.coop and not c.kind:
        # "Is Greece in Southeast Europe?": membership in Figure 10
        return ToolPlan((Step("countries_in", {"region": c.regions[0]}), Step("_member", {"name": c.countries[0]})))
    if c.countries and _REGION_OF.search(c.text) and not c.coop:
        return ToolPlan((Step("region_of", {"country": c.countries[0]}),))
    if c.regions and len(c.regions) == 1 and not c.kind and not C.grade_cue(c.text) and (
            re.search(r"\bcountr(y|ies)\b|\bcount as\b", c.text) or
            re.search(r"\b(members?|includ\w*|consist\w*|compris\w*|made up|contain\w*|entries|listed under|belong\w*)\b", c.text) and not c.coop):
        return ToolPlan((Step("countries_in", {"region": c.regions[0]}),))
    if len(c.places) >= 2:
        if re.search(r"\bstronger than\b|\bweaker than\b|\bhigher than\b|\blower than\b", c.text) and C.YESNO.search(c.text):
            return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": "both"}),
                             Step("_compare_kinds", {"text": c.text})))
        g2 = C.grade_cue(c.text)
        if C.YESNO.search(c.text) and g2 and c.kind in ("rd", "business"):
            # "is it strong?" asks for strong or better; "is it medium/weak?" for that grade
            rel = "at_least" if g2[0] in ("+", "++") else g2[1]
            return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": c.kind}),
                             Step("_is_grade", {"grade": g2[0], "relation": rel})))
        return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": c.kind or "both"}),))
    return None


def _region_partners(c: SimpleNamespace) -> ToolPlan | Refuse | None:
    """One place's partners at a grade, or all regions but one."""
    g = C.grade_cue(c.text)
    exc = re.search(r"\b(every|all)( other)? regions? (except|but|other than)\b", c.text)
    if exc and len(c.places) == 1 and (g or c.kind):
        k = c.kind if c.kind in ("rd", "business") else "rd"
        gg = g or ("-", "exact")
        args = {"kind": k, "min_grade": gg[0], "except_region": c.places[0]}
        if gg[1] == "exact" or gg[0] == "-":
            args["max_grade"] = gg[0]
        return ToolPlan((Step("partners_of_all", args),))
    sym = re.search(r"\b(?:rated|graded|grade|marked|rate)\s+(\+\+|\+|o|-)(?:\s|$)", c.text)
    if sym:
        better = re.search(r"\s(or|and) (better|stronger|above|higher|more)\b", c.text[sym.end() - 1:sym.end() + 20])
        g = (sym[1], "at_least" if better else "exact")
    if len(c.places) == 1 and (c.coop or c.kind or g):
        k = c.kind if c.kind in ("rd", "business") else "rd"
        if C.STRONGEST.search(c.text) or C.MOST.search(c.text):
            return ToolPlan((Step("partners", {"region": c.places[0], "kind": k, "min_grade": "-"}), Step("_top", {})))
        if C.AGG_LEAST.search(c.text):  # "cooperates least with", "its weakest partner": the weakest grade present
            return ToolPlan((Step("partners", {"region": c.places[0], "kind": k, "min_grade": "-"}),
                             Step("_top", {"weakest": True})))
        if re.search(r"\bweak\w*\b", c.text) and not re.search(r"\bat least\b|\b(above|better than|more than) weak\b", c.text):
            return ToolPlan((Step("partners", {"region": c.places[0], "kind": k, "min_grade": "-", "max_grade": "-"}),))
        args = {"region": c.places[0], "kind": k, "min_grade": "o"}
        if g:
            sym, rel = g
            args["min_grade"] = sym
            if rel == "exact":
                args["max_grade"] = sym
        if C.YESNO.search(c.text) and re.search(r"\bany\b", c.text):
            return ToolPlan((Step("partners", args), Step("_any", {})))
        return ToolPlan((Step("partners", args),))
    return None


def _region_pairs(c: SimpleNamespace) -> ToolPlan | Refuse | None:
    """Pairs of regions by grade or by the difference between R&D and business; a region named in the text."""
    if not c.places and (c.kind or C.COOP.search(c.text)) and re.search(r"\bregions?\b|\bpairs?\b|\bcooperation\b", c.text):
        plan = _pair_differences(c) or _pairs_by_grade(c)
        if plan is not None:
            return plan
    return _region_named(c)


def _pair_differences(c: SimpleNamespace) -> ToolPlan | None:
    """Pairs whose R&D and business grades are the same or differ, or meet one grade in each."""
    if re.search(r"\bsame\b|\bidentical\b|\balike\b|\bequal\b", c.text):
        return ToolPlan((Step("grade_differences", {"direction": "same"}),))
    if re.search(r"\bdiffer\w*\b|\bstronger in\b|\bweaker in\b|\bcompared?\b|\bmore .* than\b|\bthan\b", c.text):
        if re.search(r"(stronger|more strongly|higher|better|more) in (r ?and ?d|r&d|research)|(r ?and ?d|r&d|research) (is |are )?stronger|weaker (in|for) business", c.text):
            return ToolPlan((Step("grade_differences", {"direction": "rd_stronger"}),))
        if re.search(r"(stronger|more strongly|higher|better|more) in business|business (is |are )?stronger|weaker (in|for) (r ?and ?d|r&d|research)", c.text):
            return ToolPlan((Step("grade_differences", {"direction": "business_stronger"}),))
        return ToolPlan((Step("grade_differences", {"direction": "any"}),))
    if c.kind == "both" and re.search(r"\bbut\b|\bwhile\b|\bwhereas\b", c.text):
        steps = []
        for part in re.split(r"\bbut\b|\bwhile\b|\bwhereas\b", c.text)[:2]:
            kp, gp = C.coop_kind(part), C.grade_cue(part)
            sp = re.search(r"\((\+\+|\+|o|-)\)", part)
            if sp:
                gp = (sp[1], "exact" if not re.search(r"or (better|stronger)", part) else "at_least")
            if kp in ("rd", "business") and gp:
                a = {"kind": kp, "min_grade": gp[0]}
                if gp[1] == "exact":
                    a["max_grade"] = gp[0]
                steps.append(Step("pairs_at_grade", a, "set" if not steps else "intersect"))
        if len(steps) == 2:
            return ToolPlan(tuple(steps))
    return None


_BEYOND = {"-": {"min_grade": "o"}, "++": {"min_grade": "-", "max_grade": "+"}}


def _pairs_by_grade(c: SimpleNamespace) -> ToolPlan | None:
    """Pairs at a grade, partners of every other region, the region with the most pairs at a grade."""
    g = _region_grade(c.text)
    k = c.kind if c.kind in ("rd", "business") else "rd"
    if g and re.search(r"\b(every|all) (the )?other\b|\bwith (all|every)\b", c.text):
        if g[0] == "-" or re.search(r"\bonly weak", c.text):
            return ToolPlan((Step("partners_of_all", {"kind": k, "min_grade": "-", "max_grade": "-"}),))
        return ToolPlan((Step("partners_of_all", {"kind": k, "min_grade": g[0]}),))
    if g and g[0] in _BEYOND and re.search(r"\b(which|what) regions?\b.*\b(no|without|not any|never)\b", c.text):
        # a region with no weak (no very strong) link: every partner above (below) that end of the scale
        return ToolPlan((Step("partners_of_all", {"kind": k, **_BEYOND[g[0]]}),))
    if g and re.search(r"\b(which|what) region\b", c.text) and (C.MOST.search(c.text) or C.STRONGEST.search(c.text)):
        return ToolPlan((Step("rank_regions", {"kind": k, "grade": g[0]}),))
    if g:
        sym, rel = g
        args = {"kind": k, "min_grade": sym}
        if rel == "exact":
            args["max_grade"] = sym
        return ToolPlan((Step("pairs_at_grade", args),))
    if C.STRONGEST.search(c.text) or C.MOST.search(c.text):
        return ToolPlan((Step("strongest_pairs", {"kind": k}),))
    return None


def _region_named(c: SimpleNamespace) -> ToolPlan | None:
    """"which region is X in" with X not one of the report's names: the region tool says so."""
    if re.search(r"\b(which|what) region\b|\bregion (is|of)\b", c.text) and not c.places:
        m = re.search(r"\bregion (?:is|does) ([A-Z][\w .'-]+?) (?:in|belong|part)\b", c.q) or \
            re.search(r"\bregion of ([A-Z][\w .'-]+?)\??$", c.q)
        if m:
            return ToolPlan((Step("region_of", {"country": m[1].strip()}),))
    return None


def _region_grade(text: str) -> tuple[str, str] | None:
    """The grade cue of a cooperation question; a symbol after "rated"/"graded" wins."""
    g = C.grade_cue(text)
    sym = re.search(r"\b(?:rated|graded|grade|marked|rate)\s+(\+\+|\+|o|-)(?:\s|$)", text)
    if sym:
        better = re.search(r"\s(or|and) (better|stronger|above|higher|more)\b", text[sym.end() - 1:sym.end() + 20])
        g = (sym[1], "at_least" if better else "exact")
    return g
