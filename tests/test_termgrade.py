"""One sub-trend's crossover points asked with no grade word: the "✓✓" bound comes only from the report's name for
its strongest cells, so the row kept to them is unsure and its reading names the bound; a grade word of the
question's own, or an industry's cells, stay sure. Wordings written for this test; the rows come from structured/."""

import pytest

from assistant import Assistant


@pytest.fixture(scope="module")
def assistant():
    return Assistant()


@pytest.mark.parametrize("question", [
    "what are the crossover points of urban mining",
    "deep sea mining: crossover points",
    "remediation and recycling economy - which parameters are crossover points?",
])
def test_a_bound_only_the_term_gives_is_unsure(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "tool" and ans.tool == "subtrend_profile"
    assert not ans.sure
    assert "crossover points" in ans.reading


@pytest.mark.parametrize("question", [
    "urban mining: where are its very strong crossover points",  # a grade word of its own
    "crossover points for medical devices",  # an industry's cells: the writers read the term as the ✓✓ cells
])
def test_a_grade_said_or_an_industry_stays_sure(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "tool" and ans.sure, ans.reading
