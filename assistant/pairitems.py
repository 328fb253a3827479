"""An "of those" follow-up whose plan answers with pairs ("which of those count as crossover points": (sub-trend,
parameter) cells; "of those, which list e-Commerce": (trend, industry) hot-spots) while the question asks which of
the last answer's items: the answer is those items, each once, not the pairs that hold them."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import KIND_OF_FOCUS, Frame
from assistant.plan import Step, ToolPlan
from assistant.referents import item_names
from assistant.state import State

# "which ones …", "which of those …", "of them, which …": the question word asks for the items themselves,
# whatever noun the words say later ("which ones list e-Commerce as a sub-trend")
_WHICH_ONES = re.compile(r"\bwhich (?:ones?|of (?:those|them|these))\b|\bof (?:those|these|them),? which\b")


# the tables whose entries are pairs (a restriction to the last items may keep pairs that hold them)
_PAIRS = frozenset({"restrict", "crossover_cells", "aosis_with_subtrend", "hotspots", "pairs_at_grade"})


def as_items(plan: ToolPlan | None, frame: Frame, state: State) -> ToolPlan | None:
    """``plan`` with a last step that keeps, of each pair it answers, the side that is one of the last answer's
    items, when the question asks for the items themselves ("which of those", "which ones", their kind)."""
    items = item_names(state)
    if plan is None or not items or not frame.followup.of_those or frame.negation or \
            not {s.tool for s in plan.steps} & _PAIRS:
        return plan
    if KIND_OF_FOCUS.get(frame.focus or "") != items[0].kind and not _WHICH_ONES.search(frame.text):
        return plan  # "at which parameters are those strong", "where are they strong": the pairs are asked
    return replace(plan, steps=(*plan.steps, Step("_items_of_pairs", {"names": [n.canonical for n in items]})))


def items_of_pairs(args: dict, r):
    """The items of ``names`` that the result's pairs hold, in the pairs' order, each once; a result of plain
    names is left as it is."""
    if not r.items or not all(isinstance(i, tuple | list) for i in r.items):
        return r
    names = set(args["names"])
    items = list(dict.fromkeys(x for i in r.items for x in i if x in names))
    return replace(r, items=items, count=len(items), value=items[0] if len(items) == 1 else r.value)


_MATRICES = ("downstream", "upstream", "aosi")
_SIDES = ("industry", "trend")
# the kind asked for said as any one of it ("any trend", "a mega trend"), not as the one named before ("the industry")
_ANY_ONE = re.compile(r"\b(?:any|a|an|some) (?:mega ?)?(?:trends?|megatrends?|industr(?:y|ies)|sectors?)\b")


def either_marked(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """"did either of them shape any trend upstream" after a list of industries: yes or no, with the marked cells
    of each item (which trend for which industry), not one list that no longer says whose each entry is. Only a
    yes/no over "either"/"any" of the items, asking for the other kind in one impact matrix."""
    items, fu, last = item_names(state), frame.followup, state.last_frame
    asked = KIND_OF_FOCUS.get(frame.focus or "")
    if last is None or any(n.kind == asked for n in last.names) and not _ANY_ONE.search(frame.text):
        return None  # "does the industry push back on either of those": the one the last question named
    if fu.group not in ("either", "any") or frame.intent != "yesno" or frame.negation or len(items) < 2 or \
            frame.relation not in _MATRICES or items[0].kind not in _SIDES or frame.names or \
            asked not in (*(k for k in _SIDES if k != items[0].kind),):
        return None
    steps = (Step("compare_matrices", {"include": [frame.relation]}),
             Step("restrict", {"names": [n.canonical for n in items]}), Step("_any", {}))
    return frame, ToolPlan(steps)
