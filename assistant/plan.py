"""The router's closed result type: a tool plan, a retrieval, a refusal, or a request to clarify."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Step:
    """One tool call; ``op`` says how it combines with the result so far (first step: "set")."""

    tool: str
    args: dict
    op: Literal["set", "intersect", "subtract", "union"] = "set"


@dataclass(frozen=True)
class ToolPlan:
    steps: tuple[Step, ...]
    reading: str | None = None  # e.g. 'Read "Big data" as the mega trend (Figure 3), not the sub-trend.'
    kind: Literal["tool"] = "tool"
    sure: bool = True  # False: a cue rule's guess where no row of the frame compiler fits the question

    def arg_strings(self) -> list[str]:
        """Every string the steps take as an argument (in lists and sets too), lower case."""
        out: list[str] = []
        for s in self.steps:
            for v in s.args.values():
                vals = v if isinstance(v, list | tuple | set | frozenset) else [v]
                out += [x.lower() for x in vals if isinstance(x, str)]
        return out


@dataclass(frozen=True)
class Retrieve:
    query: str
    sure: bool = True  # False: no rule matched; the nearest-neighbour fallback may pick a tool instead
    kind: Literal["retrieval"] = "retrieval"


@dataclass(frozen=True)
class Refuse:
    reason: str  # empty, too_long, out_of_scope, unknown_name, not_english, not_in_matrix, no_context
    message: str
    suggestions: tuple[str, ...] = field(default_factory=tuple)
    kind: Literal["refuse"] = "refuse"


@dataclass(frozen=True)
class Clarify:
    message: str
    options: tuple[str, ...] = ()
    kind: Literal["clarify"] = "clarify"


@dataclass(frozen=True)
class Recall:
    """A question about the previous answer ("which page is that from?")."""

    what: Literal["citations"] = "citations"
    kind: Literal["recall"] = "recall"


Plan = ToolPlan | Retrieve | Refuse | Clarify | Recall


def first_plan(rules: Iterable[Callable[..., Plan | None]], *args) -> Plan | None:
    """The plan of the first rule, in order, that gives one for these arguments (None when no rule does)."""
    return next((plan for rule in rules if (plan := rule(*args)) is not None), None)
