"""Both directions of influence asked, one read: "which industries are both influenced by it and influence it
back", "in either direction, down or upstream", "do they shape each other". The report shows the two directions in
two matrices (downstream, Figure 3; upstream, Figure 4); a table plan that reads only one of them answered half the
question, whatever names it took. The words are generic English for two directions, not the report's names.

Measured as a probe on answers to unseen questions (bench/sureness.py, session 10): on sure tool answers it fired
on wrong answers only, in sets by four different writers (FIT and CHECK)."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.coverage import Coverage
from assistant.frame import Frame
from assistant.plan import ToolPlan

# both directions asked at once: "both/either/each direction(s)/way(s)", "both … back / in return / the other way",
# "up and downstream", "down- or upstream", "downstream as well as upstream", "two-way", "mutual(ly)", "reciprocal",
# "each other" (not "push back" alone: that is the upstream direction)
_BOTH_WAYS = re.compile(r"\b(?:both|either|each|two) (?:directions?|ways?)\b|\bboth\b.*\b(?:back|in return|(?:the )?other "
                        r"way)\b|\b(?:up|down)(?:stream)?\W+(?:and|or|as well as|&|/)\W*(?:up|down)(?:stream)?\b|\btwo-way\b|"
                        r"\bmutual(?:ly)?\b|\breciprocal(?:ly)?\b|\beach other\b")
# the two impact matrices a direction argument reads, and the arguments that read both (or their consolidation)
_ONE_WAY = frozenset({"downstream", "upstream"})
_TWO_WAYS = frozenset({"both", "either", "aosi"})


def asks_both_ways(text: str) -> bool:
    """The question asks about influence in both directions."""
    return bool(_BOTH_WAYS.search(text.lower()))


def one_way(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """Both directions asked, the plan reads one impact matrix only (no step reads the other, their union or their
    consolidation): the answer is one direction's."""
    read = {v for v in plan.arg_strings() if v in _ONE_WAY | _TWO_WAYS}
    if len(read) != 1 or not read <= _ONE_WAY or not asks_both_ways(frame.text):
        return None
    return f"both directions \u2014 this reads the {next(iter(read))} matrix only"
