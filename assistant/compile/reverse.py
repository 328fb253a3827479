"""A claim, then a question that asks where it holds the other way round ("the text says business ties are stronger
than R&D ties. are there pairs where it is the other way round?"): the claim's own plan, turned round. What is asked
(its focus, yes/no or list) comes from the asking clause; what is compared comes from the claim. A plan with no side
to turn is no answer here: the question then goes on to the other rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.spot import fold
from assistant.understand.clauses import _REPORTED, _raw_clauses

# the arguments that say which side of a comparison is the stronger or the one kept, and their turned values
_TURNED = {"rd_stronger": "business_stronger", "business_stronger": "rd_stronger",
           "downstream_only": "upstream_only", "upstream_only": "downstream_only"}


def _turned_step(step: Step) -> Step | None:
    """One step turned round: a stronger kind or a one-way direction swapped, a kept and a left-out matrix swapped;
    None when the step holds no side to turn."""
    if step.args.get("direction") in _TURNED:
        return replace(step, args={**step.args, "direction": _TURNED[step.args["direction"]]})
    if step.tool == "compare_matrices" and step.args.get("include") and step.args.get("exclude") and \
            len(step.args["include"]) == len(step.args["exclude"]) == 1:
        return replace(step, args={**step.args, "include": step.args["exclude"], "exclude": step.args["include"]})
    return None


def _claim_and_asked(question: str) -> tuple[str, str] | None:
    """The claim (the clauses before the one that asks for the reverse) and that clause."""
    clauses = _raw_clauses(question)
    at = next((i for i, c in enumerate(clauses) if i and C.REVERSE.search(fold(c))), None)
    if at is None:
        return None
    return " ".join(c.strip() for c in clauses[:at]), clauses[at]


def turned_claim(frame: Frame, compile_frame: Callable[[Frame], object]) -> ToolPlan | None:
    """The plan of the claim, turned round, for a question whose asking clause points at the claim as "the other way
    round"; the reading says it was read so."""
    parts = _claim_and_asked(frame.asked or frame.text)
    return turn_claim(*parts, compile_frame) if parts else None


def turn_claim(claim: str, asked: str, compile_frame: Callable[[Frame], object]) -> ToolPlan | None:
    """The plan of ``claim`` (a statement of the report or of the turn before) turned round, asked as ``asked`` says
    ("are there pairs where it's the other way round"); None when the claim compiles to no plan with a side to turn."""
    from assistant.understand import read

    said = _REPORTED.match(claim.lower())  # "the text says (that) …": the claim itself
    claim = re.sub(r"^\W*(that\b)?", "", claim[said.end():]) if said else claim
    wanted = read(asked)
    said = read(claim)
    asks = wanted.intent if wanted.intent in ("yesno", "count") else "list"  # "where is it …": the cases, listed
    plan = compile_frame(replace(said, focus=wanted.focus or said.focus, intent=asks))
    if not isinstance(plan, ToolPlan):
        return None
    data = [i for i, s in enumerate(plan.steps) if not s.tool.startswith("_")]
    turned = {i: _turned_step(plan.steps[i]) for i in data}
    if not data or any(t is None for t in turned.values()):
        return None
    steps = tuple(turned.get(i, s) for i, s in enumerate(plan.steps))
    note = f"Read as the claim \u201c{claim.strip()}\u201d turned round."
    return replace(plan, steps=steps, reading=f"{plan.reading} {note}" if plan.reading else note)
