"""Checks of a table answer against the turn before it points at: a reference ("of those", "it", "both of them") the
plan never read, a choice "of those" made among other things, and what a pronoun can stand for (the things a plan
shares with the one before, a reference that points inside its own question). Each returns what was not read, or
None; ``assistant.doubts`` marks the answer unsure with it."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.cues import FOCUS_WORDS, GROUP_REF, OF_THOSE, PRONOUN_REF
from assistant.frame import Frame
from assistant.plan import ToolPlan
from assistant.state import State
from assistant.understood import NAME_KEYS

THOSE = re.compile(r"\b(?:those|these|them)\b")
_ASKING_ONE = re.compile(r"which ones$")
# a choice among the things said before: "of those", "among them", "which of these" (not "which ones", "the same")
# ("either of them", "both of those", "any of these": the group itself, its names the subject, no choice among them)
PARTITIVE = re.compile(r"(?<!both )(?<!either )(?<!neither )(?<!each )(?<!all )(?<!any )(?<!none )"
                       r"\b(?:of|among|from) (?:those|these|them)\b|\bwhich of (?:them|those|these)\b")


def carried(plan: ToolPlan, state: State) -> set[str]:
    """The things (names, a section, a figure) this plan shares with the turn before's plan: what a pronoun can
    stand for."""
    before = state.prev_plan
    if not isinstance(before, ToolPlan):
        return set()
    def things(p: ToolPlan) -> set[str]:
        return {v for s in p.steps for k, v in s.args.items() if k in _THINGS and isinstance(v, str)}

    return things(plan) & things(before)


# the arguments that name a thing a pronoun can stand for (not a direction, a kind or a grade)
_THINGS = frozenset({*NAME_KEYS, "section", "figure"})


# "which trends do they push": a pronoun as the subject after the asked-for noun is someone else, not that noun
_SUBJECT_AFTER_ASKED = re.compile(r"\b(?:which|what|how many)\b[\w\s&'-]*\b(?:do|does|did|can|could|will|would)\s+$")


# "which section explains X, and where does it start": the thing asked for, then a clause that goes on about it
_ASKED_THEN_CLAUSE = re.compile(r"\b(?:which|what) [\w-]+\b.*(?:\band|\s-)\s+(?:where|when|what|how|which|on|in|at)\b")


def points_inside(frame: Frame) -> bool:
    """In a first question, a reference that points at something the question itself names before it ("the regions
    and their countries", "how many industries are there and what are they", "both shaped by X and Y"), or at the
    thing it asks for, in a clause that goes on about it ("which section …, and where does it start")."""
    fu = frame.followup
    if fu.opener:
        return False
    if fu.group is not None:
        return len(frame.names) >= 2
    m = next((m for m in PRONOUN_REF.finditer(frame.text) if m[0] != "there"), None) or THOSE.search(frame.text)
    if m is None:
        return False
    before = frame.text[: m.start()]
    named = any(n.end <= m.start() for n in frame.names) or any(p.search(before) for _, p in FOCUS_WORDS)
    return named and not _SUBJECT_AFTER_ASKED.search(before) or bool(_ASKED_THEN_CLAUSE.search(before))


def reference_unread(ans: Answer, plan: ToolPlan, frame: Frame, state: State) -> str | None:
    """"which of them are very strong on X", "how many marks does it have for Y" in a conversation: the question
    points back (a pronoun, "of those", "both of them") at nothing of its own, yet the plan takes nothing from the
    conversation: no name the question does not say, no restriction to the last answer's items, nothing shared with
    the turn before's plan, and an answer that is not one of the last answer's items ("which one has the most …" after
    a list: a ranking of the same list). It answers the words without what they point at."""
    said = _reference(frame)
    if not state.turns or said is None or points_inside(frame) or \
            any(s.tool == "restrict" or s.tool in _COMPARING for s in plan.steps):
        return None
    given = {n.canonical.lower() for n in frame.names}
    before = {n.lower() for names in state.last_entities.values() for n in names}
    taken = set(plan.arg_strings())
    if (taken & before) - given or carried(plan, state) or _chosen_among(ans, state.last_answer) or \
            _names_among(plan, state.last_answer):
        return None
    return f"\u201c{said}\u201d \u2014 answered without the turn before"


# steps that compare with the turn before's answer ("is it more or fewer in …", "which one has more")
_COMPARING = frozenset({"_versus", "_compare", "_compare_kinds", "_stronger"})


def _names_among(plan: ToolPlan, last: Answer | None) -> bool:
    """"of those, the packaging one - its sub-trends": the plan takes a name that is one of the last answer's items."""
    if last is None or last.route != "tool" or not last.items:
        return False
    before = [_keys([i]) for i in last.items]
    names = [v for s in plan.steps for k, v in s.args.items() if k in NAME_KEYS and isinstance(v, str)]
    return any(_among(n, before) for n in names)


def _reference(frame: Frame) -> str | None:
    """The words that point back at the turn before ("it", "of those", "both of them"), if any ("there" is none)."""
    fu = frame.followup
    found = [m for m in PRONOUN_REF.finditer(frame.text) if m[0] != "there"] if fu.pronoun else []
    found += [m for m in (OF_THOSE.search(frame.text) if fu.of_those else None,
                          GROUP_REF.search(frame.text) if fu.group else None) if m is not None and
              not _ASKING_ONE.match(m[0])]  # "which ones have none": a question word, pointing at nothing
    return min(found, key=lambda m: m.start())[0] if found else None


def outside_those(ans: Answer, plan: ToolPlan, frame: Frame, state: State) -> str | None:
    """"which of those …" answered with things the last answer did not list, and no step that keeps to its items:
    the answer chose among something else."""
    last = state.last_answer
    if not PARTITIVE.search(frame.text) or last is None or last.route != "tool" or not last.items or \
            any(s.tool == "restrict" for s in plan.steps) or points_inside(frame) or frame.combination is not None:
        return None  # "which trends drive either of them": "them" are the names combined, not the last items
    before = [_keys([i]) for i in last.items]
    outside = [i for i in ans.items if not _among(i, before)]
    return f"{_label(outside[0])} \u2014 not among the last answer's" if outside else None


def _chosen_among(ans: Answer, last: Answer | None) -> bool:
    """The answer's items (or its one value) are all among the items of the last table answer."""
    if last is None or last.route != "tool" or not last.items:
        return False
    before = [_keys([i]) for i in last.items]
    chosen = ans.items or ([ans.value] if ans.value else [])
    return bool(chosen) and all(_among(i, before) for i in chosen)


def _keys(items: list) -> set[str]:
    """The names an answer's items hold (a pair or a row gives each of its names), letters and digits only: one
    sub-trend is printed ""TrillionSensor" (sensor networks)" in one figure and "Trillion Sensor" in another."""
    return {re.sub(r"[\W_]+", "", x.casefold()) for i in items for x in (i if isinstance(i, tuple | list) else (i,))
            if isinstance(x, str)} - {""}


def _among(item, before: list[set[str]]) -> bool:
    """Every name of the item (both of a pair) is a name of one item before, or begins one, or one begins it; a row
    (an industry and its sub-trend) after a list of plain names is among them by the name it ends with."""
    rows = isinstance(item, tuple | list) and item and all(len(names) == 1 for names in before)
    keys = _keys([item[-1]]) if rows else _keys([item])
    return any(all(any(k.startswith(b) or b.startswith(k) for b in names) for k in keys) for names in before)


def _label(item) -> str:
    return " \u00d7 ".join(item) if isinstance(item, tuple | list) else str(item)


def dropped(ans: Answer, plan: ToolPlan, frame: Frame, state: State) -> str | None:
    """"only the ones very strong on info sharing" after the crossover points of one industry: a follow-up whose plan
    no longer takes a name the turn before's table plan took, though its tool takes that kind of name and the
    question names nothing of that kind. The table was read over every row, not over the turn before's name."""
    last = state.last_answer
    before = state.prev_plan if state.last_plan is plan else state.last_plan
    if not state.turns or last is None or last.route != "tool" or not isinstance(before, ToolPlan):
        return None
    kept = {k for s in plan.steps for k, v in s.args.items() if v}
    if "subtrend" in kept:  # a sub-trend sits in one industry's hot-spot under one trend: it names both
        kept |= {"industry", "trend"}
    takes = {p for s in plan.steps if not s.tool.startswith("_") for p in _parameters(s.tool)}
    for s in before.steps:
        for k, v in s.args.items():
            kind = k.removesuffix("_a").removesuffix("_b")
            if k in NAME_KEYS and isinstance(v, str) and k not in kept and k in takes and kind not in frame.kinds:
                return f"\u201c{v}\u201d of the turn before \u2014 this reads every {kind}"
    return None


def _parameters(tool: str) -> frozenset[str]:
    """The parameters a tool takes (none for a step that is no tool)."""
    import inspect

    import tools

    fn = getattr(tools, tool, None)
    return frozenset(inspect.signature(fn).parameters) if callable(fn) else frozenset()
