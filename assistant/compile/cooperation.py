"""Compiler rows for R&D and business cooperation (Figures 13 and 16): a pair's grade (or whether it reaches a
grade), one place's partners at a grade, its strongest or weakest partners, pairs at a grade, the regions with
the most partners at a grade, and regions whose every partner lies in a band. A country stands for its region
(the tools join country → region)."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan, first_plan
from assistant.understand import read
from assistant.understand.check import CLAIM

KINDS = ("rd", "business")
# a grade written as the figure's symbol after a rating word, or a bare "+"/"++" ("a + or better R&D grade")
_RATED = re.compile(r"\b(?:rated|graded|grade[sd]?|marked|rate[sd]?|scor\w*)\s+(\+\+|\+|o|-)(?=\s|$|\))")
_PLUS = re.compile(r"(?<![\w+])(\+\+|\+)(?![\w+])")
_OR_BETTER = re.compile(r"^[\s)-]*or[\s-]+(better|stronger|above|higher|more)\b")
_SAME = re.compile(r"\bsame\b|\bidentical\b|\balike\b|\bequal\b")
_DIFFER = re.compile(r"\bdiffer\w*\b|\bcompared?\b|\bmismatch\w*\b")
_WEAKER = re.compile(r"\b(weaker|lower|worse|less)\b")
# the word after which the weaker side of a comparison is named: "than", "compared to", "rated above"
_THAN = re.compile(r"\b(than|compared (to|with)|relative to|above)\b")
_CLAUSE = re.compile(r"\bbut\b|\bwhile\b|\bwhereas\b|\byet\b")
# "is there a region …", "any partner …": one place that fits, not every one
_SOME = re.compile(r"\b(is there|are there|there is|there are)\b|^\s*any\b|\bany (region|partner|place)s?\b")
_ONLY_ALL = re.compile(r"\b(only|just|all|always|every|solely|nothing but)\b")
# "every other region", "with all the others"
_EVERY = re.compile(r"\b(every|all) (the )?other\b|\bwith (all|every)\b")


def bound(frame: Frame) -> tuple[str, str] | None:
    """The grade bound on the cooperation scale (symbol, "at_least" | "exact"): the frame's, else a symbol the
    question writes; "… or better" (also hyphenated: "medium-or-better") makes it a lower bound."""
    if frame.grade is not None and frame.grade.scale == "cooperation":
        sym, mode, tail = frame.grade.symbol, frame.grade.mode, _after_grade_word(frame.text)
    else:
        m = _RATED.search(frame.text) or _PLUS.search(frame.text)
        if not m:
            return None
        sym, mode, tail = m[1], "exact", frame.text[m.end(1):]
    return sym, "at_least" if _OR_BETTER.search(tail) else mode


def _after_grade_word(text: str) -> str:
    m = re.search(r"\b(very strong|strong|medium|moderate|weak)\w*", text)
    return text[m.end():] if m else ""


def _band(b: tuple[str, str] | None, default: str = "o") -> dict:
    """min_grade/max_grade arguments for a bound (no bound: ``default`` or better)."""
    if b is None:
        return {"min_grade": default}
    sym, mode = b
    return {"min_grade": sym, "max_grade": sym} if mode == "exact" else {"min_grade": sym}


def _said(frame: Frame) -> set[str]:
    return {s.relation for s in frame.scope if s.relation in KINDS and not s.negated}


def _kind(frame: Frame) -> str:
    said = _said(frame)
    if said == set(KINDS) or not said and frame.relation not in KINDS:
        return "both"
    return frame.relation if frame.relation in KINDS else said.pop()


def _places(frame: Frame) -> list[str]:
    """The regions and countries named, in order of mention (a country also named as a region counts once)."""
    seen, out = set(), []
    for n in frame.names:
        if n.kind in ("region", "country") and n.text not in seen:
            seen.add(n.text)
            out.append(n.canonical)
    out = list(dict.fromkeys(out))
    if len(out) == 2 and frame.focus == "regions" and len(_by_region(out)) == 1:
        # "a hungarian cluster … which region do central eastern european clusters work with most": a country and
        # its own region are one party, and the region asked is the partner
        return [next((n.canonical for n in frame.names if n.kind == "region"), out[0])]
    pair = _by_region(out) if len(out) > 2 else out
    return pair if len(pair) == 2 else out  # a pair named with extra countries of its regions; else as said


def _by_region(places: list[str]) -> list[str]:
    """"Scandinavia <-> Germany/Austria": countries of one region listed together stand for it once."""
    import tools

    out, regions = [], set()
    for p in places:
        try:
            region = tools.resolve_region(p)
        except tools.ToolError:
            region = p
        if region not in regions:
            regions.add(region)
            out.append(p)
    return out


def _set_apart(frame: Frame) -> list[str]:
    """The places said after a word that sets them apart ("partners of X besides Y": Y)."""
    m = C.MINUS_COMB.search(frame.text) if frame.combination == "minus" else None
    if m is None:
        return []
    end = min([c for c in frame.clauses if c > m.end()] + [len(frame.text)])  # to the end of its clause
    return list(dict.fromkeys(n.canonical for n in frame.names
                              if n.kind in ("region", "country") and m.end() <= n.start < end))


def _partners_but(frame: Frame) -> ToolPlan | None:
    """"Which regions work with X in business, besides Y": X's partners, Y left out."""
    apart = _set_apart(frame)
    kept = [p for p in _places(frame) if p not in apart]
    if not apart or len(kept) != 1 or frame.focus not in ("regions", None) or frame.intent not in ("list", "unknown", "count"):
        return None
    kind = _kind(frame) if _kind(frame) in KINDS else "rd"
    return ToolPlan((Step("partners", {"region": kept[0], "kind": kind, **_band(bound(frame))}),
                     *(Step("_exclude", {"name": p}) for p in apart)))


# two partners set against each other: "with A or with B", "A vs B", "A rather than B"
_OR_PARTNER = re.compile(r"^\W*(?:or|vs|versus|compared (?:to|with)|rather than|than)\W+(?:(?:with|to|for) )?(?:the )?\W*$")
_COMPARED = re.compile(r"\b(stronger|weaker|better|worse|closer|tighter|higher|lower|more|less)\b")


def _partner_choice(frame: Frame) -> ToolPlan | None:
    """"A danish cluster: is business cooperation stronger with X or with Y": one place's grades with two partners
    set against each other (a country stands for its region): the stronger partner (the weaker when asked)."""
    import tools

    said = [n for n in frame.names if n.kind in ("region", "country")]
    kind = _kind(frame)
    if len(said) != 3 or kind not in KINDS or not (_COMPARED.search(frame.text) or C.STRONGEST.search(frame.text)):
        return None
    # the party first ("X: with A or B") or last ("with A or B, for X")
    joined = [(p, a, b) for p, a, b in ((said[0], said[1], said[2]), (said[2], said[0], said[1]))
              if _OR_PARTNER.match(frame.text[a.end:b.start])]
    if not joined:
        return None
    party, a, b = joined[0]
    try:
        regions = [tools.resolve_region(n.canonical) for n in (party, a, b)]
    except tools.ToolError:
        return None
    if len(set(regions)) != 3:
        return None
    return ToolPlan((Step("partners", {"region": party.canonical, "kind": kind, "min_grade": "-"}),
                     Step("_stronger", {"names": regions[1:], "weakest": bool(_WEAKER.search(frame.text))})))


def _pair(frame: Frame) -> ToolPlan | None:
    """Two places: their grade, or whether it reaches (or is) the grade asked."""
    places = _places(frame)
    if len(places) != 2 or _set_apart(frame):
        return None
    kind = _kind(frame)
    args = {"region_a": places[0], "region_b": places[1], "kind": kind}
    b = bound(frame)
    if (frame.intent == "yesno" or CLAIM.search(frame.text)) and b is not None and kind in KINDS:
        sym, mode = b  # "is their R&D link strong", "the text says their ties are strong — does the table back that"
        return ToolPlan((Step("cooperation_grade", args),
                         Step("_is_grade", {"grade": sym, "relation": "at_least" if sym == "+" else mode})))
    if frame.intent in ("value", "list", "unknown", "compare") and b is None:
        return ToolPlan((Step("cooperation_grade", args),))
    return None


def _partners(frame: Frame) -> ToolPlan | None:
    """One place: its partners at a grade (medium or better when none is said), its strongest or weakest."""
    places = _places(frame)
    if len(places) != 1 or _EVERY.search(frame.text) or frame.focus != "regions" and \
            (frame.followup.opener or frame.followup.pronoun):
        return None  # "and their business cooperation?": a pair's other half is missing, not a partner list
    kind = _kind(frame) if _kind(frame) in KINDS else "rd"
    args = {"region": places[0], "kind": kind}
    agg = frame.aggregation
    if agg is not None and agg.kind in ("most", "least") or C.STRONGEST.search(frame.text):
        weakest = agg is not None and agg.kind == "least"
        return ToolPlan((Step("partners", {**args, "min_grade": "-"}), Step("_top", {"weakest": True} if weakest else {})))
    b = bound(frame)
    if b is not None and _ONLY_ALL.search(frame.text) and (frame.intent == "yesno" or CLAIM.search(frame.text)) and \
            not _SOME.search(frame.text):  # "is there a region X has only weak ties with": one partner, not all
        # "only weak links — does the table back that", "are all its partners medium or better?"
        return ToolPlan((Step("partners", {**args, "min_grade": "-"}),
                         Step("_all_grade", {"grade": b[0], "at_least": b[1] == "at_least"})))
    steps = [Step("partners", {**args, **_band(b)})]
    if frame.intent == "yesno":
        steps.append(Step("_any", {}))
    elif b is None:  # "who does X work with": none at the floor is its weak partners, not "none"
        steps.append(Step("_weak_if_none", {}))
    return ToolPlan(tuple(steps))


def _whole_matrix(frame: Frame) -> ToolPlan | None:
    """No place: regions whose every partner lies in a band, the regions with most partners at a grade, pairs
    at a grade, the strongest pairs."""
    if _places(frame) or frame.focus not in ("regions", "pairs", "grade", None):
        return None
    b = bound(frame)
    if _kind(frame) == "both":
        return _across(frame, b)
    kind = _kind(frame) if _kind(frame) in KINDS else "rd"
    agg = frame.aggregation
    most = agg is not None and agg.kind == "most" or bool(C.STRONGEST.search(frame.text))
    if b is not None and _EVERY.search(frame.text):
        return ToolPlan((Step("partners_of_all", {"kind": kind, **_band(b)}),))
    if b is not None and most and frame.focus == "regions" and not re.search(r"\bpairs?\b", frame.text):
        return ToolPlan((Step("rank_regions", {"kind": kind, "grade": b[0]}),))
    counted = _partners_counted(frame)
    if b is not None and counted is not None and frame.focus == "regions" and (b[1] == "at_least" or b[0] == "++"):
        # "which region scores ++ with two partners": the regions whose count of such partners is the one said
        return ToolPlan((Step("rank_regions", {"kind": kind, "grade": b[0]}), Step("_rows_counted", counted)))
    if b is not None and frame.intent in ("list", "count", "value", "unknown", "rank"):
        return ToolPlan((Step("pairs_at_grade", {"kind": kind, **_band(b)}),))
    if b is None and most:
        return ToolPlan((Step("strongest_pairs", {"kind": kind}),))
    return None


def _across(frame: Frame, b: tuple[str, str] | None) -> ToolPlan | None:
    """Pairs read across the R&D and the business figure: the same grade in both, one kind stronger than the
    other, any difference, or one band in each clause ("weak for R&D but medium or better for business")."""
    if _SAME.search(frame.text):
        return ToolPlan((Step("grade_differences", {"direction": "same"}),))
    than = _THAN.search(frame.text)
    if than:
        return ToolPlan((Step("grade_differences", {"direction": _stronger(frame.text, than.start())}),))
    if _DIFFER.search(frame.text):
        return ToolPlan((Step("grade_differences", {"direction": "any"}),))
    clauses = [c for c in _CLAUSE.split(frame.text) if c.strip()]
    bands = [(C.coop_kind(c), bound(read(c))) for c in clauses[:2]] if len(clauses) >= 2 else []
    if len(bands) == 2 and all(k in KINDS and g for k, g in bands) and bands[0][0] != bands[1][0]:
        return ToolPlan(tuple(Step("pairs_at_grade", {"kind": k, **_band(g)}, "set" if i == 0 else "intersect")
                              for i, (k, g) in enumerate(bands)))
    if b is not None and frame.combination in ("both", "and"):  # "++ in both the R&D and the business matrix"
        return ToolPlan(tuple(Step("pairs_at_grade", {"kind": k, **_band(b)}, "set" if k == "rd" else "intersect")
                              for k in KINDS))
    return None


# a number of partners said of the region asked for: "with two partners", "has at least three partner regions"
_COUNTED_PARTNERS = re.compile(r"\b(exactly |only |just |at least |more than )?(\d+|one|two|three|four|five|six) "
                               r"(?:[\w&+-]+ ){0,5}?(?:partners?|partner regions?|regions?)\b")


def _partners_counted(frame: Frame) -> dict | None:
    """The count of partners a question says a region has (``n`` and ``op``), or None."""
    m = _COUNTED_PARTNERS.search(frame.text)
    if m is None:
        return None
    n = int(m[2]) if m[2].isdigit() else C.NUMBER_WORDS.get(m[2])
    op = {"at least ": ">=", "more than ": ">"}.get(m[1] or "", "==")
    return {"n": n, "op": op} if n else None


def _stronger(text: str, than: int) -> str:
    """"R&D rated higher than business", "stronger in business than in R&D", "weaker for business than for R&D":
    the kind named last before "than" is stronger, unless the comparison is a weaker one."""
    before = [(m.start(), k) for k, pat in (("rd", C.RD), ("business", C.BUSINESS)) for m in pat.finditer(text, 0, than)]
    if not before:
        return "any"
    first = max(before)[1]
    weaker = bool(_WEAKER.search(text[:than]))
    kind = first if not weaker else next(k for k in KINDS if k != first)
    return f"{kind}_stronger"


def cooperation_rows(frame: Frame) -> ToolPlan | None:
    """Figures 13 and 16, when the frame asks about R&D or business cooperation (not why: that is a passage)."""
    # R&D or business said, or places with a word of cooperation; an industry named is context (the figures have
    # no industry dimension), a mega trend belongs to another figure
    asked = frame.relation in KINDS or _said(frame) or \
        _places(frame) and C.COOP.search(C.STRONG_CLUSTERS.sub(" ", frame.text.replace("region", "")))
    if frame.given("trend") or frame.given("industry") and frame.relation not in KINDS:
        return None
    claim = CLAIM.search(frame.text)  # "the text says …; does the table back that": the claim checked
    if not asked or (frame.intent in ("explain", "define", "locate") or C.REPORT_SAYS.search(frame.text)) and not claim \
            or C.REASONS.search(frame.text) or frame.negation and not (claim and _negated_in_claim_only(frame)):
        return None
    return first_plan((_partner_choice, _partners_but, _pair, _partners, _whole_matrix), frame)


_QUOTED = re.compile(r"'[^']{3,}'|\"[^\"]{3,}\"|“[^”]{3,}”|‘[^’]{3,}’")


def _negated_in_claim_only(frame: Frame) -> bool:
    """Every negation of the question lies inside the claim it reports: in the words it quotes ("the text says 'no
    strong cooperation but only weak links' — does the table back that"), or before the clause that checks it
    ("the text says X has no strong ties. does the business matrix back that"): not a negated question."""
    from assistant.spot import fold
    from assistant.understand.clauses import reported
    from assistant.understand.scope import negation

    if not _NOT_BUT_ONLY.search(frame.text):
        return False  # "no strong ties" alone: the grade read is the one negated, so the check would be inverted
    asked = frame.asked or frame.text
    if _QUOTED.search(asked) is not None and not negation(fold(_QUOTED.sub(" ", asked))):
        return True
    last = frame.text[max(frame.clauses):] if frame.clauses else ""
    return bool(last) and CLAIM.search(last) is not None and not negation(last) and reported(frame.text)


# "no strong cooperation but only weak links", "not strong, just weak", "only weak links, no strong ones": what the
# claim asserts is what "only" says
_NOT_BUT_ONLY = re.compile(r"\b(no|not|never)\b.{0,60}?\b(but |rather )?(only|just|merely)\b|"
                           r"\b(only|just|merely)\b.{0,60}?\b(no|not|never)\b")  # "only weak links, no strong ties"
