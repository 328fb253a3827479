"""A bare follow-up that swaps in a name the report never writes ("and egypt?" after "where does the report put
turkey"): the refusal says which table was looked in and that it does not list the name, and cites that table (the
one the last answer came from), instead of a refusal that names no source."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import Answer
from assistant.coverage import Coverage
from assistant.frame import Frame
from assistant.plan import ToolPlan
from assistant.state import State
from assistant.understood import NAME_KEYS

_REFUSED = ("unknown_term", "out_of_scope", "unknown_name")
_NOUN = {"country": "countries", "region": "regions", "industry": "emerging industries", "trend": "mega trends",
         "subtrend": "sub-trends", "parameter": "value-chain parameters"}
_MOST_WORDS = 2  # a name of a word or two ("egypt", "south sudan"), not a phrase


def unlisted(ans: Answer, frame: Frame, cov: Coverage, state: State) -> Answer:
    """The refusal of "and <unknown name>?" told as the last answer's table not listing it (with that table cited),
    when the last plan looked up one name of a kind and the follow-up says only a word the report never uses in its
    place; else ``ans`` unchanged."""
    kind = _slot(state.last_plan)
    fu = frame.followup
    guessed = ans.route == "retrieval" and not ans.sure  # "and for nanotech?": a passage found for the rest
    if not (ans.route == "refuse" and ans.reason in _REFUSED or guessed) or kind is None or frame.names or \
            not (fu.opener or fu.short) or len(cov.unknown) != 1 or len(cov.unknown[0].split()) > _MOST_WORDS:
        return ans
    last = state.last_answer
    cites = [c for c in (last.citations if last is not None else []) if c.figure]
    if not cites:
        return ans
    said = _as_typed(cov.unknown[0], frame.asked or frame.text)
    figures = " and ".join(dict.fromkeys(f"Figure {c.figure}" for c in cites))
    message = f"{figures} does not list \u201c{said}\u201d among its {_NOUN[kind]}."
    if ans.reason == "unknown_term":  # the word is nowhere in the report
        message += " The report does not mention it anywhere."
    return replace(ans, route="refuse", answer=message, citations=cites, reason="unknown_name", sure=True, items=[],
                   passages=[], alternatives=[], value=None, count=None,
                   reading=f"The last question asked of {said} ({figures}): not listed")


def _slot(plan) -> str | None:
    """The kind of the one name the last plan looked up (its first step's one name argument, the rest steps over
    its result), if that is its shape."""
    if not isinstance(plan, ToolPlan) or not plan.steps or any(not s.tool.startswith("_") for s in plan.steps[1:]):
        return None  # one look-up, then steps over its result ("is X in <region>": its region, then the check)
    keys = [k for k, v in plan.steps[0].args.items() if k in NAME_KEYS and isinstance(v, str)]
    return keys[0] if len(keys) == 1 and keys[0] in _NOUN else None


def _as_typed(word: str, text: str) -> str:
    """The word as the user typed it, capitalised when typed all lower case."""
    at = text.lower().find(word)
    typed = text[at:at + len(word)] if at >= 0 else word
    return typed.title() if typed == typed.lower() else typed
