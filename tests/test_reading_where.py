""""Where" asked of a country answered with its region (Figure 10) asked for that region: no doubt for a relation
or focus the question did not say. A question that asks something else of a country answered with its region is
still doubted. Wordings written for this test (not from any question set)."""

import pytest

from assistant.plan import Step, ToolPlan
from assistant.reading import check
from assistant.understand import read


def _region_of(country: str) -> ToolPlan:
    return ToolPlan((Step("region_of", {"country": country}),))


@pytest.mark.parametrize(("question", "country"), [
    ("where is norway placed", "Norway"),
    ("where does the study put estonia on its map of regions?", "Estonia"),
    ("slovenia - where does it go in the report", "Slovenia"),
])
def test_where_a_country_is_asks_its_region(question, country):
    assert check(read(question), _region_of(country)).sure


@pytest.mark.parametrize(("question", "country"), [
    ("what rank did sweden get in the innovation scoreboard", "Sweden"),
    ("how big is the polish cluster budget", "Poland"),
])
def test_another_question_about_a_country_is_still_doubted(question, country):
    assert not check(read(question), _region_of(country)).sure
