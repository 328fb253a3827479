"""Golden table: a count question whose yes/no clause claims a number ("if I count the dots, do I get 12?",
"counting the ticks for X, is it 4?", "the text says 12 AOSIs - does the figure actually have 12 marks?"): the
count, checked against the claim (a ``_count_is`` step), never the bare list or a figure's caption. The yes/no may
follow a condition and end in a bare number; a number that names a figure, page or section is no claim. Wordings
are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read
from assistant.understand.stated import asked_yes_no, claimed

CLAIMED = [
    ("if I add up the upstream dots for logistics do I get 3?", "trends_for_industry", 3),
    ("counting the ticks in figure 4 for carbon footprint reduction, is it 4?", "industries_for_trend", 4),
    ("the summary talks of twelve hot-spots; if we count the rows of figure 6, is it really 12?", "hotspots", 12),
    ("the conclusion speaks of 12 AOSIs - does the consolidated matrix actually have 12 marks?", "compare_matrices", 12),
]


@pytest.mark.parametrize("question,tool,n", CLAIMED)
def test_the_claimed_number_is_checked_against_the_count(question, tool, n):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert plan.steps[0].tool == tool, plan
    check = plan.steps[-1]
    assert check.tool == "_count_is" and check.args["n"] == n and not check.args["check_only"], plan


@pytest.mark.parametrize("clause,asked", [
    ("if i count the dots in figure 5 do i get 12", "do i get 12"),
    ("counting them, is it four", "is it four"),
    ("does figure 5 have 13 marks", "does figure 5 have 13 marks"),
    ("which trends hit logistics", None),
])
def test_the_yes_no_is_read_from_its_auxiliary_on(clause, asked):
    assert asked_yes_no(clause) == asked


@pytest.mark.parametrize("clause,n", [("do i get 12", 12), ("is it really twelve", 12), ("is it in figure 4", None),
                                      ("is that on page 12", None), ("does it have more than 3", 3)])
def test_a_bare_number_ending_the_yes_no_is_the_claim_unless_it_names_something(clause, n):
    said = claimed(clause)
    assert (said.n if said else None) == n
