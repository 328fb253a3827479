"""Route a question to a tool plan, a retrieval, a refusal or a clarification: the frame compiler first
(assistant.compile), then the cue rules it has not yet replaced. No LLM. Follow-ups never come here rewritten:
they are frames completed from the conversation (assistant.followups, replan, those) before this runs."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.compile import compile_frame
from assistant.coverage import _WORD, FILLER, report_stems, stem
from assistant.plan import Clarify, Plan, Recall, Refuse, Retrieve, ToolPlan
from assistant.router.common import _looks_english, _names
from assistant.router.rules import _rules
from assistant.spot import fold, spot
from assistant.state import State
from assistant.understand import read
from assistant.understand.direction import direction

MAX_CHARS = 2000


def guard(question: str) -> Refuse | None:
    """A refusal for input that is no question at all: empty, a paste over the limit with no question inside
    (``assistant.clean`` has already looked for one), or no English and none of the report's names."""
    q = question.strip()
    if not re.search(r"[^\W_]", q):
        return Refuse("empty", "Please type a question about the report, for example "
                      "\"Which mega trends drive Logistical Services?\".")
    if len(q) > MAX_CHARS:
        return Refuse("too_long", f"That is a paste of over {MAX_CHARS:,} characters with no question in it; please "
                      f"ask one question in under {MAX_CHARS:,} characters.")
    if not _names(spot(q)) and not _looks_english(fold(q)) and not _report_words(fold(q)):
        return Refuse("not_english", "The assistant works in English and found none of the report's names in "
                      "this question. Please ask in English.")
    return None


def _report_words(text: str) -> bool:
    """Most words are the report's own or generic English, and one is a word of the report's that says what the
    question is about: a short question in the report's words ("vanguard initiative", "anything about gothenburg")
    is English. Exact stems only, no typo tolerance, so another language does not pass on near-misses."""
    words = _WORD.findall(text)
    ours = [w for w in words if w not in FILLER and stem(w) in report_stems()]
    return bool(ours) and 2 * (len(ours) + sum(w in FILLER for w in words)) >= len(words)


def route(question: str, state: State) -> Plan:
    """The plan for one question, given the conversation so far."""
    q = question.strip()
    refusal = guard(q)
    if refusal is not None:
        return refusal
    text = fold(q)
    mentions = spot(q)
    if C.RECALL.search(text) and not _names(mentions) and state.last_citations:
        return Recall()
    return _answer(q, state) or Retrieve(q, sure=False)


def _answer(q: str, state: State) -> Plan | None:
    """The compiled plan of a question read on its own, else the first cue rule's — a guess, so not sure: no
    row of the compiler's table fits what the frame read."""
    plan = compile_frame(read(q))
    if plan is not None:
        return plan
    plan = _rules(q, fold(q), spot(q), state)
    return replace(plan, sure=False) if isinstance(plan, ToolPlan) else plan


__all__ = ["MAX_CHARS", "Clarify", "Plan", "direction", "guard", "route"]
