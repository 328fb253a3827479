"""Counts per name that no ranking tool gives: sub-trends per industry or mega trend (Figure 6), value-chain
crossover marks per industry or sub-trend and sub-trend rows per industry (Figure 7). Each returns every name with its count (``rows``), most
first, so that two or more names can be compared on the count."""

from __future__ import annotations

from tools import crossover as _x
from tools import subtrends as _s
from tools._data import parse_grade, rank
from tools.errors import InvalidArgument
from tools.names import canonical_names
from tools.result import ToolResult


def _ranked(counts: dict[str, int]) -> list[dict]:
    return [{"name": n, "count": c} for n, c in sorted(counts.items(), key=lambda kv: -kv[1])]


def count_subtrends(by: str = "industry") -> ToolResult:
    """How many sub-trends Figure 6 lists for each emerging industry (or each mega trend), most first.

    Args:
        by: "industry" (sub-trends over all of an industry's hot-spots) or "trend" (over a mega trend's).
    """
    if by not in ("industry", "trend"):
        raise InvalidArgument(f"{by!r} cannot be counted; use industry or trend.")
    rows = _s._rows()
    # every industry (trend) of the report: one Figure 6 lists nothing for has none
    counts: dict[str, int] = dict.fromkeys(canonical_names(by), 0)
    for r in rows:
        key = r.industry if by == "industry" else r.trend
        counts[key] = counts.get(key, 0) + 1
    ranked = _ranked(counts)
    cit, notes = _s._cite(rows)
    plural = "emerging industries" if by == "industry" else "mega trends"
    return ToolResult(
        tool="count_subtrends", args={"by": by},
        title=f"Figure {_s._figure_key()}: sub-trends listed per {by} ({plural}, most first)",
        items=[r["name"] for r in ranked], count=len(ranked), rows=ranked, citations=[cit], notes=notes,
    )


def count_crossover_marks(by: str = "industry", grade: str = "✓", at_least: bool = True) -> ToolResult:
    """How many Figure 7 cells (sub-trend × value-chain parameter) carry a grade, per emerging industry or per
    sub-trend, most first.

    Args:
        by: "industry" or "subtrend".
        grade: "✓✓" (very strong) or "✓" (strong); words are accepted.
        at_least: Count cells at this grade or stronger (default) instead of exactly at it.
    """
    if by not in ("industry", "subtrend"):
        raise InvalidArgument(f"{by!r} cannot be counted; use industry or subtrend.")
    g = parse_grade(_x.SCALE, grade)
    want = rank(_x.SCALE, g)
    counts: dict[str, int] = {}
    for c in _x._cells():
        key = c.industry if by == "industry" else c.subtrend
        r = _x._rank(c)
        hit = r is not None and (r >= want if at_least else r == want)
        counts[key] = counts.get(key, 0) + int(hit)
    ranked = _ranked(counts)
    cit, notes = _x._cite(_x._cells())
    return ToolResult(
        tool="count_crossover_marks", args={"by": by, "grade": g, "at_least": at_least},
        title=f"Figure {_x._figure_key()}: cells graded {_x._grade_label(g)}{' or stronger' if at_least else ''} "
              f"per {'emerging industry' if by == 'industry' else 'sub-trend'}",
        items=[r["name"] for r in ranked], count=len(ranked), rows=ranked, citations=[cit], notes=notes,
    )


def count_crossover_rows() -> ToolResult:
    """How many sub-trend rows Figure 7 gives each emerging industry (marked or not), most first; the industries
    it gives no rows are left out.
    """
    rows: dict[str, set[str]] = {}
    for c in _x._cells():
        rows.setdefault(c.industry, set()).add(c.subtrend)
    ranked = _ranked({k: len(v) for k, v in rows.items()})
    cit, notes = _x._cite(_x._cells())
    return ToolResult(
        tool="count_crossover_rows", args={},
        title=f"Figure {_x._figure_key()}: sub-trend rows per emerging industry (most first)",
        items=[r["name"] for r in ranked], count=len(ranked), rows=ranked, citations=[cit], notes=notes,
    )
