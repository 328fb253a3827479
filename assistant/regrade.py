"""Follow-ups that say only another grade on the last answer's scale ("and only strong, not very strong?",
"which are just medium", "and a single one?" after double ticks): the last question again with that grade. Not
the last answer's items kept to the new grade: two exact grades hold no item in common, so "which ones are only
single-ticked" after the double-ticked ones asks for the sibling set, never for a subset of the last one."""

from __future__ import annotations

import inspect
import re
from dataclasses import replace

import tools
from assistant.cues import GRADE_COMPARED
from assistant.frame import Frame, Grade
from assistant.plan import Step, ToolPlan
from assistant.state import State
from assistant.swaps import KINDS_OF_COOPERATION
from assistant.understand.grade import grade

# a clause a grade is contrasted with: "…, not very strong", "rather than double", "instead of medium"
_CONTRAST = re.compile(r"\b(?:but\s+|and\s+)?(?:not|rather than|instead of|as opposed to)\b")
# "a single one", "the double ones": "one" stands for the noun of the grade said before (a tick, a plus)
_ELIDED = re.compile(r"\b(single|double|one|two)[ -]?(ones?)\b")
_ONE_MARK = re.compile(r"\b(?:single|one)[ -](?:[+✓](?![+✓])|ticks?\b|checks?\b|plus\b)")
_ONE_SYMBOL = re.compile(r"\b(?:single|one)\s+(?=[+✓](?![+✓]))")
_ADVERB = re.compile(r"\b(sing|doub)ly\b")
_NOUN = {"crossover": "tick", "cooperation": "plus"}
_WHAT = ("list", "count", "unknown")


def regrade(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """The last plan with its grade changed to the one grade the follow-up says, and the last frame with that
    grade (to judge the plan against); None when the words say more than a grade or the plan takes none."""
    last, plan = state.last_frame, state.last_plan
    if last is None or not isinstance(plan, ToolPlan) or not _only_a_grade(frame, last):
        return None
    scale = _scale(last, plan)
    new = said_grade(frame, scale, last)
    if new is None or any(s.tool == "restrict" for s in plan.steps):
        return None
    # the pairs the last answer was kept to were at the old grade: at another exact grade none is left by construction
    steps = _regraded(tuple(s for s in plan.steps if s.tool != "_among_pairs"), new)
    if steps == plan.steps:
        return None
    return replace(last, text=frame.text, followup=frame.followup, grade=new,
                   intent=frame.intent if frame.intent != "unknown" else last.intent), ToolPlan(steps)


def _only_a_grade(frame: Frame, last: Frame) -> bool:
    """The words name no subject, table, figure or ranking of their own: a grade is all they can change."""
    return not frame.names and frame.figure is None and frame.relation in (None, last.relation) and \
        frame.focus in (None, last.focus) and (frame.aggregation is None or _one_tick(frame)) and frame.intent in _WHAT and \
        not frame.followup.switch and frame.followup.nth is None and frame.followup.group is None


def _one_tick(frame: Frame) -> bool:
    """"just one tick", "only one +": the legend's one-symbol grade, not a count of one (the count reader sees the
    same words)."""
    agg = frame.aggregation
    return agg is not None and agg.kind == "exactly" and agg.n == 1 and bool(_ONE_MARK.search(frame.text))


def _scale(last: Frame, plan: ToolPlan) -> str:
    if last.grade is not None:
        return last.grade.scale
    coop = any(s.args.get("kind") in KINDS_OF_COOPERATION for s in plan.steps)
    return "cooperation" if coop else "crossover"


def said_grade(frame: Frame, scale: str, last: Frame | None = None) -> Grade | None:
    """The one grade the words ask for on ``scale``: a grade contrasted with another ("only strong, not very
    strong") is the one not negated, and exactly that; "a single one" is read with the scale's own noun for
    "one". None when the only grade said is negated ("which are not very strong")."""
    crossover = scale == "crossover"
    text = _ADVERB.sub(r"\1le", frame.text.replace("-", " "))  # "singly ticked": a single tick
    text = _ONE_SYMBOL.sub("a ", text)  # "a single +": the legend's one symbol, as "a +" reads
    cut = _CONTRAST.search(text)
    if cut is not None:
        kept, denied = grade(text[:cut.start()], crossover), grade(text[cut.end():], crossover)
        if denied is not None:
            return _exact(kept, denied, scale) if kept is not None and kept.symbol != denied.symbol else None
    said = grade(text, crossover) or grade(_ELIDED.sub(rf"\1 {_NOUN[scale]}", text), crossover)
    if said is None and not frame.names:
        said = compared(text, last, scale)
    return said if said is not None and said.scale == scale else None


# the legend's grades, weakest first (Figures 13 and 16; Figure 7)
_LEGEND = {"cooperation": ("-", "o", "+", "++"), "crossover": ("\u2713", "\u2713\u2713")}


def compared(text: str, last: Frame | None, scale: str) -> Grade | None:
    """"and worse?" after an answer at one grade (the comparative in group 1 down, group 2 up): the grade below it, exactly ("weaker" reads the weakest grade when
    more than one lies below, as the grade word does); "and better?": the grades above it, as a floor. None when
    the words say more than a comparative, or nothing lies on that side of the last grade."""
    m = GRADE_COMPARED.search(text.strip())
    if m is None:
        return None
    legend = _LEGEND[scale]
    at = legend.index(last.grade.symbol) if last is not None and last.grade is not None and \
        last.grade.scale == scale and last.grade.symbol in legend else None
    if m[1]:
        return None if at == 0 else Grade(scale, legend[0], "exact")
    if at is None:
        return Grade(scale, legend[-2], "at_least")  # above no grade said: the strong grades
    return None if at == len(legend) - 1 else Grade(scale, legend[at + 1], "at_least")


def _exact(kept: Grade, denied: Grade, scale: str) -> Grade | None:
    """"strong, but not very strong": the grade kept, exactly (a floor would let the denied one in again)."""
    if kept.scale != scale:
        return None
    above = (tools.grade_rank(scale, denied.symbol) or 0) > (tools.grade_rank(scale, kept.symbol) or 0)
    return replace(kept, mode="exact") if above else kept


def _regraded(steps: tuple[Step, ...], new: Grade) -> tuple[Step, ...]:
    """Every grade argument of the steps set to the new grade and its mode; a tool that takes only a floor
    (``min_grade`` with no ``max_grade``) is followed by keeping the exact grade."""
    exact = new.mode == "exact"
    out: list[Step] = []
    for s in steps:
        if s.tool == "_exact_grade":
            continue
        args = dict(s.args)
        if s.tool == "_group":
            args.update(key=new.symbol, at_least=not exact)
        elif "min_grade" in args:
            args["min_grade"] = new.symbol
            if _takes(s.tool, "max_grade"):
                args["max_grade"] = new.symbol if exact else None
        elif "grade" in args and not s.tool.startswith("_"):
            args["grade"] = new.symbol
            if _takes(s.tool, "at_least"):
                args["at_least"] = not exact
        out.append(replace(s, args=args))
        if exact and "min_grade" in args and not _takes(s.tool, "max_grade"):
            out.append(Step("_exact_grade", {"grade": new.symbol}))
    return tuple(out)


def _takes(tool: str, param: str) -> bool:
    fn = getattr(tools, tool, None)
    return fn is not None and param in inspect.signature(fn).parameters
