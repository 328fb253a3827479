"""A question about one region's R&D or business cooperation is answered by the text discussing that region's figure.

The class: a question naming a region by one of the countries the report's table of regions lists under it
("Balkan", "Bulgaria"), or naming R&D as "research", or asking about business cooperation (a figure whose discussing
paragraph the hybrid ranking left out), got the overview of section 4.2 or another region's paragraph. Wordings
written for the class, none from a question set; the regions and figures come from the data, never from the code.
"""

from __future__ import annotations

import csv

import pytest

import corpus
from retrieval import figrefs
from retrieval.asks import REGIONS_PATH, named_in, shorthands
from retrieval.roles import BODY, role_of


def _table() -> dict[str, str]:
    with REGIONS_PATH.open(newline="", encoding="utf-8") as f:
        return {r["country"]: r["region"] for r in csv.DictReader(f)}


def test_a_country_of_the_table_of_regions_names_its_region():
    table = _table()
    assert len(table) > 20
    for country, region in table.items():
        assert region in named_in("region", f"clusters in {country} and their partners"), country
    assert named_in("region", "clusters in the netherlands") == {table["The Netherlands"]}
    assert named_in("region", "clusters and their partners abroad") == frozenset()


def test_research_names_the_r_and_d_figures():
    region = next(r for r in _table().values() if r.startswith("South") and "east" in r.lower())
    rd = {str(f.number) for f in corpus.figures() if not f.clash and "r&d" in f.caption.lower()
          and named_in("region", f.caption) == {region}}
    assert rd and figrefs.by_region(f"research partners of {region} clusters", frozenset({region})) == rd
    assert figrefs.by_region(f"partners of {region} clusters", frozenset({region})) == frozenset()
    for typed in ("r and d", "R+D", "r & d"):  # the sign as users type it
        assert figrefs.by_region(f"{typed} partners of {region} clusters", frozenset({region})) == rd, typed


@pytest.mark.parametrize("question", [
    "what R&D links do clusters in Bulgaria and Romania have, and what explains them",
    "what explains the few R&D links of SE Europe clusters",
    "Romania's clusters and r and d: who with, and why?",
    "clusters from Croatia: which regions do they do research with?",
    "for a cluster in Greece, where do its research partners come from and why there",
    "how do clusters in Norway and Finland do business with other regions, according to the report",
    "what holds back business partnerships of clusters in Albania",
    "Swedish? no - clusters in Sweden: who are their business partners, and why those",
])
def test_the_text_discussing_the_region_s_own_figure_leads(retriever, question):
    ask = retriever.ask(question)
    assert len(ask.regions) == 1 and ask.regional
    lead = retriever.search(question).quotes[0]
    assert role_of(lead.start, lead.start + 1) == BODY
    assert ask.regional & figrefs.cited(lead.text), lead.text[:120]


# The class: a region written the way users shorten it ("SE Europe", "SW europe", "CWE") went unread, and a
# sentence listing the asked region among several others led instead of the paragraph about that region alone.
def test_a_region_s_shorthand_names_it():
    regions = set(_table().values())
    for region in regions:
        for short in shorthands(region):
            assert named_in("region", f"clusters in {short} and their partners") == {region}, short
    assert any(" " in s for r in regions for s in shorthands(r)) and any(" " not in s for r in regions
                                                                            for s in shorthands(r))
    assert not any(named_in("region", f"what do we {s.lower()} here") for r in regions for s in shorthands(r)
                   if " " not in s)  # initials in capitals only: "see" is a word


@pytest.mark.parametrize("question", [
    "SW europe clusters: why are their business ties weak even at home?",
    "why do clusters in Spain and Portugal have only weak business ties",
    "clusters in Italy and France - why is their business cooperation so weak",
])
def test_the_paragraph_about_the_one_region_asked_leads(retriever, question):
    asked = retriever.ask(question).regions
    assert len(asked) == 1
    lead = retriever.search(question).quotes[0]
    first = lead.text.split(". ")[0]
    assert named_in("region", first) == asked, first
