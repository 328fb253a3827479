"""Questions the UI offers: one stand-alone example per kind of user, the answer's own follow-ups, and the
alternative readings of a question the assistant was not sure about.

The examples name things from the report's tables and figure catalogue, never typed-in names; follow-ups are
the assistant's (``Answer.suggestions``), never written a second time here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import corpus
from assistant.answer import Alternative, Answer
from structured import load_tables


@dataclass(frozen=True)
class Example:
    user: str  # who would ask it: "Policy-makers", "SME advisers", "Checking sources"
    question: str


def _best_industry(figure_cells) -> str:
    """The industry with the most marked cells (ties: the last name), so the example has a full answer."""
    counts: dict[str, int] = {}
    for c in figure_cells:
        counts[c.industry] = counts.get(c.industry, 0) + int(c.marked)
    return max(counts, key=lambda k: (counts[k], k))


@cache
def example_questions() -> tuple[Example, ...]:
    """One stand-alone example per kind of user; each makes sense as the first question of a conversation."""
    t = load_tables()
    industry = _best_industry(t.downstream)
    image = next(f for f in corpus.figures() if not f.has_table and f.description)
    return (
        Example("Policy-makers", "Why do clusters internationalise?"),
        Example("SME advisers", f"Which mega trends influence {industry} downstream?"),
        Example("Checking sources", f"What does Figure {image.key} show?"),
    )


def follow_ups(ans: Answer, limit: int = 3) -> list[str]:
    """The answer's own follow-up questions (``Answer.suggestions`` that are questions), each once.

    Suggestions that are only names (the candidates of a clarification) are not questions and are left out,
    as is the question just asked.
    """
    asked = " ".join(ans.question.split()).casefold()
    out: list[str] = []
    for s in ans.suggestions:
        q = " ".join(str(s).split())
        if q.endswith("?") and q.casefold() != asked and q not in out:
            out.append(q)
    return out[:limit]


def alternatives(ans: Answer) -> list[Alternative]:
    """The other readings to offer as buttons: only when the assistant is not sure, each with a question."""
    if ans.sure:
        return []
    seen: set[str] = set()
    out = []
    for alt in ans.alternatives:
        if alt.question.strip() and alt.question not in seen:
            seen.add(alt.question)
            out.append(alt)
    return out[:3]


__all__ = ["Example", "alternatives", "example_questions", "follow_ups"]
