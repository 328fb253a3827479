"""Figures 3 (downstream), 4 (upstream) and 5 (areas of strong interdependencies, AOSI): trend × industry marks."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Literal

from structured.records import MarkCell
from tools._data import cite, figure_notes, match_notes, merge_notes, tables
from tools.errors import InvalidArgument
from tools.names import canonical_names, resolve
from tools.result import Citation, ToolResult

Direction = Literal["downstream", "upstream", "both", "either", "downstream_only", "upstream_only", "aosi"]
Figure = Literal["downstream", "upstream", "aosi"]

_TABLES: dict[str, str] = {"downstream": "downstream", "upstream": "upstream", "aosi": "aosi"}
# which basic matrices a direction reads, and how it combines their marks
_RULES: dict[str, tuple[tuple[str, ...], Callable[..., bool], str]] = {
    "downstream": (("downstream",), lambda d: d, "downstream"),
    "upstream": (("upstream",), lambda u: u, "upstream"),
    "aosi": (("aosi",), lambda a: a, "area of strong interdependency"),
    "both": (("downstream", "upstream"), lambda d, u: d and u, "both downstream and upstream"),
    "either": (("downstream", "upstream"), lambda d, u: d or u, "downstream or upstream"),
    "downstream_only": (("downstream", "upstream"), lambda d, u: d and not u, "downstream only, not upstream"),
    "upstream_only": (("downstream", "upstream"), lambda d, u: u and not d, "upstream only, not downstream"),
}


@cache
def _cells(matrix: str) -> dict[tuple[str, str], MarkCell]:
    return {(c.trend, c.industry): c for c in getattr(tables(), _TABLES[matrix])}


def _figure_key(matrix: str) -> str:
    return str(next(iter(_cells(matrix).values())).figure)


def _check_direction(direction: str, allowed=tuple(_RULES)) -> None:
    if direction not in allowed:
        raise InvalidArgument(f"{direction!r} is not a direction; use one of {', '.join(allowed)}.")


def _figures_label(matrices: tuple[str, ...]) -> str:
    keys = [_figure_key(m) for m in matrices]
    return ("Figure " if len(keys) == 1 else "Figures ") + " and ".join(keys)


def _marked(direction: str, trend: str, industry: str) -> bool:
    matrices, rule, _ = _RULES[direction]
    return rule(*(_cells(m)[(trend, industry)].marked for m in matrices))


def _citations(matrices: tuple[str, ...], pairs: list[tuple[str, str]]) -> list[Citation]:
    out = []
    for m in matrices:
        cells = [_cells(m)[p] for p in pairs]
        page = cells[0].page if cells else None
        out.append(cite(_figure_key(m), page=page, cells=[(c.trend, c.industry) for c in cells]))
    return out


def _notes(citations: list[Citation], mentions: list[str]) -> list:
    probe = [(c.figure, r, col) for c in citations for r, col in c.cells]
    return merge_notes(match_notes(probe), figure_notes([c.figure for c in citations], mentions))


def trends_for_industry(industry: str, direction: Direction = "downstream") -> ToolResult:
    """Mega trends marked for an emerging industry in the trend × industry matrices (Figures 3, 4, 5).

    Args:
        industry: An emerging industry (name, abbreviation such as "LS", or synonym).
        direction: "downstream" (trends influence the industry, Figure 3), "upstream" (the industry influences
            trends, Figure 4), "both", "either", "downstream_only", "upstream_only", or "aosi" (areas of strong
            interdependencies, Figure 5).
    """
    _check_direction(direction)
    name = resolve("industry", industry)
    matrices, _, label = _RULES[direction]
    pairs = [(t, name) for t in canonical_names("trend")]
    items = [t for t, i in pairs if _marked(direction, t, i)]
    cits = _citations(matrices, pairs)
    return ToolResult(
        tool="trends_for_industry", args={"industry": name, "direction": direction},
        title=f"Mega trends marked for {name} ({label}, {_figures_label(matrices)})",
        items=items, count=len(items), citations=cits, notes=_notes(cits, [name]),
        rows=[{"trend": t, "marked": t in items} for t, _ in pairs],
    )


def industries_for_trend(trend: str, direction: Direction = "downstream") -> ToolResult:
    """Emerging industries marked for a mega trend in the trend × industry matrices (Figures 3, 4, 5).

    Args:
        trend: A mega trend (Figure 3 row label, §2.2 heading or synonym such as "IoT").
        direction: "downstream" (the trend influences industries, Figure 3), "upstream" (industries influence
            the trend, Figure 4), "both", "either", "downstream_only", "upstream_only", or "aosi" (Figure 5).
    """
    _check_direction(direction)
    name = resolve("trend", trend)
    matrices, _, label = _RULES[direction]
    pairs = [(name, i) for i in _industry_columns(matrices[0])]
    items = [i for t, i in pairs if _marked(direction, t, i)]
    cits = _citations(matrices, pairs)
    return ToolResult(
        tool="industries_for_trend", args={"trend": name, "direction": direction},
        title=f"Emerging industries marked for {name} ({label}, {_figures_label(matrices)})",
        items=items, count=len(items), citations=cits, notes=_notes(cits, [name]),
        rows=[{"industry": i, "marked": i in items} for _, i in pairs],
    )


def _industry_columns(matrix: str) -> list[str]:
    """Industries in the figure's printed column order."""
    return list(dict.fromkeys(i for _, i in _cells(matrix)))


def matrix_cell(trend: str, industry: str, direction: Literal["downstream", "upstream", "aosi"] = "downstream",
                ) -> ToolResult:
    """Whether one (mega trend, emerging industry) cell is marked in Figure 3, 4 or 5; value "yes" or "no".

    Args:
        trend: A mega trend (Figure 3 row label, §2.2 heading or synonym).
        industry: An emerging industry (name, abbreviation or synonym).
        direction: "downstream" (Figure 3), "upstream" (Figure 4) or "aosi" (Figure 5).
    """
    _check_direction(direction, tuple(_TABLES))
    t, i = resolve("trend", trend), resolve("industry", industry)
    cell = _cells(direction)[(t, i)]
    _, _, label = _RULES[direction]
    cits = _citations((direction,), [(t, i)])
    return ToolResult(
        tool="matrix_cell", args={"trend": t, "industry": i, "direction": direction},
        title=f"Is {t} × {i} marked ({label}, Figure {cell.figure})?",
        value="yes" if cell.marked else "no", count=int(cell.marked), citations=cits,
        notes=_notes(cits, [t, i]),
        rows=[{"trend": t, "industry": i, "column": cell.column, "raw": cell.raw, "marked": cell.marked}],
    )


def rank_matrix(entity: Literal["industry", "trend"], direction: Direction = "aosi",
                order: Literal["most", "fewest"] = "most", count: int | None = None,
                min_count: int | None = None) -> ToolResult:
    """Industries (or trends) ranked by how many cells are marked for them in a matrix.

    ``items`` are the ones at the top (``order="most"``) or bottom (``"fewest"``) of the ranking, or, when
    ``count`` is given, those with exactly that many marked cells; ``rows`` hold the whole ranking and
    ``value`` the single leader when there is one.

    Args:
        entity: "industry" to rank industries (count of trends per industry) or "trend" to rank trends.
        direction: Which matrix: "downstream", "upstream", "both", "either", "downstream_only",
            "upstream_only" or "aosi".
        order: "most" for the most-marked names, "fewest" for the least-marked.
        count: Keep only names with exactly this many marked cells (e.g. 0 for "none at all").
        min_count: Keep only names with at least this many marked cells (e.g. 2 for "more than one").
    """
    _check_direction(direction)
    if entity not in ("industry", "trend"):
        raise InvalidArgument(f"{entity!r} cannot be ranked; use \"industry\" or \"trend\".")
    matrices, _, label = _RULES[direction]
    pairs = list(_cells(matrices[0]))
    marked = [p for p in pairs if _marked(direction, *p)]
    names = _industry_columns(matrices[0]) if entity == "industry" else canonical_names("trend")
    pos = 1 if entity == "industry" else 0
    counts = {n: sum(1 for p in marked if p[pos] == n) for n in names}
    ordered = sorted(names, key=lambda n: -counts[n])  # stable: printed order breaks ties
    groups: dict[str, list[str]] = {}
    for n in ordered:
        groups.setdefault(str(counts[n]), []).append(n)
    if order not in ("most", "fewest"):
        raise InvalidArgument(f"{order!r} is not an order; use \"most\" or \"fewest\".")
    if count is not None:
        chosen = [n for n in ordered if counts[n] == count]
        how = f"with exactly {count} marked cell{'s' if count != 1 else ''}"
    elif min_count is not None:
        chosen = [n for n in ordered if counts[n] >= min_count]
        how = f"with at least {min_count} marked cells"
    else:
        edge = max(counts.values()) if order == "most" else min(counts.values())
        chosen = [n for n in ordered if counts[n] == edge]
        how = f"with the {order} marked cells ({edge})"
    cits = _citations(matrices, pairs)
    plural = "industries" if entity == "industry" else "mega trends"
    return ToolResult(
        tool="rank_matrix", args={"entity": entity, "direction": direction, "order": order, "count": count,
                                  "min_count": min_count},
        title=f"{plural.capitalize()} {how} ({label}, {_figures_label(matrices)})",
        items=chosen, count=len(chosen), groups=groups, value=chosen[0] if len(chosen) == 1 else None,
        rows=[{"name": n, "count": counts[n]} for n in ordered],
        citations=cits, notes=_notes(cits, []),
    )


def compare_matrices(include: list[Literal["downstream", "upstream", "aosi"]],
                     exclude: list[Literal["downstream", "upstream", "aosi"]] = [],  # noqa: B006 (never mutated)
                     ) -> ToolResult:
    """(trend, industry) pairs marked in every figure of ``include`` and in none of ``exclude``.

    Args:
        include: Matrices that must all mark the cell: any of "downstream" (Figure 3), "upstream" (Figure 4),
            "aosi" (Figure 5).
        exclude: Matrices that must not mark the cell (default none).
    """
    inc, exc = list(dict.fromkeys(include)), list(dict.fromkeys(exclude or []))
    for m in inc + exc:
        _check_direction(m, tuple(_TABLES))
    if not inc:
        raise InvalidArgument("Name at least one matrix to include: downstream, upstream or aosi.")
    if set(inc) & set(exc):
        raise InvalidArgument("A matrix cannot be both included and excluded.")
    pairs = list(_cells(inc[0]))
    items = [p for p in pairs
             if all(_cells(m)[p].marked for m in inc) and not any(_cells(m)[p].marked for m in exc)]
    used = tuple(inc + exc)
    cits = _citations(used, pairs)
    figs = lambda ms: " and ".join(f"Figure {_figure_key(m)} ({m})" for m in ms)  # noqa: E731
    title = f"Cells marked in {figs(inc)}" + (f" but not in {figs(exc)}" if exc else "")
    return ToolResult(
        tool="compare_matrices", args={"include": inc, "exclude": exc}, title=title,
        items=items, count=len(items), citations=cits, notes=_notes(cits, []),
        rows=[{"trend": t, "industry": i} for t, i in items],
    )
