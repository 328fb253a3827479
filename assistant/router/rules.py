"""The cue rules, tried in order over one question; each a small function of the question's reading."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant import cues as C
from assistant.compile.crossover import partial_subtrend
from assistant.plan import Plan, Refuse, Retrieve, Step, ToolPlan, first_plan
from assistant.router.common import (
    _DEFINE_Q,
    _FIGURE,
    _definition,
    _direction_words,
    _explanatory,
    _matrix_cues,
    _owners,
)
from assistant.router.matrix import _matrix_plan
from assistant.router.names import _lone_name, _off_topic, _unknown_name, _unknown_section
from assistant.router.regions import _region_plan
from assistant.spot import Mention, by_kind, fold
from assistant.state import State


@dataclass(frozen=True)
class _Q:
    """What the cue rules read from one question: its text, its names by kind, a named figure, a reading note."""

    q: str
    text: str
    mentions: list
    state: State
    inds: list
    trends: list
    subs: list
    params: list
    regions: list
    countries: list
    fkey: str | None
    reading: str | None


def _plan(c: _Q, *steps: Step) -> ToolPlan:
    return ToolPlan(tuple(steps), c.reading)


def _rules(q: str, text: str, mentions: list[Mention], state: State) -> Plan | None:
    inds, trends = by_kind(mentions, "industry"), by_kind(mentions, "trend")
    subs, params = by_kind(mentions, "subtrend"), by_kind(mentions, "parameter")
    regions, countries = by_kind(mentions, "region"), by_kind(mentions, "country")
    fig = _FIGURE.search(q)
    fkey = (fig[1] + (fig[2] or "").lower()) if fig else None
    if not subs:
        part = partial_subtrend(text, inds)
        if part:
            subs = [part]
    trends, subs, reading = _shared_names(text, trends, subs, params)
    c = _Q(q, text, mentions, state, inds, trends, subs, params, regions, countries, fkey, reading)
    return first_plan(_RULES, c)


def _shared_names(text: str, trends: list, subs: list, params: list) -> tuple[list, list, str | None]:
    """A name that is both a mega trend and a sub-trend ("Big data"): the trend reading unless Figure 7/6 cues."""
    shared = [s for s in subs if fold(s) in {fold(t) for t in trends}] if trends else []
    if not shared:
        return trends, subs, None
    if (C.CROSSOVER.search(text) and not C.SUBTREND_WORD.search(text)) or params:
        trends = [t for t in trends if fold(t) not in {fold(s) for s in shared}]
        return trends, subs, f"Read \"{shared[0]}\" as the sub-trend (Figures 6–7), not the mega trend."
    subs = [s for s in subs if s not in shared]
    return trends, subs, f"Read \"{trends[0]}\" as the mega trend (Figure 3), not the sub-trend of {_owners(shared[0])}."


def _why(c: _Q) -> Plan | None:
    """Why/explain questions: a passage (figure look-ups, pasted captions included, are compiled)."""
    if re.search(r"\bwhy\b|\bexplain\w*\b", c.text):
        return Retrieve(c.q)
    return None


def _not_in_tables(c: _Q) -> Plan | None:
    """Off-topic measures, unknown sections and names, and narrative questions."""
    off = _off_topic(c.text)
    if off is not None:
        return off
    sec = _unknown_section(c.q)
    if sec is not None:
        return sec
    unknown = None if (c.countries or c.regions) else _unknown_name(c.q, c.text, c.mentions)
    if unknown is not None:
        return unknown
    if re.search(r"\bcluster organi[sz]ations?\b.*\b(offer|provide|services?)\b", c.text) and not _matrix_cues(c.text):
        return Retrieve(c.q)
    if re.search(r"\bexplain\w*\b|\bwhy\b|\bhow the report (describes|explains|defines|characteri[sz]es|sees)\b|"
                 r"\btell me (how|why)\b|\bin the conclusion\b|\bdescribed as\b|\bcalled the\b|\bexample\b|"
                 r"\baccording to the (report|text|conclusion)\b|\bdoes the report (credit|say|mention|recommend)\b", c.text):
        return Retrieve(c.q)
    if C.REASONS.search(c.text) \
            and not _matrix_cues(c.text) and not C.SUBTREND_WORD.search(c.text) and not re.search(r"\bcharacteristic|\bkey area", c.text):
        return Retrieve(c.q)
    if (_explanatory(c.text) and not _matrix_cues(c.text)) or (_DEFINE_Q.search(c.text) and not c.fkey) or _definition(c.text):
        return Retrieve(c.q)

    return None


def _regions(c: _Q) -> Plan | None:
    """Regions and cooperation (the report's lists and Figure 7 are compiled)."""
    # regions and cooperation (Figures 10, 13, 16)
    rp = _region_plan(c.q, c.text, c.regions, c.countries, c.fkey)
    if rp is not None:
        return rp if isinstance(rp, Refuse) else replace(rp, reading=c.reading)

    return None


def _definitions_and_matrix(c: _Q) -> Plan | None:
    """Definitions, the portfolio (Figure 9), a sub-trend's profile, the impact matrices."""
    # definitions of a trend or a parameter: the report's own description, quoted
    if c.trends and not c.inds and re.search(r"^\s*(what is|define|definition of|describe)\b", c.text) and not C.COUNT.search(c.text) \
            and not _direction_words(c.text):
        return _plan(c, Step("trend_info", {"trend": c.trends[0]}))

    # Figure 9, described in §4.3's text
    if c.inds and re.search(r"\b(portfolio|strategic importance|importance of internationali|internationali[sz]ed|status of internationali|support services)\b", c.text) \
            and not C.WHY.search(c.text):
        return _plan(c, Step("portfolio", {"industry": c.inds[0]}))

    # a sub-trend with its industry and no other cue: its Figure 7 profile
    if c.subs and not c.trends and not c.params and not _direction_words(c.text) and len(c.inds) <= 1 and \
            len(re.findall(r"[a-z]{3,}", c.text)) <= 6:
        return _plan(c, Step("subtrend_profile", {"subtrend": c.subs[0], "industry": c.inds[0] if c.inds else None}))

    # mega trends × industries (Figures 3, 4, 5)
    mp = _matrix_plan(c.text, c.inds, c.trends, c.fkey, c.mentions)
    if mp is not None:
        return replace(mp, reading=c.reading)
    lone = _lone_name(c.text, c.mentions)
    if lone is not None:
        return lone

    return None


_RULES = (_why, _not_in_tables, _regions,
          _definitions_and_matrix)
