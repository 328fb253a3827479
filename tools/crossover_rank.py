"""Figure 7 ranked: value-chain parameters and sub-trends by how many of their cells carry a grade."""

from __future__ import annotations

from tools._data import parse_grade, rank
from tools.crossover import SCALE, _cells, _cite, _figure_key, _grade_label, _rank
from tools.errors import InvalidArgument
from tools.names import canonical_names, resolve
from tools.result import ToolResult


def parameter_ranking(industry: str | None = None, grade: str = "✓✓", at_least: bool = False) -> ToolResult:
    """Value-chain parameters ranked by how many Figure 7 cells carry a grade, most first.

    Args:
        industry: Only this emerging industry's rows (optional).
        grade: The grade to count: "✓✓" (very strong), "✓" (strong) or "" (no mark); words are accepted.
        at_least: Count cells at this grade or stronger instead of exactly this grade.
    """
    g = parse_grade(SCALE, grade)
    target = rank(SCALE, g)
    ind = resolve("industry", industry) if industry else None
    scope = [c for c in _cells() if ind is None or c.industry == ind]
    ok = (lambda r: r is not None and r >= target) if at_least else (lambda r: r == target)
    names = canonical_names("parameter")
    counts = {p: sum(1 for c in scope if c.parameter == p and ok(_rank(c))) for p in names}
    ordered = sorted(names, key=lambda p: -counts[p])
    groups: dict[str, list[str]] = {}
    for p in ordered:
        groups.setdefault(str(counts[p]), []).append(p)
    cit, notes = _cite(scope)
    how = "at least " if at_least else ""
    return ToolResult(
        tool="parameter_ranking", args={"industry": ind, "grade": g, "at_least": at_least},
        title=f"Parameters ranked by number of {'cells' if not ind else ind + ' cells'} graded {how}"
              f"{_grade_label(g)} (Figure {_figure_key()})",
        items=ordered, count=len(ordered), groups=groups,
        rows=[{"name": p, "count": counts[p]} for p in ordered], citations=[cit], notes=notes,
    )


def subtrends_with_many(grade: str = "✓✓", min_parameters: int = 2, industry: str | None = None,
                        at_least: bool = True) -> ToolResult:
    """Sub-trends with at least ``min_parameters`` parameters graded ``grade`` (or stronger) in Figure 7.

    Items are (industry, sub-trend) pairs, or sub-trend names when ``industry`` is given.

    Args:
        grade: "✓✓" (very strong), "✓" (strong) or "" (no mark); words are accepted.
        min_parameters: Minimum number of such parameters in the sub-trend's row.
        industry: Only this emerging industry's rows (optional).
        at_least: Count parameters at this grade or stronger (default) rather than exactly this grade.
    """
    g = parse_grade(SCALE, grade)
    target = rank(SCALE, g)
    if min_parameters < 0:
        raise InvalidArgument("min_parameters must be zero or more.")
    ind = resolve("industry", industry) if industry else None
    scope = [c for c in _cells() if ind is None or c.industry == ind]
    ok = (lambda r: r is not None and r >= target) if at_least else (lambda r: r == target)
    per_row: dict[tuple[str, str], list[str]] = {}
    for c in scope:
        per_row.setdefault((c.industry, c.subtrend), [])
        if ok(_rank(c)):
            per_row[(c.industry, c.subtrend)].append(c.parameter)
    hits = [(k, ps) for k, ps in per_row.items() if len(ps) >= min_parameters]
    hits.sort(key=lambda kp: -len(kp[1]))
    items = [s for (_, s), _ in hits] if ind else [k for k, _ in hits]
    cit, notes = _cite(scope)
    how = "at least " if at_least else ""
    return ToolResult(
        tool="subtrends_with_many",
        args={"grade": g, "min_parameters": min_parameters, "industry": ind, "at_least": at_least},
        title=f"Sub-trends{' of ' + ind if ind else ''} with {min_parameters} or more parameters graded "
              f"{how}{_grade_label(g)} (Figure {_figure_key()})",
        items=items, count=len(items),
        rows=[{"industry": i, "subtrend": s, "count": len(ps), "parameters": ps} for (i, s), ps in hits],
        citations=[cit], notes=notes,
    )


def rank_subtrends(industry: str | None = None, grade: str = "✓", at_least: bool = True) -> ToolResult:
    """Figure 7 sub-trends ranked by how many parameters reach a grade; ``items`` are the leaders (ties kept)
    and ``rows`` the whole ranking.

    Args:
        industry: An emerging industry to rank within (optional; default all of Figure 7).
        grade: "✓✓" (very strong) or "✓" (strong); words work too.
        at_least: Count parameters at this grade or stronger (default) instead of exactly at it.
    """
    ind = resolve("industry", industry) if industry else None
    g = parse_grade(SCALE, grade)
    want = rank(SCALE, g)
    pool = [c for c in _cells() if ind is None or c.industry == ind]
    counts: dict[tuple[str, str], int] = {}
    for c in pool:
        key = (c.industry, c.subtrend)
        hit = _rank(c) is not None and (_rank(c) >= want if at_least else _rank(c) == want)
        counts[key] = counts.get(key, 0) + int(hit)
    top = max(counts.values(), default=0)
    leaders = [k for k, n in counts.items() if n == top and top > 0]
    items = [s for _, s in leaders] if ind else leaders
    cit, notes = _cite(pool)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ToolResult(
        tool="rank_subtrends", args={"industry": ind, "grade": g, "at_least": at_least},
        title=f"Figure {_figure_key()} sub-trends{' of ' + ind if ind else ''} with the most parameters graded "
              f"{_grade_label(g)}{' or stronger' if at_least else ''} ({top})",
        items=items, count=len(items), value=(items[0] if len(items) == 1 and isinstance(items[0], str) else None),
        rows=[{"industry": i, "subtrend": s, "count": n} for (i, s), n in ranked],
        citations=[cit], notes=notes,
    )
