"""Follow-ups that point at the region answered last as "that group" (Figure 10 groups countries into regions): "how
many countries are in that group", "is iceland in the same group?". Wordings here are this file's own, not the
tuning sets'; what is expected is read from Figure 10's own lists (tools.region_of, tools.countries_in)."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()



@pytest.mark.parametrize("first,country,question", [
    ("which region does the report put japan in", "Japan", "how many countries are in that group"),
    ("where does chile sit in figure 10", "Chile", "which countries make up that group?"),
])
def test_the_countries_of_the_region_answered(first, country, question):
    """Class: "that group" after a country's region: that region's countries (or their number)."""
    before, ans = converse(A, [first], question)
    region = tools.region_of(country).value
    assert before.route == "tool" and before.value == region, before.reading
    want = tools.countries_in(region)
    assert ans.route == "tool" and set(ans.items) == set(want.items) and ans.count == want.count, ans.reading


@pytest.mark.parametrize("other", ["Iceland", "Poland"])
def test_is_a_country_in_the_same_group(other):
    _, ans = converse(A, ["what region is norway in"], f"is {other.lower()} in the same group?")
    same = tools.region_of(other).value == tools.region_of("Norway").value
    assert ans.route == "tool" and ans.value == ("yes" if same else "no"), (ans.value, ans.reading)
