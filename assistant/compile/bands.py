"""Compiler rows for cooperation read against a whole band of partners (Figures 13 and 16): the regions with no
link at one end of the scale ("no weak business link at all"), every region but one at a grade ("only weak
business cooperation with every region except Central Western Europe"), and one pair's R&D and business grades
compared ("is their business cooperation stronger than their R&D cooperation?")."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.compile.cooperation import KINDS, _kind, _places, _stronger, bound
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan, first_plan

# no link at one end of the scale: every partner lies beyond it
_BEYOND = {"-": {"min_grade": "o"}, "++": {"min_grade": "-", "max_grade": "+"}}
_NO_LINK = re.compile(r"\b(no|without|not any|never|not a single)\b")
_ALL_BUT = re.compile(r"\b(every|all)( the)?( other)? regions? (except|but|other than|apart from|save)\b")


def _no_link_at(frame: Frame) -> ToolPlan | None:
    """Regions with no weak (or no very strong) partner: every partner above (below) that end of the scale."""
    b = bound(frame)
    if _places(frame) or b is None or b[0] not in _BEYOND or frame.focus != "regions" or \
            not _NO_LINK.search(frame.text):
        return None
    kind = _kind(frame)
    return ToolPlan((Step("partners_of_all", {"kind": kind if kind in KINDS else "rd", **_BEYOND[b[0]]}),))


# every partner weak: "only weak partners", "nothing but weak ties", "nobody above weak"
_ONLY_WEAK = re.compile(r"\b(only|just|nothing but|all)\b.{0,20}?\bweak\b|\b(nobody|no one|none|no \w+|not any \w+)"
                        r"( \w+){0,2} (above|beyond|better than|stronger than) weak\b")


_PAIR = re.compile(r"\b(pairs?|pairings?|combinations?)\b")


def _only_weak(frame: Frame) -> ToolPlan | None:
    """Regions whose every partner is weak ("which region has only weak R&D partners"): not the weak pairs."""
    if _places(frame) or frame.focus != "regions" or not _ONLY_WEAK.search(frame.text) or _PAIR.search(frame.text) or \
            frame.intent not in ("list", "value", "unknown"):
        return None
    kind = _kind(frame)
    return ToolPlan((Step("partners_of_all", {"kind": kind if kind in KINDS else "rd", "min_grade": "-",
                                              "max_grade": "-"}),))


def _all_but(frame: Frame) -> ToolPlan | None:
    """Regions whose cooperation with every region but the one named lies at a grade (weak when none is said)."""
    places = _places(frame)
    b = bound(frame)
    kind = _kind(frame)
    if len(places) != 1 or not _ALL_BUT.search(frame.text) or b is None and kind not in KINDS:
        return None
    sym, mode = b or ("-", "exact")
    args = {"kind": kind if kind in KINDS else "rd", "min_grade": sym, "except_region": places[0]}
    if mode == "exact" or sym == "-":
        args["max_grade"] = sym
    return ToolPlan((Step("partners_of_all", args),))


def _kinds_compared(frame: Frame) -> ToolPlan | None:
    """One pair: is one kind of cooperation stronger (weaker) than the other — a yes/no on the two grades."""
    places = _places(frame)
    than = re.search(r"\bthan\b", frame.text)
    said = {s.relation for s in frame.scope if s.relation in KINDS and not s.negated}
    if len(places) != 2 or not than or frame.intent != "yesno" or said != set(KINDS):
        return None
    stronger = _stronger(frame.text, than.start()).removesuffix("_stronger")
    if stronger not in KINDS:
        return None
    return ToolPlan((Step("cooperation_grade", {"region_a": places[0], "region_b": places[1], "kind": "both"}),
                     Step("_compare_kinds", {"stronger": stronger})))


def band_rows(frame: Frame) -> ToolPlan | None:
    """Cooperation against a band of partners, or a pair's two kinds compared (never a why or an "of those")."""
    if frame.intent in ("explain", "define", "locate") or frame.followup.of_those or \
            frame.given("trend") or frame.given("industry"):
        return None
    return first_plan((_kinds_compared, _all_but, _only_weak, _no_link_at), frame)


def pair_rows(frame: Frame) -> ToolPlan | None:
    """Two places and a word of cooperation that no other row read (a claim to check against the figure, "does
    the R&D matrix back that"): the pair's grade, of the kind said (both kinds when none is)."""
    places = _places(frame)
    if len(places) != 2 or frame.intent in ("explain", "define", "locate") or C.REASONS.search(frame.text) or \
            frame.given("trend") or \
            frame.given("industry") or not (frame.relation in KINDS or C.COOP.search(frame.text.replace("region", ""))):
        return None
    kind = _kind(frame)
    return ToolPlan((Step("cooperation_grade", {"region_a": places[0], "region_b": places[1], "kind": kind}),))
