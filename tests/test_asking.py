"""A question that states what one impact matrix shows and then asks about another ("Figure 5 marks X. Is it in the
upstream matrix?"): a plan that reads every matrix the asking clause names is not doubted for the figure of the
statement; a plan that misses one the asking clause names still is. Wordings written for this test (not from any
question set), varying the statement, the figure's name and the word order."""

import pytest

from assistant.asking import asking_clause, matrices_named, premise_only
from assistant.plan import Step, ToolPlan
from assistant.reading import check
from assistant.understand import read


def _cell(direction: str) -> ToolPlan:
    return ToolPlan((Step("matrix_cell", {"trend": "Big data", "industry": "Logistical Services",
                                          "direction": direction}),))


@pytest.mark.parametrize(("question", "direction"), [
    ("Figure 5 says big data and logistics form an area of strong interdependency. Is that pair marked in the "
     "upstream matrix?", "upstream"),
    ("fig 5 pairs big data with logistical services - does fig 3 mark them too?", "downstream"),
    ("The AOSI chart lists big data x logistical services: is the pair in either the downstream or the upstream "
     "matrix?", "either"),
])
def test_a_figure_named_only_in_the_statement_is_no_doubt(question, direction):
    assert check(read(question), _cell(direction)).sure


@pytest.mark.parametrize(("question", "direction"), [
    # one clause: Figure 5 is asked about, the plan reads Figure 4
    ("is big data x logistical services marked in figure 5 and in the upstream matrix?", "upstream"),
    # the asking clause names two matrices, the plan reads one
    ("Figure 5 marks big data for logistics. Is it in the downstream and the upstream matrix?", "upstream"),
])
def test_a_figure_the_asking_clause_names_and_the_plan_misses_is_doubted(question, direction):
    assert not check(read(question), _cell(direction)).sure


def test_the_asking_clause_and_the_matrices_it_names():
    text = "Figure 5 marks it - is it in figure 4?"
    assert asking_clause(text) == "is it in figure 4?"
    assert matrices_named("the downstream matrix, fig. 5 and figure 17b") == {"3", "5"}
    assert asking_clause("is it in figure 4?") is None
    assert not premise_only("is it in figure 4?", {"4"})
    assert premise_only(text, {"4"}) and not premise_only(text, {"3"})
