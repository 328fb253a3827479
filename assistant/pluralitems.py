"""A plural pronoun for the last answer's items: "does either of them push it back upstream", "do they feed it back
upstream as well" after a list of industries a trend hits. The items are names of the kind the question asks
about, and the last question named none of that kind (its subject, "it", is of another kind), so "either of them"
and "they" can only be those items: the question is an "any of those" question, kept inside the last answer."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.cues import NUMBER_WORDS
from assistant.frame import KIND_OF_FOCUS, Frame
from assistant.referents import item_names
from assistant.state import State

# "either of them", "any of those", "neither of these": one or some of the items (not "both", "each", "all")
_SOME_OF = re.compile(r"\b(?:either|neither|any) (?:one )?of (?:them|those|these)\b")
_THEY = re.compile(r"\b(?:they|them)\b")
_IT = re.compile(r"\b(?:it|its)\b")


def as_any_of_those(frame: Frame, state: State) -> tuple[Frame, bool]:
    """``frame`` read as "do any of those …" when its plural pronoun can only mean the last answer's items (see the
    module's docstring), and whether it was; ``frame`` unchanged and False otherwise."""
    last, fu = state.last_frame, frame.followup
    if last is None or fu.switch or fu.nth is not None or frame.negation:
        return frame, False
    some = _SOME_OF.search(frame.text)
    if some is None and (fu.group is not None or fu.of_those or not _THEY.search(frame.text) or
                         not _IT.search(frame.text)):  # a bare "they" with no "it" may be the last subject
        return frame, False  # ("experience industries: …" then "which trend do they push back on")
    items = item_names(state)
    if len(items) < 2:
        return frame, False
    kind = items[0].kind
    asked = KIND_OF_FOCUS.get(frame.focus or last.focus or "")
    if asked != kind or any(n.kind == kind for n in frame.names + last.names) or _two_said(last, state, frame.text):
        return frame, False
    return replace(frame, followup=replace(fu, group=None, of_those=True, pronoun=fu.pronoun or some is None)), True


def _two_said(last: Frame, state: State, text: str) -> bool:
    """Two names of the last subject's kind said in the conversation, and no "it" standing for one: "which trends
    drive either of them" after Logistical Services, then biopharma, means those two industries."""
    return not _IT.search(text) and any(len(state.last_entities.get(n.kind) or []) >= 2 for n in last.names)


# "only one of them", "just two of those": a count of the last answer's items, not of each entry's marks
_N_OF = re.compile(r"\b(?:(?:only|just|exactly|precisely) )?(?P<n>\d{1,2}|one|two|three|four|five|six) of (?:them|those|these)\b")


def items_counted(frame: Frame, state: State) -> Frame:
    """"only one of them is an AOSI, right?" after a list: the number counts the last answer's items that hold, so
    the frame's count ("exactly one marked cell", read from the same words) is dropped with the words; the caller keeps the answer
    inside the last one and checks the stated count on it. Unchanged when the words count something else."""
    agg, m = frame.aggregation, _N_OF.search(frame.text)
    if agg is None or m is None or agg.n is None or len(item_names(state)) < 2:
        return frame
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
    if agg.n != n:
        return frame
    blank = frame.text[:m.start()] + " " * (m.end("n") - m.start()) + frame.text[m.end("n"):]  # offsets kept
    only = None if frame.combination == "only" else frame.combination  # "only one of them" is no exclusivity
    return replace(frame, aggregation=None, text=blank, combination=only)
