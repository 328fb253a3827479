"""Figure 7: how strongly each sub-trend crosses each value-chain parameter ("✓✓" very strong, "✓" strong,
no mark = comparably weaker, not none)."""

from __future__ import annotations

from corpus.once import once
from structured.records import CrossoverCell
from tools._data import cite, figure_notes, legend, match_notes, merge_notes, parse_grade, rank, tables, words
from tools.errors import AmbiguousName, NotInMatrix
from tools.names import resolve, resolve_all
from tools.result import Citation, ToolResult

SCALE = "crossover"
ODD = "?"  # grade of a cell whose printed text is not in the legend


def _cells() -> list[CrossoverCell]:
    return tables().crossover


def _figure_key() -> str:
    return str(_cells()[0].figure)


def _row_label(c: CrossoverCell) -> str:
    return f"{c.industry} | {c.subtrend}"


def _cite(cells: list[CrossoverCell], probe: list[tuple[str, str, str]] = ()) -> tuple[Citation, list]:
    key = _figure_key()
    cit = cite(key, page=cells[0].page if cells else None, cells=[(_row_label(c), c.parameter) for c in cells])
    return cit, match_notes([(key, _row_label(c), c.parameter) for c in cells] + list(probe))


def _rank(c: CrossoverCell) -> int | None:
    return None if c.grade == ODD else rank(SCALE, c.grade)


def _grade_label(grade: str) -> str:
    return f'"{grade}" ({words(SCALE, grade)})' if grade else words(SCALE, grade)


def _bound_label(grade: str, below: bool) -> str:
    """"graded at least "✓✓" (very strong)", "graded below "✓✓" (very strong)", "with no mark" (below "✓")."""
    if not below:
        return f"graded at least {_grade_label(grade)}"
    under = [e for e in legend(SCALE) if (rank(SCALE, e.symbol) or 0) < (rank(SCALE, grade) or 0)]
    return f"with {under[0].words}" if len(under) == 1 else f"graded below {_grade_label(grade)}"


@once
def _fig7_rows() -> dict[tuple[str, str], str]:
    """(industry, Figure 6 sub-trend) -> Figure 7 spelling, for the rows Figure 7 has."""
    return {(c.industry, c.subtrend_figure6): c.subtrend for c in _cells()}


def _row_key(subtrend: str, industry: str | None) -> list[tuple[str, str]]:
    """The (industry, Figure 6 sub-trend) rows of Figure 6 that match; raises when none."""
    names = resolve_all("subtrend", subtrend)
    ind = resolve("industry", industry) if industry else None
    listed = [(s.industry, s.figure6) for s in tables().subtrend_names
              if s.figure6 in names and (ind is None or s.industry == ind)]
    if not listed:
        where = f" under {ind}" if ind else ""
        own = [s.figure6 for s in tables().subtrend_names if s.industry == ind]
        extra = f" Its sub-trends are: {', '.join(own)}." if own else f" Figure 6 lists no sub-trends for {ind}."
        raise NotInMatrix(f"Figure 6 does not list {' / '.join(names)}{where}." + (extra if ind else ""))
    return listed


def crossover_grade(industry: str, subtrend: str, parameter: str) -> ToolResult:
    """The Figure 7 grade of one (industry, sub-trend, parameter) cell: "✓✓" very strong, "✓" strong, or ""
    (no mark: comparably weaker, not none).

    Args:
        industry: The emerging industry whose sub-trend is meant (sub-trends such as e-Commerce recur).
        subtrend: A sub-trend (Figure 6 or Figure 7 spelling).
        parameter: A value-chain parameter, e.g. "Information sharing".
    """
    ind = resolve("industry", industry)
    param = resolve("parameter", parameter)
    (_, fig6), *_ = _row_key(subtrend, ind)
    fig7 = _fig7_rows().get((ind, fig6))
    args = {"industry": ind, "subtrend": fig6, "parameter": param}
    if fig7 is None:
        probe = [(_figure_key(), f"{ind} | {fig6}", "")]
        cit = cite(_figure_key())
        return ToolResult(
            tool="crossover_grade", args=args, value=None, count=0, citations=[cit],
            title=f"Figure {_figure_key()} has no row for {ind} / {fig6} (Figure 6 lists it)",
            notes=merge_notes(match_notes(probe), match_notes([("6", t, i) for t, i in _hotspots(ind, fig6)])),
        )
    cell = next(c for c in _cells() if c.industry == ind and c.subtrend == fig7 and c.parameter == param)
    cit, notes = _cite([cell])
    if cell.grade == ODD:
        title = (f"{ind} / {fig7} × {param}: printed {cell.raw!r}, which is not in the legend "
                 f"(Figure {_figure_key()})")
        value = cell.raw
    else:
        title = f"{ind} / {fig7} × {param}: {_grade_label(cell.grade)} (Figure {_figure_key()})"
        value = cell.grade
    return ToolResult(
        tool="crossover_grade", args=args, title=title, value=value, count=1, citations=[cit],
        notes=merge_notes(notes, figure_notes([_figure_key()], [ind])),
        rows=[{"industry": ind, "subtrend": fig7, "parameter": param, "raw": cell.raw, "grade": cell.grade,
               "words": words(SCALE, cell.grade)}],
    )


def _hotspots(industry: str, fig6: str) -> list[tuple[str, str]]:
    return list(dict.fromkeys((r.trend, r.industry) for r in tables().subtrends
                              if r.industry == industry and r.subtrend == fig6))


def subtrend_profile(subtrend: str, industry: str | None = None) -> ToolResult:
    """A sub-trend's Figure 7 row: its parameters grouped by grade ("✓✓", "✓", "" = no mark).

    Args:
        subtrend: A sub-trend (Figure 6 or Figure 7 spelling).
        industry: The emerging industry, needed when the sub-trend appears under several industries.
    """
    listed = _row_key(subtrend, industry)
    rows7 = [(i, s, _fig7_rows().get((i, s))) for i, s in listed]
    present = [r for r in rows7 if r[2] is not None]
    if len({i for i, _, _ in present}) > 1 or (not present and len({i for i, _ in listed}) > 1):
        cands = list(dict.fromkeys(i for i, _, _ in (present or rows7)))
        raise AmbiguousName("industry", subtrend, cands,
                            f"{subtrend} appears in Figure 7 under {len(cands)} industries: "
                            f"{', '.join(cands)}. Name the industry.")
    if not present:
        ind, fig6, _ = rows7[0]
        probe = [(_figure_key(), f"{ind} | {fig6}", "")] + [("6", t, i) for t, i in _hotspots(ind, fig6)]
        return ToolResult(
            tool="subtrend_profile", args={"subtrend": fig6, "industry": ind}, count=0,
            title=f"Figure {_figure_key()} has no row for {ind} / {fig6} (Figure 6 lists it)",
            groups={}, citations=[cite(_figure_key())], notes=match_notes(probe),
        )
    ind, fig6, fig7 = present[0]
    cells = [c for c in _cells() if c.industry == ind and c.subtrend == fig7]
    groups: dict[str, list[str]] = {e.symbol: [] for e in legend(SCALE)}
    for c in cells:
        groups.setdefault(c.grade, []).append(c.parameter)
    cit, notes = _cite(cells)
    marked = [c for c in cells if _rank(c)]
    return ToolResult(
        tool="subtrend_profile", args={"subtrend": fig6, "industry": ind},
        title=f"Figure {_figure_key()} profile of {ind} / {fig7}: parameters by grade "
              f"(no mark = comparably weaker, not none)",
        items=[c.parameter for c in marked], count=len(marked), groups=groups,
        rows=[{"parameter": c.parameter, "raw": c.raw, "grade": c.grade, "words": words(SCALE, c.grade)}
              for c in cells],
        citations=[cit], notes=merge_notes(notes, figure_notes([_figure_key()], [ind])),
    )


def _trend_filter(trend: str | None):
    """(industry, Figure 6 sub-trend) pairs listed under a trend, or None for no filter."""
    if not trend:
        return None, None
    t = resolve("trend", trend)
    return t, {(r.industry, r.subtrend) for r in tables().subtrends if r.trend == t}


def subtrends_at_grade(parameter: str, min_grade: str = "✓✓", industry: str | None = None,
                       trend: str | None = None, below: bool = False) -> ToolResult:
    """Sub-trends whose Figure 7 cell for a parameter is at least a grade (or, with ``below``, under it).

    Items are Figure 7 sub-trend names when ``industry`` is given, else (industry, sub-trend) pairs.

    Args:
        parameter: A value-chain parameter, e.g. "Information sharing".
        min_grade: Lowest grade to include: "✓✓" (very strong), "✓" (strong) or "" (any, including no mark);
            words such as "very strong" or "strong" are accepted.
        industry: Only this emerging industry's sub-trends (optional).
        trend: Only sub-trends Figure 6 lists under this mega trend (optional).
        below: The column's other rows instead: sub-trends graded under ``min_grade`` ("which sub-trends does
            the parameter not touch": under "✓", no mark).
    """
    param = resolve("parameter", parameter)
    grade = parse_grade(SCALE, min_grade)
    floor = rank(SCALE, grade)
    ind = resolve("industry", industry) if industry else None
    t, allowed = _trend_filter(trend)
    scope = [c for c in _cells() if c.parameter == param and (ind is None or c.industry == ind)
             and (allowed is None or (c.industry, c.subtrend_figure6) in allowed)]
    hits = [c for c in scope if _rank(c) is not None and (_rank(c) < floor if below else _rank(c) >= floor)]
    items = [c.subtrend for c in hits] if ind else [(c.industry, c.subtrend) for c in hits]
    groups: dict[str, list[str]] = {}
    for c in hits:
        groups.setdefault(c.grade, []).append(c.subtrend if ind else f"{c.industry} | {c.subtrend}")
    cit, notes = _cite(scope)
    where = " and ".join(x for x in (ind, f"under {t}" if t else None) if x)
    return ToolResult(
        tool="subtrends_at_grade", args={"parameter": param, "min_grade": grade, "industry": ind, "trend": t,
                                         "below": below},
        title=f"Sub-trends{' of ' + where if where else ''} {_bound_label(grade, below)} for {param} "
              f"(Figure {_figure_key()})",
        items=items, count=len(items), groups=groups,
        rows=[{"industry": c.industry, "subtrend": c.subtrend, "grade": c.grade} for c in hits],
        citations=[cit], notes=notes,
    )


def crossover_gaps() -> ToolResult:
    """Where Figure 7 falls short of Figure 6: industries and (industry, sub-trend) rows Figure 6 lists but
    Figure 7 lacks, and Figure 7 rows with no mark in any parameter.
    """
    names = tables().subtrend_names
    fig7_inds = {c.industry for c in _cells()}
    missing_inds = list(dict.fromkeys(s.industry for s in names if s.industry not in fig7_inds))
    missing = [(s.industry, s.figure6) for s in names if (s.industry, s.figure6) not in _fig7_rows()]
    rows7: dict[tuple[str, str], list[CrossoverCell]] = {}
    for c in _cells():
        rows7.setdefault((c.industry, c.subtrend), []).append(c)
    unmarked = [k for k, cs in rows7.items() if all(_rank(c) == 0 for c in cs)]
    probe = [(_figure_key(), f"{i} | {s}", "") for i, s in missing + unmarked]
    hot = [("6", t, i) for i, s in missing for t, _ in _hotspots(i, s)]
    unmarked_cells = [c for k in unmarked for c in rows7[k]]
    cit7, _ = _cite(unmarked_cells)
    hot_cells = list(dict.fromkeys((t, i) for _, t, i in hot))
    cit6 = cite("6", cells=hot_cells)
    return ToolResult(
        tool="crossover_gaps", args={},
        title=f"Gaps between Figure 6 and Figure {_figure_key()}: missing industries, missing sub-trend rows "
              "and rows with no mark",
        items=missing + unmarked, count=len(missing) + len(unmarked),
        groups={
            "industries without Figure 7 rows": missing_inds,
            "sub-trends missing from Figure 7": [f"{i} | {s}" for i, s in missing],
            "Figure 7 rows with no mark": [f"{i} | {s}" for i, s in unmarked],
        },
        rows=[{"industry": i, "subtrend": s, "gap": "missing from Figure 7"} for i, s in missing]
        + [{"industry": i, "subtrend": s, "gap": "no mark in any parameter"} for i, s in unmarked],
        citations=[cit6, cit7], notes=merge_notes(match_notes(probe), match_notes(hot)),
    )


def crossover_cells(industry: str | None = None, parameter: str | None = None, grade: str = "✓✓",
                    at_least: bool = False) -> ToolResult:
    """The Figure 7 cells with a grade ("crossover points" are the "✓✓" cells), optionally for one industry
    and/or one parameter; ``items`` are (sub-trend, parameter) pairs, or (industry, sub-trend) when a parameter
    is given without an industry.

    Args:
        industry: An emerging industry to filter by (optional).
        parameter: A value-chain parameter to filter by (optional).
        grade: "✓✓" (very strong), "✓" (strong) or "" (no mark); words work too.
        at_least: Count cells at this grade or stronger instead of exactly at it.
    """
    ind = resolve("industry", industry) if industry else None
    par = resolve("parameter", parameter) if parameter else None
    g = parse_grade(SCALE, grade)
    want = rank(SCALE, g)
    pool = [c for c in _cells() if (ind is None or c.industry == ind) and (par is None or c.parameter == par)]
    hits = [c for c in pool if _rank(c) is not None and (_rank(c) >= want if at_least else _rank(c) == want)]
    if par and not ind:
        items = [(c.industry, c.subtrend) for c in hits]
    else:
        items = [(c.subtrend, c.parameter) for c in hits]
    cit, notes = _cite(pool)
    where = " for " + " and ".join(x for x in (ind, par) if x) if (ind or par) else ""
    return ToolResult(
        tool="crossover_cells", args={"industry": ind, "parameter": par, "grade": g, "at_least": at_least},
        title=f"Figure {_figure_key()} cells graded {_grade_label(g)}{' or stronger' if at_least else ''}{where}",
        items=items, count=len(items),
        rows=[{"industry": c.industry, "subtrend": c.subtrend, "parameter": c.parameter, "grade": c.raw} for c in hits],
        citations=[cit], notes=notes,
    )


def crossover_block(industry: str) -> ToolResult:
    """An industry's block of Figure 7: its sub-trends (rows, in printed order) × the eight parameters.

    Args:
        industry: An emerging industry.
    """
    ind = resolve("industry", industry)
    cells = [c for c in _cells() if c.industry == ind]
    subs = list(dict.fromkeys(c.subtrend for c in cells))
    groups: dict[str, list[str]] = {}
    for c in cells:
        if c.raw:
            groups.setdefault(c.subtrend, []).append(f"{c.parameter}: {c.raw}")
    if not cells:
        cit, notes = _cite([], [(_figure_key(), f"{ind} | ", "")])
        notes = merge_notes(notes, figure_notes([_figure_key()], [ind]))
    else:
        cit, notes = _cite(cells)
    return ToolResult(
        tool="crossover_block", args={"industry": ind},
        title=f"Figure {_figure_key()} for {ind}: {len(subs)} sub-trends × the value-chain parameters"
              if cells else f"Figure {_figure_key()} has no rows for {ind}",
        items=subs, count=len(subs), groups=groups,
        rows=[{"subtrend": c.subtrend, "parameter": c.parameter, "grade": c.raw} for c in cells],
        citations=[cit], notes=notes,
    )
