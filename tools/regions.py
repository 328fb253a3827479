"""Figure 10 (countries in regions) and Figures 13 / 16 (R&D / business cooperation between regions)."""

from __future__ import annotations

from functools import cache
from typing import Literal

from structured.records import CooperationCell, RegionCountry
from tools._data import cite, match_notes, parse_grade, rank, tables, words
from tools.errors import InvalidArgument, NotInMatrix, number_word
from tools.names import resolve, resolve_region
from tools.result import Citation, ToolResult

Kind = Literal["rd", "business", "both"]
SCALE = "cooperation"
_KIND_WORDS = {"rd": "R&D cooperation", "business": "business cooperation"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _regions() -> list[RegionCountry]:
    return tables().regions


def _region_figure() -> str:
    return str(_regions()[0].figure)


@cache
def _matrix(kind: str) -> dict[tuple[str, str], CooperationCell]:
    return {(c.region_a, c.region_b): c for c in tables().cooperation if c.kind == kind}


@cache
def _matrix_regions(kind: str) -> tuple[str, ...]:
    """The regions a cooperation matrix covers, in the matrix's printed order."""
    return tuple(dict.fromkeys(a for a, _ in _matrix(kind)))


def _figure_key(kind: str) -> str:
    return str(next(iter(_matrix(kind).values())).figure)


def _kinds(kind: str) -> list[str]:
    if kind == "both":
        return list(_KIND_WORDS)
    if kind not in _KIND_WORDS:
        raise InvalidArgument(f"{kind!r} is not a kind of cooperation; use \"rd\", \"business\" or \"both\".")
    return [kind]


def _in_matrix(region: str, kind: str) -> None:
    covered = _matrix_regions(kind)
    if region not in covered:
        raise NotInMatrix(
            f"Figure {_figure_key(kind)} ({_KIND_WORDS[kind]}) covers only its {number_word(len(covered))} European regions: "
            f"{', '.join(covered)}; {region} is not among them.")


def _cite(kind: str, cells: list[CooperationCell]) -> tuple[Citation, list]:
    key = _figure_key(kind)
    page = cells[0].page if cells else next(iter(_matrix(kind).values())).page
    cit = cite(key, page=page, cells=[(c.region_a, c.region_b) for c in cells])
    return cit, match_notes([(key, c.region_a, c.region_b) for c in cells])


def _region_cite(rows: list[RegionCountry]) -> Citation:
    return cite(_region_figure(), page=_regions()[0].page, cells=[(r.region, r.country) for r in rows])


def region_of(country: str) -> ToolResult:
    """The Figure 10 region a country (or demonym, e.g. "Polish") belongs to.

    Args:
        country: A country, subsumption or demonym as written by the user, e.g. "Poland".
    """
    name = resolve("country", country)
    rows = [r for r in _regions() if r.country == name]
    region = rows[0].region
    return ToolResult(
        tool="region_of", args={"country": name}, title=f"Region of {name} (Figure {_region_figure()})",
        value=region, items=[region], count=1, citations=[_region_cite(rows)],
        rows=[{"country": r.country, "region": r.region, "raw": r.raw, "footnote": r.footnote} for r in rows],
    )


def regions_of(countries: list[str]) -> ToolResult:
    """The Figure 10 region of each of several countries (or demonyms), in the order given.

    Args:
        countries: Countries, subsumptions or demonyms as written by the user, e.g. ["Poland", "Greek"].
    """
    found = [region_of(c) for c in countries]
    pairs = [(r.args["country"], r.value) for r in found]
    regions = list(dict.fromkeys(region for _, region in pairs))
    return ToolResult(
        tool="regions_of", args={"countries": [c for c, _ in pairs]},
        title=f"Regions of {', '.join(f'{c} ({r})' for c, r in pairs)} (Figure {_region_figure()})",
        value=regions[0] if len(regions) == 1 else None, items=regions, count=len(regions),
        citations=[c for r in found[:1] for c in r.citations],
        rows=[{"country": c, "region": r} for c, r in pairs],
    )


def countries_in(region: str) -> ToolResult:
    """The countries (and subsumptions) Figure 10 lists for a region, in printed order.

    Args:
        region: A region, or a country/demonym standing for its region.
    """
    name = resolve_region(region)
    rows = [r for r in _regions() if r.region == name]
    return ToolResult(
        tool="countries_in", args={"region": name},
        title=f"Countries Figure {_region_figure()} lists for {name}",
        items=[r.country for r in rows], count=len(rows), citations=[_region_cite(rows)],
        rows=[{"country": r.country, "position": r.position, "raw": r.raw, "footnote": r.footnote}
              for r in rows],
    )


def cooperation_grade(region_a: str, region_b: str, kind: Kind = "both") -> ToolResult:
    """How strongly clusters of two European regions cooperate: "++" very strong, "+" strong, "o" medium,
    "-" weak (Figure 13 for R&D, Figure 16 for business).

    Args:
        region_a: A region, or a country/demonym standing for its region (e.g. "Nordics", "Polish").
        region_b: The other region (or country/demonym).
        kind: "rd" (Figure 13), "business" (Figure 16) or "both".
    """
    kinds = _kinds(kind)
    a, b = resolve_region(region_a), resolve_region(region_b)
    for k in kinds:
        _in_matrix(a, k)
        _in_matrix(b, k)
    if a == b:
        raise InvalidArgument(f"The cooperation matrices grade pairs of different regions; their diagonal "
                              f"({a} with itself) is empty.")
    cits, notes, rows = [], [], []
    for k in kinds:
        cell = _matrix(k)[(a, b)]
        cit, ns = _cite(k, [cell])
        cits.append(cit)
        notes += [n for n in ns if n not in notes]
        rows.append({"kind": k, "grade": cell.grade, "words": words(SCALE, cell.grade)})
    figs = " and ".join(f"Figure {_figure_key(k)}" for k in kinds)
    if len(kinds) == 1:
        value = rows[0]["grade"]
        title = f"{_cap(_KIND_WORDS[kinds[0]])} between {a} and {b}: \"{value}\" ({rows[0]['words']}, {figs})"
    else:
        value = None
        title = f"R&D and business cooperation between {a} and {b} ({figs})"
    return ToolResult(
        tool="cooperation_grade", args={"region_a": a, "region_b": b, "kind": kind}, title=title,
        value=value, count=len(rows), rows=rows, citations=cits, notes=sorted(notes, key=lambda n: n.id),
    )


def partners(region: str, kind: Literal["rd", "business"] = "rd", min_grade: str = "+",
             max_grade: str | None = None) -> ToolResult:
    """The regions a European region cooperates with at a grade between ``min_grade`` and ``max_grade``.

    Args:
        region: A region, or a country/demonym standing for its region.
        kind: "rd" (R&D cooperation, Figure 13) or "business" (business cooperation, Figure 16).
        min_grade: Weakest grade to include: "++", "+", "o" or "-" (or words: "very strong", "strong",
            "medium", "weak").
        max_grade: Strongest grade to include (optional; default no upper bound).
    """
    (k,) = _kinds(kind)
    name = resolve_region(region)
    _in_matrix(name, k)
    lo = parse_grade(SCALE, min_grade)
    hi = parse_grade(SCALE, max_grade) if max_grade else None
    lo_r, hi_r = rank(SCALE, lo), (rank(SCALE, hi) if hi else None)
    if hi_r is not None and hi_r < lo_r:
        raise InvalidArgument(f"max_grade \"{hi}\" is weaker than min_grade \"{lo}\".")
    cells = [_matrix(k)[(name, o)] for o in _matrix_regions(k) if o != name]
    hits = [c for c in cells if rank(SCALE, c.grade) >= lo_r and (hi_r is None or rank(SCALE, c.grade) <= hi_r)]
    hits.sort(key=lambda c: -rank(SCALE, c.grade))
    groups: dict[str, list[str]] = {}
    for c in hits:
        groups.setdefault(c.grade, []).append(c.region_b)
    cit, notes = _cite(k, cells)
    span = f"from \"{lo}\"" + (f" to \"{hi}\"" if hi else " up")
    return ToolResult(
        tool="partners", args={"region": name, "kind": k, "min_grade": lo, "max_grade": hi},
        title=f"{_cap(_KIND_WORDS[k])} partners of {name} graded {span} (Figure {_figure_key(k)})",
        items=[c.region_b for c in hits], count=len(hits), groups=groups,
        rows=[{"region": c.region_b, "grade": c.grade, "words": words(SCALE, c.grade)} for c in hits],
        citations=[cit], notes=notes,
    )


def _unordered_pairs(kind: str) -> list[tuple[str, str]]:
    regions = _matrix_regions(kind)
    return [(a, b) for n, a in enumerate(regions) for b in regions[n + 1:]]


def grade_differences(direction: Literal["rd_stronger", "business_stronger", "any", "same"] = "any") -> ToolResult:
    """Region pairs whose R&D (Figure 13) and business (Figure 16) cooperation grades differ (or agree); each
    pair once.

    Args:
        direction: "rd_stronger" (R&D graded higher), "business_stronger" (business graded higher), "any"
            (graded differently) or "same" (graded alike).
    """
    if direction not in ("rd_stronger", "business_stronger", "any", "same"):
        raise InvalidArgument(f"{direction!r} is not a direction; use rd_stronger, business_stronger, any or same.")
    pairs = [p for p in _unordered_pairs("rd") if p in _matrix("business")]
    rows, items = [], []
    for a, b in pairs:
        rd, bus = _matrix("rd")[(a, b)].grade, _matrix("business")[(a, b)].grade
        diff = rank(SCALE, rd) - rank(SCALE, bus)
        if direction == "same":
            if diff == 0:
                items.append((a, b))
                rows.append({"region_a": a, "region_b": b, "rd": rd, "business": bus, "stronger": ""})
            continue
        if diff == 0 or (direction == "rd_stronger" and diff < 0) or (direction == "business_stronger" and diff > 0):
            continue
        items.append((a, b))
        rows.append({"region_a": a, "region_b": b, "rd": rd, "business": bus,
                     "stronger": "rd" if diff > 0 else "business"})
    cits, notes = [], []
    for k in _KIND_WORDS:
        cit, ns = _cite(k, [_matrix(k)[p] for p in pairs])
        cits.append(cit)
        notes += [n for n in ns if n not in notes]
    label = {"any": "differ", "same": "R&D and business are graded alike", "rd_stronger": "R&D is graded stronger than business",
             "business_stronger": "business is graded stronger than R&D"}[direction]
    return ToolResult(
        tool="grade_differences", args={"direction": direction},
        title=f"Region pairs where {label} (Figures {_figure_key('rd')} and {_figure_key('business')})",
        items=items, count=len(items), rows=rows, citations=cits, notes=sorted(notes, key=lambda n: n.id),
    )


def pairs_at_grade(kind: Literal["rd", "business"] = "rd", min_grade: str = "+",
                   max_grade: str | None = None) -> ToolResult:
    """Region pairs (each once) whose cooperation grade lies between ``min_grade`` and ``max_grade``.

    Args:
        kind: "rd" (R&D cooperation, Figure 13) or "business" (business cooperation, Figure 16).
        min_grade: Weakest grade to include: "++", "+", "o" or "-" (or words such as "medium").
        max_grade: Strongest grade to include (optional; default no upper bound).
    """
    (k,) = _kinds(kind)
    lo = parse_grade(SCALE, min_grade)
    hi = parse_grade(SCALE, max_grade) if max_grade else None
    lo_r, hi_r = rank(SCALE, lo), (rank(SCALE, hi) if hi else None)
    if hi_r is not None and hi_r < lo_r:
        raise InvalidArgument(f"max_grade \"{hi}\" is weaker than min_grade \"{lo}\".")
    pairs = _unordered_pairs(k)
    cells = [_matrix(k)[p] for p in pairs]
    hits = [c for c in cells if rank(SCALE, c.grade) >= lo_r and (hi_r is None or rank(SCALE, c.grade) <= hi_r)]
    hits.sort(key=lambda c: -rank(SCALE, c.grade))
    groups: dict[str, list[str]] = {}
    for c in hits:
        groups.setdefault(c.grade, []).append(f"{c.region_a} – {c.region_b}")
    cit, notes = _cite(k, hits or cells)
    span = f"\"{lo}\"" if hi == lo else f"from \"{lo}\"" + (f" to \"{hi}\"" if hi else " up")
    return ToolResult(
        tool="pairs_at_grade", args={"kind": k, "min_grade": lo, "max_grade": hi},
        title=f"Region pairs with {_KIND_WORDS[k]} graded {span} (Figure {_figure_key(k)})",
        items=[(c.region_a, c.region_b) for c in hits], count=len(hits), groups=groups,
        rows=[{"region_a": c.region_a, "region_b": c.region_b, "grade": c.grade, "words": words(SCALE, c.grade)}
              for c in hits],
        citations=[cit], notes=notes,
    )


def partners_of_all(kind: Literal["rd", "business"] = "business", min_grade: str = "o",
                    max_grade: str | None = None, except_region: str | None = None) -> ToolResult:
    """The regions whose cooperation with every other region of the matrix lies between ``min_grade`` and
    ``max_grade``.

    Args:
        kind: "rd" (R&D cooperation, Figure 13) or "business" (business cooperation, Figure 16).
        min_grade: The weakest grade every partner must reach: "++", "+", "o" or "-" (or words).
        max_grade: The strongest grade any partner may have (optional), e.g. "-" for "only weak".
        except_region: A region left out of "every other region" (optional), e.g. "Central Western Europe".
    """
    (k,) = _kinds(kind)
    lo = parse_grade(SCALE, min_grade)
    lo_r = rank(SCALE, lo)
    hi_r = rank(SCALE, parse_grade(SCALE, max_grade)) if max_grade else None
    regions = _matrix_regions(k)
    skip = resolve_region(except_region) if except_region else None
    hits, rows = [], []
    for r in regions:
        if r == skip:
            continue
        cells = [_matrix(k)[(r, o)] for o in regions if o not in (r, skip)]
        weakest = min(cells, key=lambda c: rank(SCALE, c.grade))
        strongest = max(cells, key=lambda c: rank(SCALE, c.grade))
        rows.append({"region": r, "weakest": weakest.grade, "strongest": strongest.grade})
        if rank(SCALE, weakest.grade) >= lo_r and (hi_r is None or rank(SCALE, strongest.grade) <= hi_r):
            hits.append(r)
    cit, notes = _cite(k, [_matrix(k)[(a, b)] for a in regions for b in regions if a != b])
    return ToolResult(
        tool="partners_of_all", args={"kind": k, "min_grade": lo, "max_grade": max_grade, "except_region": skip},
        title=f"Regions with {_KIND_WORDS[k]} graded at least \"{lo}\"" + (f" and at most \"{max_grade}\"" if max_grade else "")
        + f" with every other region (Figure {_figure_key(k)})",
        items=hits, count=len(hits), value=hits[0] if len(hits) == 1 else None, rows=rows,
        citations=[cit], notes=notes,
    )


def rank_regions(kind: Literal["rd", "business"] = "business", grade: str = "++") -> ToolResult:
    """Regions ranked by how many partners they have at ``grade`` or stronger; ``items`` are the leaders.

    Args:
        kind: "rd" (R&D cooperation, Figure 13) or "business" (business cooperation, Figure 16).
        grade: The grade to count, or stronger: "++", "+", "o" or "-" (or words).
    """
    (k,) = _kinds(kind)
    g = parse_grade(SCALE, grade)
    g_r = rank(SCALE, g)
    regions = _matrix_regions(k)
    counts = {r: sum(1 for o in regions if o != r and rank(SCALE, _matrix(k)[(r, o)].grade) >= g_r) for r in regions}
    top = max(counts.values())
    items = [r for r in regions if counts[r] == top and top > 0]
    cit, notes = _cite(k, [_matrix(k)[(a, b)] for a in regions for b in regions if a != b])
    return ToolResult(
        tool="rank_regions", args={"kind": k, "grade": g},
        title=f"Regions with the most partners graded \"{g}\" or stronger in {_KIND_WORDS[k]} ({top}, Figure {_figure_key(k)})",
        items=items, count=len(items), value=items[0] if len(items) == 1 else None,
        rows=[{"region": r, "count": counts[r]} for r in sorted(regions, key=lambda r: -counts[r])],
        citations=[cit], notes=notes,
    )


def strongest_pairs(kind: Literal["rd", "business"] = "rd") -> ToolResult:
    """The region pairs at the highest cooperation grade present in a matrix; each pair once.

    Args:
        kind: "rd" (R&D cooperation, Figure 13) or "business" (business cooperation, Figure 16).
    """
    (k,) = _kinds(kind)
    cells = [_matrix(k)[p] for p in _unordered_pairs(k)]
    top = max(rank(SCALE, c.grade) for c in cells)
    hits = [c for c in cells if rank(SCALE, c.grade) == top]
    grade = hits[0].grade
    cit, notes = _cite(k, cells)
    return ToolResult(
        tool="strongest_pairs", args={"kind": k},
        title=f"Region pairs with the strongest {_KIND_WORDS[k]}: \"{grade}\" ({words(SCALE, grade)}, "
              f"Figure {_figure_key(k)})",
        value=grade, items=[(c.region_a, c.region_b) for c in hits], count=len(hits),
        rows=[{"region_a": c.region_a, "region_b": c.region_b, "grade": c.grade} for c in hits],
        citations=[cit], notes=notes,
    )
