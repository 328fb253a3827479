"""Name resolution: abbreviations, typos, synonyms, ambiguous and unknown names."""

from __future__ import annotations

import pytest

import tools
from tools.names import canonical_names, resolve, resolve_all, resolve_region, vocabulary


@pytest.mark.parametrize("kind,text,expected", [
    ("industry", "LS", "Logistical Services"),
    ("industry", "EnvI", "Environmental Industries"),
    ("industry", "envi", "Environmental Industries"),
    ("industry", "Expl", "Experience Industries"),
    ("industry", "Logisitcal", "Logistical Services"),
    ("industry", "Enviromental Industries", "Environmental Industries"),
    ("industry", "pharma", "Biopharmaceuticals"),
    ("industry", "Mobility Technology", "Mobility Technologies"),  # Figure 3's spelling
    ("industry", "Logistics Industry", "Logistical Services"),
    ("trend", "IoT", "Cross-linkage of subjects & objects"),
    ("trend", "Shortening of product lifetime cycles", "Shortening of lifetime cycles"),  # §2.2 heading
    ("trend", "Convergence of products, device and services", "Convergence of products, devices and services"),
    ("trend", "social media", "Impact of social media"),
    ("trend", "Big Data", "Big data"),
    ("parameter", "agility", "Agile implementation strategies"),
    ("parameter", "Informaton sharing", "Information sharing"),
    ("region", "Nordics", "Northern Europe"),
    ("region", "Iberia", "Southwest Europe"),
    ("region", "South-East Europe", "Southeast Europe"),
    ("country", "Polish", "Poland"),
    ("country", "Holland", "The Netherlands"),
    ("subtrend", "Shared w/wl infrastructure", "Shared wired/wireless infrastructure"),  # Figure 7 spelling
    ("subtrend", "Trillion Sensor", '"TrillionSensor" (sensor networks)'),
    ("subtrend", "POCHT", "Point-of-Care Healthcare Technologies (POCHT)"),
    ("trend", "lifetime cycles", "Shortening of lifetime cycles"),  # every word occurs in the name
    ("trend", "ubiquity of IT", "Consumerisation, proliferation and ubiquity of IT"),
])
def test_resolve(kind, text, expected):
    assert resolve(kind, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Polish", "Central Eastern Europe"), ("Poland", "Central Eastern Europe"), ("Nordics", "Northern Europe"),
    ("Scandinavian", "Northern Europe"), ("German", "Central Western Europe"), ("Spanish", "Southwest Europe"),
    ("Japan", "Eastern Asia"), ("Eastern Asia", "Eastern Asia"), ("Africa", "Africa"), ("Benelux", "Central Western Europe"),
])
def test_resolve_region(text, expected):
    assert resolve_region(text) == expected


def test_resolve_all_ambiguous_subtrends():
    assert sorted(resolve_all("subtrend", "Trillion sensors")) == [
        '"TrillionSensor" (sensor networks)', "Trillion sensors (sensor networks)"]
    # one sub-trend name, listed by two industries
    assert resolve_all("subtrend", "Digitalisation") == ["Digitalisation"]
    assert tools.subtrend_industries("Digitalisation").items == ["Medical Devices", "Environmental Industries"]


def test_ambiguous_name():
    with pytest.raises(tools.AmbiguousName) as e:
        resolve("subtrend", "Trillion")
    assert len(e.value.candidates) == 2 and e.value.kind == "subtrend"
    assert isinstance(e.value, tools.ToolError)


def test_unknown_industry_lists_valid_labels():
    with pytest.raises(tools.UnknownName) as e:
        tools.trends_for_industry("Space Industries")
    err = e.value
    assert err.kind == "industry" and err.name == "Space Industries"
    assert err.valid == canonical_names("industry")
    msg = str(err)
    assert msg.startswith("Space Industries is not one of the report's ten emerging industries")
    assert all(name in msg for name in err.valid)
    assert "Nearest:" in msg


@pytest.mark.parametrize("kind,text", [("trend", "Quantum computing"), ("parameter", "price"),
                                       ("region", "Mars"), ("country", "Atlantis"), ("subtrend", "Blockchain")])
def test_unknown_names(kind, text):
    with pytest.raises(tools.UnknownName):
        resolve(kind, text)


def test_region_europe_as_a_whole_is_unknown():
    with pytest.raises(tools.UnknownName):
        resolve_region("Europe")
    with pytest.raises(tools.AmbiguousName) as e:
        resolve_region("Western Europe")
    assert set(e.value.candidates) == {"Central Western Europe", "Northwest Europe", "Southwest Europe"}


def test_invalid_grade_and_kind():
    with pytest.raises(tools.InvalidArgument):
        tools.partners("Nordics", "rd", "excellent")
    with pytest.raises(tools.InvalidArgument):
        canonical_names("planet")


def test_vocabulary_is_clean_and_complete():
    vocab = vocabulary()
    for kind in ("industry", "trend", "subtrend", "parameter", "region", "country"):
        names = set(canonical_names(kind))
        entries = [e for e in vocab if e.kind == kind]
        assert {e.canonical for e in entries} == names  # every canonical is known, none is malformed
        assert all(resolve(kind, n) == n or n in resolve_all(kind, n) for n in names)
