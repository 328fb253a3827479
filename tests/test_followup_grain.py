"""Class: a follow-up that narrows the last cooperation answer below the report's grain (a country inside the region
just answered: the same country again, a country of a region asked by name, or two countries of one region): refused,
naming the countries, the region they are counted in and the table that grades regions only, never the region's
table again as if it answered. A first country of a region is still answered at the region's grain. Wordings here are
this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import tools


def _region(country: str) -> str:
    return tools.region_of(country).value


@pytest.mark.parametrize("turns,question,countries", [
    (["central western europe business partners"], "and germany?", ["Germany"]),
    (["how strong is the business link between southwest europe and northern europe"],
     "ok but what about spain and portugal separately", ["Spain", "Portugal"]),
    (["which regions do greek clusters do R&D with"], "I mean greece itself, not southeast europe as a whole",
     ["Greece"]),
    (["r&d cooperation grade between northern europe and central eastern europe"],
     "could you break that down for hungary versus slovakia", ["Hungary", "Slovakia"]),
])
def test_a_country_below_the_region_answered_is_refused(assistant, turns, question, countries):
    before, ans = converse(assistant, turns, question)
    assert before.route == "tool", before.answer
    assert ans.route == "refuse", ans.answer
    figure = next(c.figure for c in before.citations if c.figure)
    assert f"Figure {figure}" in ans.answer and "regions" in ans.answer
    for country in countries:
        assert country in ans.answer and _region(country) in ans.answer


@pytest.mark.parametrize("turns,question", [
    (["my client is in poland - who do clusters from there work with on R&D"], "and hungary?"),
    (["who do polish clusters work with on R&D?"], "and czech ones, on the business side?"),
    (["which regions do greek clusters do R&D with"], "and german ones?"),
])
def test_a_first_country_of_a_region_or_another_region_is_answered(assistant, turns, question):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "tool" and ans.items, ans.answer
