"""Ask back when two or more readings are equally good, instead of guessing: a follow-up whose hole nothing in
the conversation fills ("and upstream?" as a first question), or a name of a kind the last answer's table does not
take ("what about medtech?" after a cooperation question). The options are questions that each ask one reading."""

from __future__ import annotations

from dataclasses import replace

from assistant.followups import KINDS_OF_RELATION, nth_item
from assistant.frame import Frame
from assistant.plan import Clarify
from assistant.state import State

_DIRECTION = {"downstream": "downstream", "upstream": "upstream", "aosi": "in an area of strong interdependency"}


def clarify(frame: Frame, state: State) -> Clarify | None:
    """A question back, when the question leans on a conversation that cannot complete it."""
    fu = frame.followup
    if fu.switch or frame.names_own_subject() or not (fu.opener or fu.short or fu.pronoun or fu.of_those) or \
            frame.intent == "explain" and not (fu.opener or fu.pronoun or fu.of_those):
        return None  # "what is an AOSI": what a term means has no hole for a name
    last = state.last_frame
    if not frame.names and frame.relation in _DIRECTION and (last is None or not last.names) and \
            frame.focus is None and frame.aggregation is None and (fu.opener or fu.short):
        return _no_subject(frame)
    item = nth_item(frame, state)
    if item is not None and not frame.relation_said and frame.focus is None:  # "what about the second one?"
        return _other_kind(replace(frame, names=(item,)), "What would you like to know about {}?")
    if frame.names and last is not None and not frame.relation_said and frame.focus is None and \
            (fu.opener or fu.short) and not fu.of_those and frame.aggregation is None and frame.grade is None and \
            last.relation in KINDS_OF_RELATION and not frame.kinds & KINDS_OF_RELATION[last.relation]:
        return _other_kind(frame)
    return None


def _no_subject(frame: Frame) -> Clarify:
    import tools

    rel = _DIRECTION[frame.relation or "downstream"]
    industry = tools.list_items("industries").items[0]
    trend = tools.list_items("mega_trends").items[0]
    return Clarify(f"\u201c{frame.text}\u201d: {rel} of which emerging industry or mega trend? Please name one.",
                   (f"Which mega trends shape {industry} {rel}?" if rel != _DIRECTION["aosi"] else
                    f"Which mega trends are in an area of strong interdependency with {industry}?",
                    f"Which industries does {trend} shape {rel}?" if rel != _DIRECTION["aosi"] else
                    f"Which industries are in an area of strong interdependency with {trend}?"))


_ASK = {"industry": ("Which mega trends shape {} downstream?", "Which mega trends does {} shape upstream?",
                     "Which sub-trends does {} have?"),
        "trend": ("Which industries does {} shape downstream?", "Which industries shape {} upstream?",
                  "Which sub-trends does {} have?"),
        "region": ("Which regions does {} cooperate with in R&D?", "Which regions does {} cooperate with in business?",
                   "Which countries are in {}?"),
        "country": ("Which region is {} in?", "Which regions does {} cooperate with in R&D?",
                    "Which regions does {} cooperate with in business?"),
        "subtrend": ("Which parameters are marked for {}?", "Which industries have the sub-trend {}?"),
        "parameter": ("Which sub-trends are very strong on {}?", "Which sub-trends are marked at all for {}?")}


_NOT_LISTED = "The last answer was about a table that does not list {0}. What would you like to know about {0}?"


def _other_kind(frame: Frame, message: str = _NOT_LISTED) -> Clarify | None:
    name = frame.names[0]
    asks = _ASK.get(name.kind)
    if asks is None:
        return None
    return Clarify(message.format(name.canonical), tuple(a.format(name.canonical) for a in asks))
