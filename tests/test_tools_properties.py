"""Property tests over the tools: direction algebra, symmetry, citations that point at real cells."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tools
from structured import load_tables
from tools.names import canonical_names

T = load_tables()
INDUSTRIES = st.sampled_from(canonical_names("industry"))
TRENDS = st.sampled_from(canonical_names("trend"))
EURO = st.sampled_from(tools.list_items("european_regions").items)
KINDS = st.sampled_from(["rd", "business"])


@settings(max_examples=50, deadline=None)
@given(INDUSTRIES)
def test_direction_partition_for_industries(industry):
    d = {k: set(tools.trends_for_industry(industry, k).items)
         for k in ("downstream_only", "upstream_only", "both", "either", "downstream", "upstream")}
    assert d["downstream_only"] | d["upstream_only"] | d["both"] == d["either"]
    assert not (d["downstream_only"] & d["upstream_only"]) and not (d["both"] & d["downstream_only"])
    assert d["both"] == d["downstream"] & d["upstream"]


@settings(max_examples=50, deadline=None)
@given(TRENDS)
def test_direction_partition_for_trends(trend):
    d = {k: set(tools.industries_for_trend(trend, k).items)
         for k in ("downstream_only", "upstream_only", "both", "either")}
    assert d["downstream_only"] | d["upstream_only"] | d["both"] == d["either"]


@settings(max_examples=60, deadline=None)
@given(EURO, EURO, KINDS)
def test_cooperation_symmetric(a, b, kind):
    if a == b:
        with pytest.raises(tools.InvalidArgument):
            tools.cooperation_grade(a, b, kind)
        return
    assert tools.cooperation_grade(a, b, kind).value == tools.cooperation_grade(b, a, kind).value


@settings(max_examples=40, deadline=None)
@given(EURO, KINDS, st.sampled_from(["++", "+", "o", "-"]))
def test_partners_threshold_monotone(region, kind, grade):
    at_least = set(tools.partners(region, kind, grade).items)
    assert at_least <= set(tools.partners(region, kind, "-").items)
    assert all(tools.cooperation_grade(region, p, kind).value in {"++", "+", "o", "-"} for p in at_least)


def _table_cells() -> dict[str, set[tuple[str, str]]]:
    cells: dict[str, set[tuple[str, str]]] = {}
    for c in (*T.downstream, *T.upstream, *T.aosi):
        cells.setdefault(str(c.figure), set()).add((c.trend, c.industry))
    for r in T.subtrends:
        cells.setdefault(str(r.figure), set()).add((r.trend, r.industry))
    for c in T.crossover:
        cells.setdefault(str(c.figure), set()).add((f"{c.industry} | {c.subtrend}", c.parameter))
    for r in T.regions:
        cells.setdefault(str(r.figure), set()).add((r.region, r.country))
    for c in T.cooperation:
        cells.setdefault(str(c.figure), set()).add((c.region_a, c.region_b))
    for i in T.industries:
        cells.setdefault(str(i.figure), set()).add((i.name, "Abbreviation"))
    return cells


CELLS = _table_cells()
PARAMS = st.sampled_from(canonical_names("parameter"))
SUBTRENDS = st.sampled_from([(s.industry, s.figure6) for s in T.subtrend_names])
DIRS = st.sampled_from(["downstream", "upstream", "both", "either", "downstream_only", "upstream_only", "aosi"])

CALLS = st.one_of(
    st.builds(lambda i, d: tools.trends_for_industry(i, d), INDUSTRIES, DIRS),
    st.builds(lambda t, d: tools.industries_for_trend(t, d), TRENDS, DIRS),
    st.builds(lambda t, i, d: tools.matrix_cell(t, i, d), TRENDS, INDUSTRIES,
              st.sampled_from(["downstream", "upstream", "aosi"])),
    st.builds(lambda e, d: tools.rank_matrix(e, d), st.sampled_from(["industry", "trend"]), DIRS),
    st.builds(lambda t, i: tools.subtrends_for(t, i), st.one_of(st.none(), TRENDS), st.one_of(st.none(), INDUSTRIES)),
    st.builds(lambda s, p: tools.crossover_grade(s[0], s[1], p), SUBTRENDS, PARAMS),
    st.builds(lambda p, g, i: tools.subtrends_at_grade(p, g, i), PARAMS, st.sampled_from(["✓✓", "✓", ""]),
              st.one_of(st.none(), INDUSTRIES)),
    st.builds(lambda i, g: tools.parameter_ranking(i, g), st.one_of(st.none(), INDUSTRIES),
              st.sampled_from(["✓✓", "✓", ""])),
    st.builds(lambda a, b, k: tools.cooperation_grade(a, b, k) if a != b else tools.strongest_pairs(k), EURO, EURO,
              KINDS),
    st.builds(lambda r, k: tools.partners(r, k, "-"), EURO, KINDS),
    st.builds(lambda c: tools.region_of(c), st.sampled_from(canonical_names("country"))),
    st.just(None).map(lambda _: tools.crossover_gaps()),
    st.just(None).map(lambda _: tools.grade_differences()),
    st.just(None).map(lambda _: tools.list_items("industries")),
)


@settings(max_examples=150, deadline=None)
@given(CALLS)
def test_every_cited_cell_exists(result):
    assert result.citations
    for cit in result.citations:
        for cell in cit.cells:
            assert cell in CELLS[cit.figure], (cit.figure, cell)
    assert result.count is None or result.count >= 0
