"""The cue rules, tried in order over one question; each a small function of the question's reading."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant import cues as C
from assistant.compile.crossover import partial_subtrend
from assistant.plan import Plan, Retrieve, Step, ToolPlan, first_plan
from assistant.router.common import (
    _DEFINE_Q,
    _definition,
    _explanatory,
    _matrix_cues,
    _owners,
)
from assistant.router.matrix import _matrix_plan
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
    fig = C.FIGURE_REF.search(q)
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
    """Narrative questions (off-topic measures, unknown sections and names are compiled refusals)."""
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


def _definitions_and_matrix(c: _Q) -> Plan | None:
    """The impact matrices' rules the compiler has not yet replaced (definitions, the portfolio, a lone name or
    sub-trend, mixed-direction cells are compiled)."""
    # mega trends × industries (Figures 3, 4, 5)
    mp = _matrix_plan(c.text, c.inds, c.trends, c.fkey, c.mentions)
    if mp is not None:
        return replace(mp, reading="; ".join(r for r in (c.reading, mp.reading) if r) or None)
    return None


_RULES = (_why, _not_in_tables, _definitions_and_matrix)
