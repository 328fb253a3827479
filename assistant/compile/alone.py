"""Compiler rows for one name asked about on its own: an industry's place in the Figure 9 portfolio (§4.3's
text), a mega trend's description (§2.2), a sub-trend's Figure 7 profile, and a name typed alone ("Poland?",
"Central Eastern Europe", "customer service orientation") — what the report's tables say of it."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan, first_plan

# the portfolio's axes and what §4.3 says of each industry: importance, internationalisation status, services
_PORTFOLIO = re.compile(r"\b(portfolio|strategic importance|importance of internationali\w*|internationali[sz]ed|"
                        r"status of internationali\w*|support services)\b")
_DESCRIBE = re.compile(r"^\s*(what is|what's|whats|define|definition of|describe|description of)\b")
_TREND_WORD = re.compile(r"(?<!-)\b(mega ?trends?|megatrends?|trends?)\b")
_WORD = re.compile(r"[a-z]{3,}")
# a name typed alone: the tool that says what the report's tables hold of it, by the name's kind
_ALONE = {"country": ("region_of", "country"), "region": ("countries_in", "region"),
          "parameter": ("parameter_info", "parameter")}


def _rest(frame: Frame) -> str:
    """The question without the names it gives."""
    rest = frame.text
    for n in frame.names:
        rest = rest.replace(n.text.lower(), " ")
    return rest


def _portfolio(frame: Frame) -> ToolPlan | None:
    """One industry's place in the portfolio: strategic importance, internationalisation, support services."""
    inds = frame.given("industry")
    if len(inds) != 1 or frame.given("trend") or not _PORTFOLIO.search(frame.text) or C.WHY.search(frame.text):
        return None
    return ToolPlan((Step("portfolio", {"industry": inds[0]}),))


def _trend_description(frame: Frame) -> ToolPlan | None:
    """"Describe the personalisation trend": the report's own description of a mega trend, quoted."""
    trends = frame.given("trend")
    if not trends or frame.given("industry") or frame.relation_said or C.COUNT.search(frame.text) or \
            not _DESCRIBE.search(frame.text) or not _TREND_WORD.search(_rest(frame)):
        return None
    return ToolPlan((Step("trend_info", {"trend": trends[0]}),))


def _subtrend_profile(frame: Frame) -> ToolPlan | None:
    """A sub-trend (with its industry) and hardly another word: its Figure 7 row."""
    subs, inds = frame.given("subtrend"), frame.given("industry")
    if not subs or frame.given("trend") or frame.given("parameter") or len(inds) > 1 or frame.relation_said or \
            len(_WORD.findall(frame.text)) > 6:
        return None
    return ToolPlan((Step("subtrend_profile", {"subtrend": subs[0], "industry": inds[0] if inds else None}),))


def _alone(frame: Frame) -> ToolPlan | None:
    """One name and at most two other words: the region of a country, the countries of a region, a parameter's
    definition."""
    if len({(n.kind, n.canonical) for n in frame.names}) != 1 or len(_WORD.findall(_rest(frame))) > 2:
        return None
    name = frame.names[0]
    if name.kind not in _ALONE:
        return None
    tool, key = _ALONE[name.kind]
    return ToolPlan((Step(tool, {key: name.canonical}),))


# what a parameter is about, asked of the parameter as such ("what does the X parameter look at", "X - in plain
# words?"), and words that ask for its Figure 7 column instead (grades, sub-trends, industries)
_MEANING_OF = re.compile(r"\b(looks? at|measures?|measuring|mean|means|meaning|meant|covers?|is about|in plain (words|english)|"
                         r"stands? for|refers? to|definition|define[sd]?|describes?|description|thing|concept|idea|"
                         r"what is|what's|whats)\b")
_COLUMN = re.compile(r"\bsub-?trends?\b|\bticks?\b|✓|\bgrade[ds]?\b|\brat(ed|es|ing)\b|\bmark(s|ed)?\b|\bfig(ure)?\.? ?7\b|"
                     r"\bcross-?over\b|\bindustr|\bsectors?\b|\bhow many\b|\bwhich\b")


def parameter_meaning(frame: Frame) -> ToolPlan | None:
    """One value-chain parameter asked about as such, with no word of its Figure 7 column: its §3.2 definition."""
    pars, rest = frame.given("parameter"), _rest(frame)
    if len(pars) != 1 or frame.kinds != {"parameter"} or frame.followup.of_those or frame.followup.pronoun or \
            not _MEANING_OF.search(rest) or _COLUMN.search(rest):
        return None
    others = [w for w in _WORD.findall(_MEANING_OF.sub(" ", rest)) if w not in _SMALL]
    if not re.search(r"\bparameter\b", rest) and len(others) > 1:
        return None  # "what is the virtual integration concept and the make-or-buy decision": more than the parameter
    return ToolPlan((Step("parameter_info", {"parameter": pars[0]}),))


_SMALL = frozenset("the and does that this its for what how with from about are was were has have can you tell".split())


def alone_rows(frame: Frame) -> ToolPlan | None:
    """One name asked about on its own (never a why or a follow-up's "of those")."""
    if frame.intent == "explain" or frame.followup.of_those or frame.followup.pronoun:
        return None
    return first_plan((_portfolio, _trend_description, _subtrend_profile, _alone), frame)
