"""A follow-up that argues with a table answer by what the text says ("but the text says SW europe has only weak
links", "doesn't the text say there are strong ties between those two"): the user sets the report's words against
the figure just shown. Both sides are answered: the figure's answer again, and the passage the words point at,
never one of them alone; the answer is unsure (which side is right is the user's call)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import Answer
from assistant.frame import Frame
from assistant.state import State

# the report's text as the one who says something: "the text says", "doesn't the conclusion say", "section 4.4 states"
_TEXT_SAYS = re.compile(r"\b(?:text|report|conclusion|section\s+[\d.]+|chapter\s+[\d.]+|passage|paragraph)\s+"
                        r"(?:\w+\s+)?(?:says?|said|states?|stated|mentions?|claims?|writes?|wrote|lists?|calls?)\b|"
                        r"\b(?:does|doesn'?t|didn'?t|did)\s+(?:the\s+)?(?:text|report|conclusion)\s+(?:\w+\s+)?say\b")


# "does the matrix back that", "does figure 13 confirm it": a claim put to a figure, answered yes or no elsewhere
_PUT_TO_FIGURE = re.compile(r"\b(?:table|figure|fig|matrix|grid|data|chart)\b(?:\s+\d+)?\s+(?:\w+\s+)?(?:back|confirm|"
                            r"support|agree|match|bear|show)\w*")
# "which of them does the conclusion call most relevant": asking what the text says, not setting it against the answer
_ASKS_WHAT = re.compile(r"^\W*(?:and\s+|so\s+)?(?:which|what|who|where|how|when)\b")


def argues(frame: Frame, state: State) -> bool:
    """The words set what the text says against the last answer, a table's, and name nothing it did not take or
    give."""
    last, plan = state.last_answer, state.last_plan
    if last is None or last.route != "tool" or plan is None or frame.followup.switch or \
            not _TEXT_SAYS.search(frame.text) or _PUT_TO_FIGURE.search(frame.text) or _ASKS_WHAT.match(frame.text):
        return False
    taken = {v for s in plan.steps for v in s.args.values() if isinstance(v, str)}
    taken |= {x for i in last.items for x in (i if isinstance(i, tuple | list) else (i,)) if isinstance(x, str)}
    return all(n.canonical in taken for n in frame.names)


def both_sides(table: Answer, text: Answer) -> Answer:
    """The table's answer again with the passage beside it (when the search found one), unsure."""
    shown = text.route == "retrieval"
    body = table.answer + ("\n\n**What the text says** (it may not agree with the figure):\n\n" + text.answer
                           if shown else "\n\nNo passage of the text was found that says so.")
    chips: dict[str, object] = {}
    for c in table.citations + (text.citations if shown else []):
        chips.setdefault(c.chip, c)  # a figure both sides cite, once
    cites = list(chips.values())
    reading = f"{table.reading} again, beside the passage you cite (which of the two is right is not decided)"
    return replace(table, answer=body, citations=cites, passages=text.passages if shown else [], sure=False,
                   reading=reading)
