"""Route a question to a tool plan, a retrieval, a refusal or a clarification: the frame compiler first
(assistant.compile, in core), then these cue rules. No LLM."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.plan import Clarify, Plan, Recall, Refuse, Retrieve
from assistant.router.common import _looks_english, _names, _question_in_paste
from assistant.router.followup import _augment, _followup, _is_followup
from assistant.router.rules import _rules
from assistant.spot import fold, spot
from assistant.state import State
from assistant.understand import read
from assistant.understand.direction import direction

MAX_CHARS = 2000


def route(question: str, state: State) -> Plan:
    """The plan for one question, given the conversation so far."""
    q = question.strip()
    if not re.search(r"[^\W_]", q):
        return Refuse("empty", "Please type a question about the report, for example "
                      "\"Which mega trends drive Logistical Services?\".")
    if len(q) > MAX_CHARS:
        inner = _question_in_paste(q)
        if inner is None:
            return Refuse("too_long", f"That is {len(q):,} characters; please ask one question in under "
                          f"{MAX_CHARS:,} characters.")
        q = inner
    text = fold(q)
    mentions = spot(q)
    if C.RECALL.search(text) and not _names(mentions) and state.last_citations:
        return Recall()
    if state.last_plan is not None and _is_followup(text, mentions) and not read(q).names_own_subject():
        plan = _followup(text, mentions, state)
        if plan is not None:
            return plan
        aug = _augment(q, text, mentions, state)
        if aug != q:
            plan = _rules(aug, fold(aug), spot(aug), state)
            if plan is not None:
                return plan
    plan = _rules(q, text, mentions, state)
    if plan is not None:
        return plan
    if not mentions and not _looks_english(text):
        return Refuse("not_english", "The assistant works in English and found none of the report's names in "
                      "this question. Please ask in English.")
    return Retrieve(q, sure=False)


__all__ = ["MAX_CHARS", "Clarify", "Plan", "direction", "route"]
