"""Golden table: two region pairs named at once are both graded in the cooperation figure asked, and "the same?"
is answered from their two grades; four regions merely listed are no pairs. Wordings are our own; the grades are
checked against the tool's own answer for each pair, never written here."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.execute import execute
from assistant.plan import ToolPlan
from assistant.understand import read

PAIRS = [
    ("is the r&d link between northern europe and northwest europe graded the same as the one between southwest "
     "europe and southeast europe?", "rd", True),
    ("business grades for central western europe–northern europe and southwest europe–central eastern europe?",
     "business", False),
    ("compare northwest europe with southwest europe and northern europe with central eastern europe in the r&d table",
     "rd", False),
]


@pytest.mark.parametrize("question,kind,same", PAIRS)
def test_two_named_pairs_are_each_graded(question, kind, same):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[-1].tool == "_pairs_named", plan
    result = execute(plan)
    assert len(result.items) == 2 and result.args["kind"] == kind
    grades = [tools.cooperation_grade(a, b, kind).value for a, b in result.items]
    assert [row["grade"] for row in result.rows] == grades
    if same:
        assert result.value == ("yes" if len(set(grades)) == 1 else "no")
    else:
        assert result.value is None


@pytest.mark.parametrize("question", [
    "which regions do northern europe, northwest europe, southwest europe and southeast europe cooperate with on r&d",
    "r&d: northern europe and northwest europe and southwest europe and southeast europe",
    "how strong is r&d cooperation between northern europe and northwest europe"])
def test_regions_that_form_no_two_pairs_get_no_pair_grades(question):
    plan = compile_frame(read(question))
    assert not (isinstance(plan, ToolPlan) and plan.steps[-1].tool == "_pairs_named"), plan
