"""Given names: the report's industries, trends, sub-trends, parameters, regions and countries in the question."""

from __future__ import annotations

from assistant.frame import Name
from assistant.spot import spot


def names(question: str) -> tuple[Name, ...]:
    """Every name ``spot`` finds, as frame records (canonical name, text as typed, span in the folded text); one
    name found twice at the same span is one name."""
    return tuple(dict.fromkeys(Name(m.kind, m.canonical, m.text, m.start, m.end, m.fuzzy) for m in spot(question)))
