"""Tool answers verified like narrative ones: a computed answer is given only when the figure it reads holds what the
question asks for.

Two gaps: the name the question asks about has no rows at all in the figure the tool read (an industry with no
sub-trends in Figure 6 gets no "none" answer, it gets "the figure has no rows for it"), and the question asks for a
measure (a percentage, an amount of money) that the answer, made of marks and grades, does not hold. Both say
plainly what the report does not give, naming it, with the figure as a pointer, not sure. What a figure holds comes
from the structured tables; the patterns are generic English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.answer import Alternative, Answer
from assistant.premises import not_listed
from assistant.render import citation_from_tool
from assistant.slots import YES_NO
from assistant.times import asked
from assistant.unbound import unbound

# the named slots a row of a figure is keyed by
_ROW_KEYS = ("industry", "trend")

# a share asked for, and what an answer holding one writes
_SHARE = re.compile(r"\b(?:what|which|the) (?:exact |precise |rough )?(?:share|percentage|proportion|fraction)\b|"
                    r"\bper ?cent(?:age)?\b|%", re.IGNORECASE)
_SHARE_HELD = re.compile(r"%|\bper ?cent\b", re.IGNORECASE)
# an amount of money asked for, and what an answer holding one writes
_MONEY = re.compile(r"\bhow much money\b|\beuros?\b|€|\b(?:budget|turnover|revenue|funding amount)s?\b", re.IGNORECASE)
# a number asked where the answer has marks, grades or statements: "exact scores", "a numeric value"
_NUMBER = re.compile(r"\b(?:exact|precise|numeric(?:al)?)\s+scores?\b|\bnumeric(?:al)?\s+(?:values?|ratings?)\b",
                     re.IGNORECASE)
_MONEY_HELD = re.compile(r"€|\beur(?:o|os)?\b|\bmillion\b|\bbillion\b", re.IGNORECASE)


@cache
def _tables() -> dict[str, dict[str, frozenset[str]]]:
    """For each figure, the names its tables have rows for, by row key ("industry", "trend"); and for each figure of
    marks (a matrix of ticks), under ``"marked:" + figure``, the names with at least one marked cell."""
    import dataclasses

    from structured import load_tables

    tables = load_tables()
    out: dict[str, dict[str, set[str]]] = {}
    for f in dataclasses.fields(tables):
        rows = getattr(tables, f.name)
        for r in rows if isinstance(rows, list) else ():
            figure = str(getattr(r, "figure", ""))
            for key in _ROW_KEYS:
                name = getattr(r, key, None)
                if figure and isinstance(name, str):
                    out.setdefault(figure, {}).setdefault(key, set()).add(name)
                    if getattr(r, "marked", False):
                        out.setdefault("marked:" + figure, {}).setdefault(key, set()).add(name)
    return {fig: {k: frozenset(v) for k, v in keys.items()} for fig, keys in out.items()}


def _rows_of(figure: str) -> dict[str, frozenset[str]]:
    return _tables().get(figure, {})


def _drawn_from(figure: str, key: str) -> tuple[str, frozenset[str]] | None:
    """The figure of marks the rows of ``figure`` are drawn from: the one whose marked names hold every name
    ``figure`` has rows for, with the fewest marked names (Figure 6's sub-trends are drawn from the hot spots that
    Figure 5 marks, not from every industry Figure 3 marks)."""
    rows = _rows_of(figure).get(key, frozenset())
    marks = [(k.removeprefix("marked:"), v[key]) for k, v in _tables().items()
             if k.startswith("marked:") and k != "marked:" + figure and key in v and rows <= v[key]]
    return min(marks, key=lambda m: len(m[1]), default=None) if rows else None


def _figure(result) -> str | None:
    return next((str(c.figure) for c in result.citations if c.figure), None)


def no_rows(plan, result) -> str:
    """Every industry or trend the plan names is outside what the figure of its answer analyses: the figure has no
    rows for it, and the figure its rows are drawn from marks nothing for it (an answer about it would be empty or
    all zeros)."""
    figure = _figure(result)
    if figure is None:
        return ""
    held = _rows_of(figure)
    named = [(key, name) for step in plan.steps for key in _ROW_KEYS
             if isinstance(name := step.args.get(key), str)]
    outside = [(key, name, source) for key, name in named if name not in held.get(key, {name})
               and (source := _drawn_from(figure, key)) is not None and name not in source[1]]
    if not outside or len(outside) < len(named):
        return ""
    key, name, (source, _) = outside[0]
    return (f"The report gives nothing on {name} here: Figure {figure}{_caption(figure)} has no rows for {name}, "
            f"because its rows are drawn from what Figure {source} marks, and Figure {source} marks nothing for "
            f"{name}. Its rows are for {len(held[key])} {_plural(key)}: {', '.join(sorted(held[key]))}.")


def _caption(figure: str) -> str:
    import corpus

    caption = next((f.caption for f in corpus.figures() if f.key == figure), "")
    return f" ({caption.strip().rstrip('.')})" if caption else ""


def _plural(key: str) -> str:
    return {"industry": "industries", "trend": "trends"}.get(key, key + "s")


def _text(result) -> str:
    parts = [str(result.value or ""), *map(str, result.items), *map(str, result.rows), *map(str, result.groups.values())]
    return " ".join(parts)


# where a row says where it comes from (a page, a quoted sentence): not a value the answer states
_SOURCE_KEYS = frozenset({"quote", "page", "section", "figure", "caption", "source"})


def _stated(result) -> str:
    """The answer's values, less where its rows come from ("p. 34", a quote's "154 cluster organisations")."""
    rows = [{k: v for k, v in r.items() if k not in _SOURCE_KEYS} if isinstance(r, dict) else r for r in result.rows]
    return " ".join([str(result.value or ""), *map(str, result.items), *map(str, rows), *map(str, result.groups.values())])


def measure_missing(question: str, result) -> str:
    """A share or an amount of money asked for, answered by marks or grades that hold none."""
    figure = _figure(result)
    where = f"Figure {figure}" if figure else "the report's tables"
    if _SHARE.search(question) and not _SHARE_HELD.search(_text(result)):
        return f"The report gives no percentage for that: {where} holds no shares or percentages."
    if _MONEY.search(question) and not _MONEY_HELD.search(_text(result)):
        return f"The report gives no amount of money for that: {where} holds no such figure."
    if _NUMBER.search(question) and not re.search(r"\d", _stated(result)):
        return f"The report gives no numeric score for that: {where} holds marks, grades or statements, not numbers."
    return ""


_HOW_MANY = re.compile(r"\bhow many ([a-z][\w-]*)", re.IGNORECASE)


def count_missing(question: str, plan, result) -> str:
    """"how many X …" answered with one value that is no number, while no name, cue or argument read X: the
    answer is another fact about the place or name asked of (its region), not the count."""
    m = _HOW_MANY.search(question)
    if m is None or len(result.items) > 1 or len(result.rows) > 1 or re.search(r"\d", str(result.value or "")):
        return ""
    from assistant.unbound import unread_words

    if m[1].lower() not in unread_words(question, plan):
        return ""
    where = f"Figure {_figure(result)}" if _figure(result) else "the report's tables"
    return f"The report gives no number of {m[1]} for that: {where} holds no such count; it shows {result.title}."


@dataclass(frozen=True)
class _Asked:
    """The question alone, as the premise checks read it."""

    question: str


def tool_gap(question: str, plan, result) -> Answer | None:
    """A refusal (not sure, the figure cited as a pointer) when the tool's answer would answer another question than
    ``question``; None when the figure holds what is asked."""
    asks_gap = bool(plan.steps) and plan.steps[-1].tool in YES_NO  # "is X in the table at all": the gap is the answer
    gap = ("" if asks_gap else no_rows(plan, result)) or measure_missing(question, result) or count_missing(question, plan, result) or \
        not_listed(_Asked(question), None)
    near = []
    if not gap and (term := unbound(question, plan)):
        gap = (f"The report gives nothing on \u201c{_typed(question, term)}\u201d: no figure or passage of it "
               f"holds that, so its tables cannot answer it. The nearest it covers: {result.title}.")
        near = [Alternative(result.title, _without(question, term))]
    if not gap:
        return None
    cites = [citation_from_tool(c) for c in result.citations[:1]]
    return Answer(route="refuse", answer=f"{gap} (\u201c{asked(question)}\u201d)", citations=cites,
                  reason="out_of_scope", sure=False, reading=f"Not in the report: {asked(question)}",
                  alternatives=near)


def _pattern(term: str) -> str:
    return r"\W+".join(re.escape(w) for w in term.split())


def _typed(question: str, term: str) -> str:
    """The term with the user's own capitals ("Brexit")."""
    m = re.search(_pattern(term), question, re.IGNORECASE)
    return m[0] if m else term


def _without(question: str, term: str) -> str:
    """The question with the unbound phrase taken out: what the tables can answer."""
    return " ".join(re.sub(_pattern(term), " ", question, flags=re.IGNORECASE).split())
