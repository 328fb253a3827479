"""The order asked of what the turn before was about: "in what order do they come" after "what services should a
cluster offer to take members abroad" asks the report's list whose entries come in a set order and are things of
the kind that turn named (the service spectrum's steps are "… services"). Which lists have an order and what
their entries are is read from the lists themselves (their rows carry an order; their entries' common head noun),
never from the question's words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.state import State

# "in what order", "in which sequence", "what comes first": the order of entries asked
_ORDER = re.compile(r"\b(?:what|which|the right|the best|what kind of) (?:order|sequence)\b|\bin order\b|"
                    r"\bwhat comes? first\b|\bwhich (?:one )?comes? first\b", re.IGNORECASE)


@cache
def _ordered_lists() -> dict[str, str]:
    """List name → the head noun its entries share ("services"), for the report's lists whose rows carry an order."""
    import tools
    from assistant.compile.lists import LIST_OF_FOCUS

    out = {}
    for name in dict.fromkeys(LIST_OF_FOCUS.values()):
        res = tools.list_items(name)
        if not res.rows or not all("order" in r for r in res.rows):
            continue
        heads = Counter(str(i).split()[-1].lower() for i in res.items if str(i).split())
        noun, n = heads.most_common(1)[0] if heads else ("", 0)
        if n * 2 > len(res.items):  # most entries are things of one kind
            out[name] = noun
    return out


def ordered(frame: Frame, state: State) -> ToolPlan | None:
    """The ordered list the follow-up asks the order of, when it points back with no name of its own and the
    question before named things of that list's kind; else None."""
    fu = frame.followup
    last = state.last_answer
    if not _ORDER.search(frame.text) or frame.names or not (fu.pronoun or fu.of_those) or last is None:
        return None
    question = " ".join((last.question or "").split()).rstrip(" ?.!")
    before = set(re.findall(r"[a-z]+", question.lower()))
    for name, noun in _ordered_lists().items():
        if noun in before:
            said = f"Read the order asked as that of the {noun} of the question before (\u201c{question}\u201d)."
            return ToolPlan((Step("list_items", {"name": name}),), reading=said, sure=False)
    return None
