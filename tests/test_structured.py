"""The structured tables: shapes, spot checks read off the report by eye, vocabulary, notes and the loader."""

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import corpus
from structured import MalformedRow, MissingDataFile, UnknownColumn, load_tables, read_table
from structured.records import Industry

T = load_tables()
ROOT = Path(__file__).parents[1]


def marked(cells):
    return {(c.trend, c.industry) for c in cells if c.marked}


def test_shapes():
    assert len(T.industries) == 10
    assert len({c.trend for c in T.downstream}) == 12 == len(T.megatrends)
    assert len(T.parameters) == 8 == len({c.parameter for c in T.crossover})
    assert len(T.key_areas) == 4 and len(T.characteristics) == 5
    for cells in (T.downstream, T.upstream, T.aosi):
        assert len(cells) == 120
    for kind in ("rd", "business"):
        cells = {(c.region_a, c.region_b): c.grade for c in T.cooperation if c.kind == kind}
        regions = {a for a, _ in cells}
        assert len(regions) == 6 and len(cells) == 30
        for (a, b), g in cells.items():
            assert cells[(b, a)] == g


def test_grades_are_from_the_legend_except_flagged_odd_cells():
    coop = {e.symbol for e in T.legend if e.scale == "cooperation"}
    assert coop == {"++", "+", "o", "-"}
    assert {c.grade for c in T.cooperation} <= coop
    cross = {e.symbol for e in T.legend if e.scale == "crossover"}
    odd = [c for c in T.crossover if c.grade not in cross]
    assert [(c.raw, c.grade) for c in odd] == [("✓v", "?")]
    assert any(n.kind == "odd_cell" for n in T.notes)


@pytest.mark.parametrize("cells,trend,industry,expected", [
    ("downstream", "Big data", "Medical Devices", True),
    ("downstream", "Innovation dynamics", "Logistical Services", False),
    ("downstream", "Carbon foot-print reduction", "Advanced Packaging", True),
    ("downstream", "Impact of social media", "Experience Industries", True),
    ("upstream", "Shortening of lifetime cycles", "Logistical Services", True),
    ("upstream", "Big data", "Medical Devices", False),
    ("upstream", "Consumerisation, proliferation and ubiquity of IT", "Biopharmaceuticals", True),
    ("upstream", "Changes of geo-economical dynamics", "Logistical Services", False),
    ("aosi", "Changes of geo-economical dynamics", "Logistical Services", True),
    ("aosi", "Immediate availability of products & services", "Logistical Services", False),
    ("aosi", "Convergence of products, devices and services", "Mobility Technologies", True),
])
def test_mark_matrix_spot_checks(cells, trend, industry, expected):
    assert ((trend, industry) in marked(getattr(T, cells))) is expected


def test_marked_counts():
    assert len(marked(T.downstream)) == 43
    assert len(marked(T.upstream)) == 19
    assert len(marked(T.aosi)) == 13


def test_figure6_spot_checks():
    rows = [r.subtrend for r in T.subtrends if r.trend == "Cross-linkage of subjects & objects"]
    assert rows == ["Internet Everywhere", "Cyber Physical Systems", '"TrillionSensor" (sensor networks)',
                    "Future Internet", "e-Commerce"]
    assert len({(r.trend, r.industry) for r in T.subtrends}) == 12
    bg = [r.subtrend for r in T.subtrends if r.industry == "Blue Growth Industries"]
    assert bg[0] == "Shortage of potable water" and bg[-1] == "Deep sea mining" and len(bg) == 8


@pytest.mark.parametrize("industry,subtrend,parameter,raw", [
    ("Logistical Services", "Internet Everywhere", "Business relationships", "✓✓"),
    ("Logistical Services", "e-Commerce", "Business relationships", ""),
    ("Logistical Services", "Trillion Sensor", "Information sharing", "✓✓"),
    ("Logistical Services", "Demographic changes", "Knowledge-based learning orientation", "✓"),
    ("Creative Industries", "Increased velocity of processes", "Business process orientation", "✓✓"),
    ("Mobility Technologies", "Shared w/wl infrastructure", "Information sharing", "✓✓"),
    ("Environmental Industries", "Decoupling economic growth from environmental pollution",
     "Sustainable competitive advantage orientation", "✓v"),
    ("Blue Growth Industries", "Deep sea mining", "Knowledge-based learning orientation", "✓✓"),
    ("Advanced Packaging", "Fighting counterfeiting", "Virtual integration concepts", "✓"),
    ("Medical Devices", "More years, better life", "Information sharing", ""),
])
def test_figure7_spot_checks(industry, subtrend, parameter, raw):
    cell = next(c for c in T.crossover if (c.industry, c.subtrend, c.parameter) == (industry, subtrend, parameter))
    assert cell.raw == raw


def test_figure7_links_spellings_to_figure6():
    links = {(r.industry, r.figure7): r.figure6 for r in T.subtrend_names if r.figure7}
    assert links[("Logistical Services", "Trillion Sensor")] == '"TrillionSensor" (sensor networks)'
    assert links[("Mobility Technologies", "Shared w/wl infrastructure")] == "Shared wired/wireless infrastructure"
    assert links[("Environmental Industries", "Trillion Sensors")] == "Trillion sensors (sensor networks)"
    assert "Digital Industries" not in {c.industry for c in T.crossover}


def test_figure10_regions():
    where = {}
    for r in T.regions:
        where.setdefault(r.country, set()).add(r.region)
    assert where["Poland"] == {"Central Eastern Europe"}
    assert where["Italy"] == {"Southwest Europe"}
    assert where["Denmark"] == {"Northern Europe"} and where["Faroe Islands"] == {"Northern Europe"}
    assert "Denmark Faroe Islands" not in where and "Nordic Countries" in where
    assert Counter((r.region, r.country) for r in T.regions).most_common(1)[0][1] == 1
    assert len({r.region for r in T.regions}) == 12


@pytest.mark.parametrize("kind,a,b,grade", [
    ("rd", "Central Western Europe", "Southwest Europe", "++"),
    ("rd", "Northern Europe", "Central Western Europe", "+"),
    ("rd", "Northwest Europe", "Southwest Europe", "o"),
    ("rd", "Northern Europe", "Northwest Europe", "-"),
    ("business", "Northern Europe", "Central Western Europe", "++"),
    ("business", "Central Western Europe", "Southeast Europe", "o"),
    ("business", "Southwest Europe", "Northern Europe", "+"),
    ("business", "Central Eastern Europe", "Southeast Europe", "-"),
])
def test_cooperation_spot_checks(kind, a, b, grade):
    cell = next(c for c in T.cooperation if (c.kind, c.region_a, c.region_b) == (kind, a, b))
    assert cell.grade == grade


def test_lists():
    assert [k.name for k in T.key_areas][0] == "Strategy & Performance"
    assert [s.service for s in T.service_spectrum] == ["market intelligence services", "matchmaking services",
                                                        "project development services", "innovation vouchers"]
    assert T.characteristics[0].name == "vertical disintegration"
    for m in T.megatrends:
        assert m.description.split("\n")[0] in corpus.report_text()
    for c in T.characteristics:
        assert c.quote in corpus.report_text()
    for p in T.portfolio:
        assert p.quote in corpus.report_text() and p.source.startswith("derived from the text")


def test_every_alias_resolves_to_exactly_one_canonical_name():
    by_alias = {}
    for v in T.vocabulary:
        by_alias.setdefault((v.kind, v.alias.lower()), set()).add(v.canonical)
    clashes = {k: v for k, v in by_alias.items() if len(v) > 1}
    assert not clashes
    canon = {"industry": {i.name for i in T.industries}, "trend": {m.name for m in T.megatrends},
             "parameter": {p.name for p in T.parameters}, "region": {r.region for r in T.regions},
             "country": {r.country for r in T.regions}, "subtrend": {r.subtrend for r in T.subtrends}}
    for v in T.vocabulary:
        assert v.canonical in canon[v.kind], v
    assert by_alias[("trend", "iot")] == {"Cross-linkage of subjects & objects"}
    assert by_alias[("region", "nordics")] == {"Northern Europe"}
    assert by_alias[("industry", "envi")] == {"Environmental Industries"}
    assert by_alias[("industry", "mobility technology")] == {"Mobility Technologies"}


def test_report_variants_in_the_curated_aliases_occur_in_the_report():
    for v in T.vocabulary:
        if v.source.startswith("report"):
            assert v.alias in corpus.report_text(), v


def test_data_notes():
    kinds = Counter(n.kind for n in T.notes)
    assert kinds["count_mismatch"] == 1 and kinds["figure_number_clash"] == 1
    n01 = next(n for n in T.notes if n.kind == "count_mismatch")
    assert "13" in n01.message and "12" in n01.message and len(n01.cell_list) == 13
    neither = [n for n in T.notes if n.kind == "aosi_direction" and "neither" in n.message]
    assert [n.cell_list[0][1:] for n in neither] == [("Impact of social media", "Logistical Services")]
    assert any("Big data × Digital Industries" in n.message for n in T.notes if n.kind == "hotspot_missing")
    assert any(n.kind == "text_contradicts_matrix" for n in T.notes)
    for n in T.notes:
        assert n.message and (n.figure_keys or n.section_numbers)


def test_build_check_passes():
    r = subprocess.run([sys.executable, "-m", "structured.build", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_loader_errors(tmp_path):
    good = "figure,page,order,name,abbreviation\n1,4,1,Advanced Packaging,AP\n"
    (tmp_path / "ok.csv").write_text(good)
    assert read_table(tmp_path / "ok.csv", Industry)[0].abbreviation == "AP"
    with pytest.raises(MissingDataFile, match="missing"):
        read_table(tmp_path / "nope.csv", Industry)
    (tmp_path / "cols.csv").write_text("figure,page,order,name,abbreviation,colour\n1,4,1,AP,AP,red\n")
    with pytest.raises(UnknownColumn, match=r"cols\.csv:1: unknown column\(s\) colour"):
        read_table(tmp_path / "cols.csv", Industry)
    (tmp_path / "short.csv").write_text("figure,page,order,name,abbreviation\n1,4,1,Advanced Packaging\n")
    with pytest.raises(MalformedRow, match=r"short\.csv:2"):
        read_table(tmp_path / "short.csv", Industry)
    (tmp_path / "type.csv").write_text("figure,page,order,name,abbreviation\n1,four,1,Advanced Packaging,AP\n")
    with pytest.raises(MalformedRow, match=r"type\.csv:2: expected a whole number"):
        read_table(tmp_path / "type.csv", Industry)


def test_show_prints_a_figure():
    r = subprocess.run([sys.executable, "-m", "structured", "show", "13"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and "++ very strong cooperation" in r.stdout
