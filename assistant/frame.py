"""The Frame: a frozen, typed record of what a question asks, independent of its wording.

Filled by the small pure extractors in ``assistant.understand`` (one module per slot); compiled to a plan by
``assistant.compile``; checked against the plan by ``assistant.verify``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Intent = Literal["list", "value", "yesno", "count", "rank", "compare", "locate", "explain", "define", "unknown"]
Focus = Literal["trends", "industries", "subtrends", "parameters", "regions", "countries", "figures", "sections",
                "grade", "pairs", "key_areas", "characteristics", "services", "abbreviation"]
Relation = Literal["downstream", "upstream", "aosi", "subtrends", "crossover", "rd", "business", "membership",
                   "figures", "lists"]
Combination = Literal["and", "or", "minus", "both", "either", "neither", "only"]
AggKind = Literal["top", "most", "least", "nth", "at_least", "more_than", "exactly", "none", "each"]


@dataclass(frozen=True)
class Name:
    """A name of the report found in the question (from ``spot``)."""

    kind: str  # industry, trend, subtrend, parameter, region, country
    canonical: str
    text: str
    start: int
    end: int
    fuzzy: bool = False


@dataclass(frozen=True)
class Scope:
    """One relation the question puts in play, and whether its clause negates it ("… but not upstream")."""

    relation: Relation
    negated: bool = False


@dataclass(frozen=True)
class Grade:
    """One grade bound on a figure's own scale: cooperation ``++ + o -`` or crossover ``✓✓ ✓``."""

    scale: Literal["cooperation", "crossover"]
    symbol: str
    mode: Literal["at_least", "exact"] = "at_least"


@dataclass(frozen=True)
class Aggregation:
    kind: AggKind
    n: int | None = None


@dataclass(frozen=True)
class Followup:
    """Signs that a question leans on the previous turn: an opening "and"/"what about", a pronoun, "of those"."""

    opener: bool = False  # "and upstream?", "what about medtech?"
    pronoun: bool = False  # it, they, them, that one, there
    of_those: bool = False  # "of those", "which of them", "among these"
    short: bool = False  # four words or fewer
    switch: bool = False  # "new question:", "forget that.", "unrelated:": inherits nothing
    group: str | None = None  # "both of them", "either of those", "those two": both, either, neither, and
    nth: int | None = None  # "the first one", "the second one", "the last one": 1, 2, …, -1


@dataclass(frozen=True)
class Frame:
    """What is asked. ``text`` is the folded question; the extractors read it with its clause marks, and with
    the clauses that only hedge ("I'm not sure, but …") blanked."""

    text: str
    intent: Intent = "unknown"
    focus: Focus | None = None
    names: tuple[Name, ...] = ()
    relation: Relation | None = None
    other_relation: Relation | None = None  # a second reading the words give (a verb against a named figure)
    other_readings: tuple[Relation, ...] = ()  # readings as good as ``relation`` or nearly (an undirected link)
    relation_said: bool = False  # the relation is in the question's own words, not only implied by a name's kind
    scope: tuple[Scope, ...] = ()
    negation: bool = False  # a negation anywhere ("not", "never", "untouched"): the scope says which relation
    grade: Grade | None = None
    aggregation: Aggregation | None = None
    combination: Combination | None = None
    figure: str | None = None
    page: bool = False
    followup: Followup = field(default_factory=Followup)
    clauses: tuple[int, ...] = ()  # offsets in ``text`` where the question's punctuation ended a clause
    # the question as typed (its capitals mark a proper name the report may not have: "Space Industries"); not
    # part of what is asked, so two wordings of one question still compare equal
    asked: str = field(default="", compare=False)

    def given(self, kind: str) -> list[str]:
        """Canonical names of one kind, in order of mention, without repeats."""
        return list(dict.fromkeys(n.canonical for n in self.names if n.kind == kind))

    @property
    def kinds(self) -> set[str]:
        return {n.kind for n in self.names}

    @property
    def negated(self) -> tuple[Relation, ...]:
        return tuple(s.relation for s in self.scope if s.negated)

    def names_own_subject(self) -> bool:
        """The question names what it is about and how (a relation or a focus): a new question, not a follow-up."""
        return bool(self.names) and self.relation_said and self.focus is not None and \
            not (self.followup.pronoun or self.followup.of_those or self.followup.opener)


def blanked(text: str, names) -> str:
    """``text`` with the names' spans blanked out (same length): what the question says besides them."""
    for n in names:
        text = text[:n.start] + " " * (n.end - n.start) + text[n.end:]
    return text


# the kind of name a focus lists
KIND_OF_FOCUS = {"trends": "trend", "industries": "industry", "subtrends": "subtrend", "parameters": "parameter",
                 "regions": "region", "countries": "country"}
