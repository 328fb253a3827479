"""The focus: what the answer consists of (trends, industries, sub-trends, parameters, regions, countries, …)."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Focus

_ASK = re.compile(r"\b(which|what|how many|list|name|show|give|tell me|enumerate|number of|count|rank|sort|order)\b")


def focus(text: str, spans: tuple[tuple[int, int], ...] = ()) -> Focus | None:
    """The first focus noun after the question word (else anywhere in the question), or None. Nouns inside a
    name ("Creative *Industries*") do not count: ``spans`` are the names' places."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    # a figure named by its number ("how many AOSIs does figure 5 mark") is where to look, not what is asked
    text = C.FIGURE_REF.sub(lambda m: " " * len(m[0]), text)
    ask = _ASK.search(text)
    start = ask.end() if ask else 0
    pair = C.PAIR_COMPOUND.search(text, start)
    if pair is not None and pair.start() <= _first_at(text, start):
        return "pairs"  # "which trend/industry combos …": the two sides' nouns together name their cells
    best = _first(text, start)
    if best is None and start:
        best = _first(text, 0)
    return best


def _first_at(text: str, start: int) -> int:
    """Where the first focus noun after ``start`` is (the text's length when there is none)."""
    return min((m.start() for _, pat in C.FOCUS_WORDS if (m := pat.search(text, start))), default=len(text))


def _first(text: str, start: int) -> Focus | None:
    hits = []
    for kind, pat in C.FOCUS_WORDS:
        m = pat.search(text, start)
        if m:
            hits.append((m.start(), -len(m[0]), kind))
    return min(hits)[2] if hits else None


# a row of a figure's table, asked for as such ("which row in figure 7 has no ticks"): what that table's rows are
_ROW = re.compile(r"\b(which|what|how many|list|name|any|a) (\w+ )?rows?\b")
_ROWS_OF = {"downstream": "trends", "upstream": "trends", "aosi": "trends",  # Figure 6: a row per hot-spot
            "crossover": "subtrends", "rd": "regions", "business": "regions"}
_CROSSOVER_TABLE = re.compile(r"\b(cross-?over|value[- ]chain)\b")


def row_focus(text: str, figure: str | None) -> Focus | None:
    """The kind a question asking for a table's rows asks for: the rows of the figure it names (Figure 7's are
    sub-trends, Figure 3's mega trends, Figure 13's regions), or of the crossover table it describes."""
    from assistant.understand.relation import RELATION_OF_FIGURE

    if _ROW.search(text) is None:
        return None
    relation = RELATION_OF_FIGURE.get(figure or "") or ("crossover" if _CROSSOVER_TABLE.search(text) else None)
    return _ROWS_OF.get(relation or "")  # type: ignore[return-value]
