""""per the study", "per the upstream matrix" say where the answer comes from (as "according to" does), not a
ranking per row: a plan that ranks nothing is not doubted for it; "per region", "each industry" still ask for one
answer per row. Wordings written for this test (not from any question set)."""

import pytest

from assistant.plan import Step, ToolPlan
from assistant.reading import check
from assistant.understand import read

_CWE = ToolPlan((Step("countries_in", {"region": "Central Western Europe"}),))
_UP = ToolPlan((Step("matrix_cell", {"trend": "Big data", "industry": "Logistical Services", "direction": "upstream"}),))


@pytest.mark.parametrize(("question", "plan"), [
    ("countries in central western europe per the study", _CWE),
    ("which countries make up central western europe, per the region table?", _CWE),
    ("does logistics push big data upstream, per the upstream matrix - yes or no", _UP),
])
def test_per_the_source_is_no_ranking(question, plan):
    assert check(read(question), plan).sure


@pytest.mark.parametrize(("question", "plan"), [
    ("how many countries per region", _CWE),
    ("list the countries of each region", _CWE),
])
def test_per_row_still_asks_a_ranking_the_plan_must_read(question, plan):
    assert not check(read(question), plan).sure
