"""Golden answers for every tool, read off the report's figures by eye (corpus/report.txt)."""

from __future__ import annotations

import pytest
from golden_names import (
    AP,
    BG,
    BIG,
    BP,
    CARBON,
    CEE,
    CI,
    CONS,
    CONV,
    CWE,
    DI,
    ENTRE,
    ENVI,
    EXPI,
    GEO,
    IMMED,
    INNO,
    IS,
    LS,
    MD,
    MT,
    NE,
    NWE,
    PERS,
    SEE,
    SHORT,
    SOCIAL,
    SWE,
    XLINK,
    check_common,
    ids,
)

import tools

# --- Figures 3, 4, 5 ------------------------------------------------------------------------------------

TRENDS_FOR_INDUSTRY = [
    # Figure 3's LS column has four marks (the issue text says five; five is the "either" answer)
    (LS, "downstream", [XLINK, PERS, IMMED, GEO]),
    (LS, "upstream", [XLINK, PERS, SHORT]),
    (LS, "either", [XLINK, PERS, IMMED, GEO, SHORT]),
    (LS, "both", [XLINK, PERS]),
    (LS, "downstream_only", [IMMED, GEO]),
    (LS, "upstream_only", [SHORT]),
    (LS, "aosi", [XLINK, SOCIAL, PERS, GEO]),
    ("Experience Industries", "downstream", [SOCIAL, ENTRE]),
    ("DI", "downstream", [XLINK, BIG, PERS, IMMED, GEO, INNO, ENTRE, CONV, CONS, SHORT, CARBON]),
    ("Biopharmaceuticals", "aosi", []),  # empty answer
    ("Mobility Technology", "upstream", [CONV, CARBON]),
]


@pytest.mark.parametrize("industry,direction,expected", TRENDS_FOR_INDUSTRY)
def test_trends_for_industry(industry, direction, expected):
    r = tools.trends_for_industry(industry, direction)
    check_common(r)
    assert r.items == expected
    assert r.count == len(expected)


INDUSTRIES_FOR_TREND = [
    (CARBON, "downstream", [MT, DI, ENVI, BG, AP]),
    (CARBON, "upstream", [MT, ENVI, BG]),
    (CARBON, "aosi", [MT, ENVI, BG]),
    ("IoT", "upstream", [LS, AP]),
    (CONS, "upstream", [MD, DI, CI, BP]),
    (INNO, "upstream", []),
    (GEO, "downstream_only", [MT, LS, DI, ENVI, BG, BP]),
    (SOCIAL, "either", [DI, EXPI, CI]),
    (SOCIAL, "aosi", [LS, CI]),
]


@pytest.mark.parametrize("trend,direction,expected", INDUSTRIES_FOR_TREND)
def test_industries_for_trend(trend, direction, expected):
    r = tools.industries_for_trend(trend, direction)
    check_common(r)
    assert r.items == expected


@pytest.mark.parametrize("trend,industry,direction,expected", [
    (SOCIAL, LS, "aosi", "yes"),
    (SOCIAL, LS, "downstream", "no"),
    (SOCIAL, LS, "upstream", "no"),
    (BIG, "EnvI", "downstream", "yes"),
    (SHORT, LS, "upstream", "yes"),
    (SHORT, LS, "downstream", "no"),
])
def test_matrix_cell(trend, industry, direction, expected):
    r = tools.matrix_cell(trend, industry, direction)
    check_common(r)
    assert r.value == expected


def test_aosi_cells_carry_count_note_and_direction_note():
    r = tools.matrix_cell(SOCIAL, "LS", "aosi")
    assert {"N01", "N02"} <= set(ids(r))
    assert r.citations[0].figure == "5" and r.citations[0].cells == ((SOCIAL, LS),)
    assert r.citations[0].page == 13 and r.citations[0].section == "2.3"


def test_both_directions_cite_both_figures():
    r = tools.trends_for_industry("LS", "either")
    assert [c.figure for c in r.citations] == ["3", "4"]
    assert all(len(c.cells) == 12 for c in r.citations)


def test_rank_matrix_aosi_industries():
    r = tools.rank_matrix("industry", "aosi")
    check_common(r)
    assert r.items[0] == LS and r.rows[0] == {"name": LS, "count": 4}
    assert r.groups["4"] == [LS]
    assert set(r.groups["2"]) == {MT, DI}
    assert set(r.groups["1"]) == {MD, ENVI, CI, BG, AP}
    assert set(r.groups["0"]) == {EXPI, BP}
    assert sum(row["count"] for row in r.rows) == 13


def test_rank_matrix_trends_downstream():
    r = tools.rank_matrix("trend", "downstream")
    assert r.rows[0]["count"] == 6
    assert r.groups["6"] == [PERS, GEO]
    assert r.groups["5"] == [BIG, CARBON]
    assert r.groups["1"] == [CONS]


@pytest.mark.parametrize("include,exclude,expected", [
    (["aosi"], ["downstream", "upstream"], [(SOCIAL, LS)]),
    (["aosi"], ["upstream"], [(SOCIAL, LS), (GEO, LS)]),
    (["downstream", "upstream"], ["aosi"], []),
    (["upstream"], ["downstream"], [(XLINK, AP), (SOCIAL, DI), (PERS, EXPI), (IMMED, CI), (CONS, MD), (CONS, CI),
                                    (CONS, BP), (SHORT, LS)]),
])
def test_compare_matrices(include, exclude, expected):
    r = tools.compare_matrices(include, exclude)
    check_common(r)
    assert sorted(r.items) == sorted(expected)


# --- Figure 6 --------------------------------------------------------------------------------------------

def test_subtrends_for_hotspot_in_printed_order():
    r = tools.subtrends_for(CARBON, "BG")
    check_common(r)
    assert r.items == ["Shortage of potable water", "Protection of coastal areas",
                       "Increase of seaborne trade volume", "Food & water production",
                       "Additional space by land reclamation", "Off-shore fossil fuel", "Renewable offshore energy",
                       "Deep sea mining"]
    assert [row["position"] for row in r.rows] == list(range(1, 9))


def test_subtrends_for_industry_groups_by_hotspot():
    r = tools.subtrends_for(industry="LS")
    assert len(r.groups) == 4
    assert r.groups[f"{XLINK} × {LS}"][-1] == "e-Commerce"
    assert r.items.count("e-Commerce") == 1


def test_subtrends_for_aosi_without_subtrends_is_empty_with_note():
    r = tools.subtrends_for(BIG, "DI")
    check_common(r)
    assert r.items == [] and r.count == 0
    assert "N04" in ids(r)


@pytest.mark.parametrize("subtrend,expected", [
    ("e-Commerce", [(XLINK, LS), (SOCIAL, LS), (PERS, LS), (GEO, LS), (CARBON, MT)]),
    ("Theranostics", [(PERS, MD)]),
    ("Same devices for similar activities", [(CONV, MT), (CONS, DI)]),
])
def test_aosis_with_subtrend(subtrend, expected):
    r = tools.aosis_with_subtrend(subtrend)
    check_common(r)
    assert r.items == expected


@pytest.mark.parametrize("subtrend,expected", [
    ("Digitalisation", [MD, ENVI]),
    ("Trillion sensors", [LS, ENVI]),
    ("Emergence of the Prosument", [LS, CI]),
    ("Deep sea mining", [BG]),
])
def test_subtrend_industries(subtrend, expected):
    r = tools.subtrend_industries(subtrend)
    check_common(r)
    assert sorted(r.items) == sorted(expected)


# --- lists, definitions, figures, notes ------------------------------------------------------------------

def test_list_items():
    r = tools.list_items("industries")
    assert r.count == 10 and r.rows[5] == {"name": ENVI, "abbreviation": "EnvI"}
    assert tools.list_items("mega_trends").count == 12
    assert tools.list_items("parameters").items[-1] == "Virtual integration concepts"
    assert tools.list_items("service_spectrum").items == [
        "market intelligence services", "matchmaking services", "project development services", "innovation vouchers"]
    assert tools.list_items("european_regions").items == [NE, NWE, CWE, SWE, CEE, SEE]
    assert tools.list_items("regions").count == 12
    assert tools.list_items("key_areas").items[0] == "Strategy & Performance"
    assert tools.list_items("characteristics").items[0] == "vertical disintegration"


def test_trend_and_parameter_info_quote_verbatim():
    import corpus

    r = tools.trend_info("IoT")
    assert r.value == "Cross-linkage of subjects and objects (Internet of Things, etc.)"
    assert r.citations[0].quote in corpus.report_text() and r.citations[0].section == "2.2"
    assert "N15" in ids(tools.trend_info("Shortening of lifetime cycles"))
    r = tools.parameter_info("agility")
    assert r.items == ["Agile implementation strategies"] and r.citations[0].quote in corpus.report_text()


@pytest.mark.parametrize("industry,aspect,expected", [
    ("BG", "strategic importance", ["high"]),
    ("Digital Industries", "services", ["low"]),
    ("Creative Industries", "services", ["low"]),
    ("Experience Industries", "strategic importance", []),
])
def test_portfolio(industry, aspect, expected):
    r = tools.portfolio(industry, aspect)
    check_common(r)
    assert r.items == expected
    for c in r.citations:
        if c.quote:
            import corpus

            assert c.quote in corpus.report_text()


def test_portfolio_aspect_pairs():
    r = tools.portfolio(aspect="importance trend")
    assert ("Blue Growth Industries", "rising") in r.items and (LS, "decreasing") in r.items
    assert "not in the text" in r.title


@pytest.mark.parametrize("figure,has_table,page", [("3", True, 12), ("Figure 13", True, 40), ("9", False, 34),
                                                   ("17b", False, 44), ("17", False, 47)])
def test_figure_info(figure, has_table, page):
    r = tools.figure_info(figure)
    assert r.rows[0]["has_table"] is has_table and r.citations[0].page == page
    if not has_table:
        assert "not in the text" in r.title


@pytest.mark.parametrize("figure,also", [("17", ["17b"]), ("17b", ["17"]), ("13", [])])
def test_figure_info_cites_the_other_figure_printed_with_its_number(figure, also):
    assert [c.figure for c in tools.figure_info(figure).citations][1:] == also


def test_figure_info_unknown_lists_range():
    with pytest.raises(tools.UnknownName, match="1–35"):
        tools.figure_info("36")
    assert "N09" in ids(tools.figure_info("17b"))


@pytest.mark.parametrize("query,expected", [("R&D cooperation matrix", "13"), ("business cooperation matrix", "16"),
                                            ("service spectrum", "17b"), ("used abbreviations", "1"),
                                            ("geographic regions", "10"), ("crossover points", "7")])
def test_figure_lookup_by_caption_words(query, expected):
    assert tools.figure_lookup(query).value == expected


def test_notes():
    r = tools.all_notes()
    assert r.count == len(r.notes) and r.items[0][0] == "N01"
    assert [n.id for n in tools.notes_for_cells([("13", SWE, NE)])] == ["N16"]
    assert [n.id for n in tools.notes_for_cells([(7, f"{LS} | Trillion Sensor", IS)])] == ["N11"]
    assert tools.notes_for_cells([("3", BIG, MT)]) == []


# --- compose ---------------------------------------------------------------------------------------------

def test_compose():
    down = tools.trends_for_industry("LS", "downstream")
    up = tools.trends_for_industry("LS", "upstream")
    assert tools.intersect(down, up).items == [XLINK, PERS]
    assert tools.subtract(down, up).items == [IMMED, GEO]
    u = tools.union(down, up)
    assert u.items == [XLINK, PERS, IMMED, GEO, SHORT] and len(u.citations) == 2
    pairs = tools.compare_matrices(["aosi"])
    assert tools.restrict(pairs, {LS}, position=1).count == 4
    assert tools.restrict(pairs, {CARBON}, position=0).items == [(CARBON, MT), (CARBON, ENVI), (CARBON, BG)]
