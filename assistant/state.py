"""Per-conversation dialogue state: the last plan, entities, result and citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# tool plans kept per conversation ("which one leads" after the same list asked of several names in turn)
PLANS_KEPT = 8


@dataclass
class State:
    last_plan: Any = None  # assistant.plan.ToolPlan
    prev_plan: Any = None  # the tool plan before it ("how many … logistics" then "and mobility tech?": the pair)
    plans: list = field(default_factory=list)  # the tool plans answered so far, oldest first (the last few)
    last_frame: Any = None  # assistant.frame.Frame the last tool answer was compiled from
    last_entities: dict[str, list[str]] = field(default_factory=dict)  # kind -> canonical names, newest first
    last_items: list = field(default_factory=list)
    last_citations: list = field(default_factory=list)
    last_answer: Any = None
    topic: str | None = None  # what the last answered turn was about, as words to search with ("why is that?")
    turns: int = 0

    def answered(self, plan: Any) -> None:
        """Keep a tool plan just answered: the last, the one before it, and the last few in order."""
        self.prev_plan, self.last_plan = self.last_plan, plan
        self.plans = (self.plans + [plan])[-PLANS_KEPT:]

    def remember(self, kind: str, names: list[str]) -> None:
        """Keep the newest names of a kind first."""
        old = [n for n in self.last_entities.get(kind, []) if n not in names]
        self.last_entities[kind] = list(names) + old

    def last_of(self, kind: str) -> str | None:
        names = self.last_entities.get(kind) or []
        return names[0] if names else None
