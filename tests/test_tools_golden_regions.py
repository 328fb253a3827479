"""Golden answers for the crossover (Figure 7) and cooperation (Figures 10, 13, 16) tools, read off the report by eye."""

from __future__ import annotations

import pytest
from golden_names import (
    BG,
    CARBON,
    CEE,
    CWE,
    DI,
    ENVI,
    IS,
    MD,
    MT,
    NE,
    NWE,
    SEE,
    SWE,
    check_common,
    ids,
)

import tools

# --- Figure 7 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("industry,subtrend,parameter,expected", [
    ("Logistical Services", "Trillion Sensor", "Information sharing", "✓✓"),
    ("LS", "TrillionSensor", "Sustainable competitive advantage orientation", "✓"),
    ("LS", "Trillion Sensor", "Customer service orientation", ""),
    ("LS", "e-Commerce", "Customer service orientation", "✓✓"),
    ("MD", "Digitalisation", "Sustainable competitive advantage", "✓✓"),
    ("EnvI", "Digitalisation", "Sustainable competitive advantage", "✓"),
    ("BG", "Shortage of potable water", "Business process orientation", "✓✓"),
    ("MT", "Shared wired/wireless infrastructure", "Information sharing", "✓✓"),
])
def test_crossover_grade(industry, subtrend, parameter, expected):
    r = tools.crossover_grade(industry, subtrend, parameter)
    check_common(r)
    assert r.value == expected
    (cit,) = r.citations
    assert cit.figure == "7" and cit.page == 28 and len(cit.cells) == 1


def test_crossover_no_mark_is_weaker_not_none():
    r = tools.crossover_grade("LS", "Trillion Sensor", "Customer service orientation")
    assert "weaker" in r.title and "not none" in r.title
    assert "N11" in ids(r)  # the Trillion Sensor spelling note


def test_crossover_odd_cell_keeps_raw_with_note():
    r = tools.crossover_grade("EnvI", "Decoupling economic growth from environmental pollution",
                              "Sustainable competitive advantage orientation")
    assert r.value == "✓v"
    assert ids(r) == ["N08"]


def test_crossover_missing_row_is_a_result_with_note():
    r = tools.crossover_grade("MT", "e-Mobility", IS)
    check_common(r)
    assert r.value is None and r.count == 0
    assert "N06" in ids(r)


def test_crossover_subtrend_not_listed_for_industry():
    with pytest.raises(tools.NotInMatrix, match="Figure 6 does not list"):
        tools.crossover_grade("BG", "e-Commerce", IS)


def test_subtrend_profile():
    r = tools.subtrend_profile("Everything everywhere")
    check_common(r)
    assert r.groups["✓✓"] == ["Business relationships", IS]
    assert r.groups["✓"] == []
    assert len(r.groups[""]) == 6


def test_subtrend_profile_unmarked_row():
    r = tools.subtrend_profile("Single device/converged services", "MT")
    assert r.items == [] and r.groups["✓✓"] == [] and r.groups["✓"] == [] and len(r.groups[""]) == 8
    assert "N07" in ids(r)


def test_subtrend_profile_needs_industry_when_ambiguous():
    with pytest.raises(tools.AmbiguousName) as e:
        tools.subtrend_profile("Digitalisation")
    assert set(e.value.candidates) == {MD, ENVI}
    r = tools.subtrend_profile("Digitalisation", "MD")
    assert r.groups["✓✓"] == ["Sustainable competitive advantage orientation", IS]
    assert r.groups["✓"] == ["Customer service orientation"]


@pytest.mark.parametrize("kwargs,expected", [
    (dict(parameter=IS, min_grade="✓✓", industry="LS"),
     ["Internet Everywhere", "Trillion Sensor", "Faster time to deliver (concept to market)",
      "Faster and informed decision making", "Anytime, anywhere access to resources", "Everything everywhere",
      "Local content"]),
    (dict(parameter="Agile implementation strategies", min_grade="very strong", industry="EnvI"), ["Urban mining"]),
    (dict(parameter="Virtual integration concepts", min_grade="✓✓", industry="BG"), []),
    (dict(parameter="Virtual integration concepts", min_grade="strong", industry="BG"),
     ["Increase of seaborne trade volume", "Off-shore fossil fuel"]),
    (dict(parameter="Customer service orientation", min_grade="✓✓", industry="MD"),
     ["Personalised Healthcare", "More years, better life"]),
])
def test_subtrends_at_grade_with_industry(kwargs, expected):
    r = tools.subtrends_at_grade(**kwargs)
    check_common(r)
    assert r.items == expected


def test_subtrends_at_grade_pairs_and_trend_filter():
    r = tools.subtrends_at_grade("Knowledge-based learning orientation", "✓✓")
    assert r.items == [(ENVI, "Remediation & Recycling economy"), (BG, "Deep sea mining")]
    r = tools.subtrends_at_grade("Sustainable competitive advantage orientation", "✓✓", trend=CARBON)
    assert r.items == [(ENVI, "Renewable energy"), (ENVI, "Sustainable development")]
    # the odd "✓v" cell is not counted as a grade
    r = tools.subtrends_at_grade("Sustainable competitive advantage orientation", "✓", industry="EnvI")
    assert "Decoupling economic growth from environmental pollution" not in r.items
    assert "N08" in ids(r)


def test_parameter_ranking():
    r = tools.parameter_ranking(grade="✓✓")
    check_common(r)
    assert r.items[0] == IS
    r = tools.parameter_ranking("BG", "✓✓")
    assert r.groups["2"] == ["Business process orientation", IS]
    r = tools.parameter_ranking("BG", "✓", at_least=True)
    assert r.rows[0] == {"name": IS, "count": 5}


def test_subtrends_with_many():
    assert tools.subtrends_with_many("✓✓", 3).items == []
    r = tools.subtrends_with_many("✓✓", 2, "BG")
    assert r.items == ["Shortage of potable water"]
    r = tools.subtrends_with_many("✓", 5, "LS")
    assert r.items == ["Internet Everywhere", "Faster time to deliver (concept to market)"]
    assert r.rows[0]["count"] == 6


def test_crossover_gaps():
    r = tools.crossover_gaps()
    check_common(r)
    assert r.groups["industries without Figure 7 rows"] == [DI]
    assert len(r.groups["sub-trends missing from Figure 7"]) == 8 + 4
    assert r.groups["Figure 7 rows with no mark"] == [f"{MT} | Single device/converged services"]
    assert {"N05", "N06", "N07"} <= set(ids(r))


# --- Figures 10, 13, 16 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("country,expected", [
    ("Poland", CEE), ("Polish", CEE), ("Portugal", SWE), ("Italy", SWE), ("Turkey", SEE), ("Shetlands", NWE),
    ("Switzerland", CWE), ("Faroe Islands", NE), ("Japan", "Eastern Asia"), ("Israel", "Arabian Peninsula"),
    ("Cameron", "South America"), ("Nordic Countries", NE),
])
def test_region_of(country, expected):
    r = tools.region_of(country)
    check_common(r)
    assert r.value == expected


def test_countries_in():
    r = tools.countries_in("Oceania")
    assert r.items == ["Australia", "New Zealand"]
    r = tools.countries_in("North-West Europe")
    assert r.items == ["England", "Ireland", "Shetlands", "UK"]


@pytest.mark.parametrize("a,b,kind,expected", [
    ("Nordics", "Iberia", "rd", "-"),
    ("Nordics", "Iberia", "business", "+"),
    ("Central Western Europe", "Southwest Europe", "rd", "++"),
    ("Polish", "Spain", "rd", "o"),
    ("Germany", "Sweden", "business", "++"),
    ("Northwest Europe", "Northern Europe", "business", "o"),
    ("Southeast Europe", "Central Western Europe", "business", "o"),
    ("Southeast Europe", "Central Western Europe", "rd", "-"),
])
def test_cooperation_grade(a, b, kind, expected):
    r = tools.cooperation_grade(a, b, kind)
    check_common(r)
    assert r.value == expected
    assert r.citations[0].figure == {"rd": "13", "business": "16"}[kind]


def test_cooperation_grade_both_and_contradiction_notes():
    r = tools.cooperation_grade("Southwest Europe", "Northern Europe")
    assert r.value is None
    assert [(row["kind"], row["grade"]) for row in r.rows] == [("rd", "-"), ("business", "+")]
    assert [c.figure for c in r.citations] == ["13", "16"]
    assert {"N16", "N18"} <= set(ids(r))


def test_cooperation_outside_matrix():
    with pytest.raises(tools.NotInMatrix) as e:
        tools.cooperation_grade("Eastern Asia", "Nordics", "rd")
    msg = str(e.value)
    assert "six" in msg and all(r in msg for r in (NE, NWE, CWE, SWE, CEE, SEE))
    with pytest.raises(tools.InvalidArgument):
        tools.cooperation_grade("Germany", "Austria", "rd")  # same region: the diagonal is empty


@pytest.mark.parametrize("region,kind,lo,hi,expected", [
    (CWE, "rd", "o", None, [SWE, NE]),
    (SEE, "rd", "+", None, []),
    (NE, "business", "at least medium", None, [CWE, SWE, NWE]),
    (SEE, "business", "-", "-", [NE, NWE, SWE, CEE]),
    (SWE, "rd", "medium", "medium", [NWE, CEE]),
])
def test_partners(region, kind, lo, hi, expected):
    r = tools.partners(region, kind, lo, hi)
    check_common(r)
    assert r.items == expected


def test_grade_differences():
    r = tools.grade_differences("rd_stronger")
    assert r.items == [(NWE, SWE), (SWE, CEE)]
    r = tools.grade_differences("business_stronger")
    assert sorted(r.items) == sorted([(NE, NWE), (NE, CWE), (NE, SWE), (NWE, CWE), (CWE, CEE), (CWE, SEE)])
    assert tools.grade_differences().count == 8


@pytest.mark.parametrize("kind,grade,expected", [
    ("rd", "++", [(CWE, SWE)]),
    ("business", "++", [(NE, CWE), (CWE, SWE)]),
])
def test_strongest_pairs(kind, grade, expected):
    r = tools.strongest_pairs(kind)
    assert r.value == grade and r.items == expected
