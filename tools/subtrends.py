"""Figure 6: the sub-trends listed for each hot-spot (mega trend × emerging industry)."""

from __future__ import annotations

from structured.records import SubtrendRow
from tools._data import cite, figure_notes, match_notes, merge_notes, tables
from tools.errors import InvalidArgument
from tools.names import resolve, resolve_all
from tools.result import Citation, ToolResult


def _rows() -> list[SubtrendRow]:
    return tables().subtrends


def _figure_key() -> str:
    return str(_rows()[0].figure)


def _cite(rows: list[SubtrendRow], probe: list[tuple[str, str]] = ()) -> tuple[Citation, list]:
    """Citation over the hot-spot cells (trend, industry) of ``rows``; notes also for ``probe`` cells asked about."""
    cells = list(dict.fromkeys((r.trend, r.industry) for r in rows))
    page = rows[0].page if rows else _rows()[0].page
    cit = cite(_figure_key(), page=page, cells=cells)
    key = _figure_key()
    touched = [(key, t, i) for t, i in [*cells, *probe]]
    return cit, match_notes(touched)


def _row_dict(r: SubtrendRow) -> dict:
    return {"trend": r.trend, "industry": r.industry, "position": r.position, "subtrend": r.subtrend}


def subtrends_for(trend: str | None = None, industry: str | None = None) -> ToolResult:
    """Sub-trends Figure 6 lists for a mega trend and/or an emerging industry, in printed order.

    Args:
        trend: A mega trend to filter by (optional).
        industry: An emerging industry to filter by (optional).
    """
    t = resolve("trend", trend) if trend else None
    i = resolve("industry", industry) if industry else None
    rows = [r for r in _rows() if (t is None or r.trend == t) and (i is None or r.industry == i)]
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(f"{r.trend} × {r.industry}", []).append(r.subtrend)
    items = list(dict.fromkeys(r.subtrend for r in rows))
    probe = [(t, i)] if t and i else []
    cit, notes = _cite(rows, probe)
    scope = " × ".join(x for x in (t, i) if x) or "all hot-spots"
    return ToolResult(
        tool="subtrends_for", args={"trend": t, "industry": i},
        title=f"Sub-trends listed for {scope} (Figure {_figure_key()})",
        items=items, count=len(items), groups=groups, rows=[_row_dict(r) for r in rows],
        citations=[cit], notes=merge_notes(notes, figure_notes([_figure_key()], [x for x in (t, i) if x])),
    )


def _matching(subtrend: str) -> tuple[list[str], list[SubtrendRow]]:
    names = resolve_all("subtrend", subtrend)
    return names, [r for r in _rows() if r.subtrend in names]


def aosis_with_subtrend(subtrend: str) -> ToolResult:
    """The hot-spots (mega trend, emerging industry) under which Figure 6 lists a sub-trend.

    Args:
        subtrend: A sub-trend name (Figure 6 or Figure 7 spelling), e.g. "e-Commerce".
    """
    names, rows = _matching(subtrend)
    items = list(dict.fromkeys((r.trend, r.industry) for r in rows))
    cit, notes = _cite(rows)
    return ToolResult(
        tool="aosis_with_subtrend", args={"subtrend": subtrend, "matched": names},
        title=f"Hot-spots (mega trend × industry) listing {' / '.join(names)} (Figure {_figure_key()})",
        items=items, count=len(items), rows=[_row_dict(r) for r in rows], citations=[cit], notes=notes,
    )


def subtrend_industries(subtrend: str) -> ToolResult:
    """The emerging industries whose Figure 6 hot-spots list a sub-trend.

    Args:
        subtrend: A sub-trend name (Figure 6 or Figure 7 spelling), e.g. "Digitalisation".
    """
    names, rows = _matching(subtrend)
    items = list(dict.fromkeys(r.industry for r in rows))
    groups: dict[str, list[str]] = {}
    for r in rows:
        groups.setdefault(r.industry, [])
        if r.subtrend not in groups[r.industry]:
            groups[r.industry].append(r.subtrend)
    cit, notes = _cite(rows)
    return ToolResult(
        tool="subtrend_industries", args={"subtrend": subtrend, "matched": names},
        title=f"Emerging industries whose Figure {_figure_key()} hot-spots list {' / '.join(names)}",
        items=items, count=len(items), groups=groups, rows=[_row_dict(r) for r in rows],
        citations=[cit], notes=notes,
    )


def rank_hotspots(order: str = "most", by: str = "hotspot", unit: str = "hotspots") -> ToolResult:
    """Figure 6 ranked: hot-spots (mega trend, industry) by how many sub-trends they list, or industries or
    trends by how many hot-spots (or sub-trends) they have; ``items`` are the leaders (or those with the fewest).

    Args:
        order: "most" or "fewest".
        by: "hotspot" (sub-trends per hot-spot), "industry" or "trend" (hot-spots per industry or trend).
        unit: What is counted per industry or trend: "hotspots" or "subtrends" (all its hot-spots' sub-trends).
    """
    if order not in ("most", "fewest"):
        raise InvalidArgument(f"{order!r} is not an order; use \"most\" or \"fewest\".")
    if by not in ("hotspot", "industry", "trend") or unit not in ("hotspots", "subtrends"):
        raise InvalidArgument(f"{by!r} by {unit!r} cannot be ranked; use hotspot, industry or trend, counting "
                              f"hotspots or subtrends.")
    counts: dict = {}
    rows = [(r.trend, r.industry) for r in _rows()]
    for t, i in rows if by == "hotspot" or unit == "subtrends" else dict.fromkeys(rows):
        key = (t, i) if by == "hotspot" else i if by == "industry" else t
        counts[key] = counts.get(key, 0) + 1
    edge = max(counts.values()) if order == "most" else min(counts.values())
    items = [k for k, n in counts.items() if n == edge]
    cit, notes = _cite(_rows())
    counted = "sub-trends" if by == "hotspot" or unit == "subtrends" else "hot-spots"
    what = {"hotspot": "hot-spots", "industry": "industries", "trend": "mega trends"}[by] + f" with the {order} {counted}"
    return ToolResult(
        tool="rank_hotspots", args={"order": order, "by": by, "unit": unit},
        title=f"Figure {_figure_key()}: {what} ({edge})",
        items=items, count=len(items), value=items[0] if len(items) == 1 and isinstance(items[0], str) else None,
        rows=[{"name": " × ".join(k) if isinstance(k, tuple) else k, "count": n}
              for k, n in sorted(counts.items(), key=lambda kv: -kv[1])],
        citations=[cit], notes=notes,
    )


def hotspots(industry: str | None = None, trend: str | None = None) -> ToolResult:
    """The hot-spots (mega trend, emerging industry) for which Figure 6 lists sub-trends, in printed order.

    Args:
        industry: Keep the hot-spots of this emerging industry (optional).
        trend: Keep the hot-spots of this mega trend (optional).
    """
    ind = resolve("industry", industry) if industry else None
    t = resolve("trend", trend) if trend else None
    rows = [r for r in _rows() if (ind is None or r.industry == ind) and (t is None or r.trend == t)]
    pairs = list(dict.fromkeys((r.trend, r.industry) for r in rows))
    cit, notes = _cite(rows or _rows())
    where = " for " + " and ".join(x for x in (t, ind) if x) if (ind or t) else ""
    return ToolResult(tool="hotspots", args={"industry": ind, "trend": t},
                      title=f"Hot-spots listed in Figure {_figure_key()}{where}",
                      items=pairs, count=len(pairs), citations=[cit], notes=notes)
