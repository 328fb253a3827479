"""Golden table: cooperation questions whose places or kind are said loosely — a scene-setting country and its
own region are one party whose partners are asked ("a slovak client … which region do central eastern european
clusters work with most"); R&D typed without its ampersand ("rd", "rnd") and cooperation as "coop". Wordings are
our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

PARTNERS = [
    ("my client is a slovak firm. which region do central eastern european clusters partner with most in r&d",
     "Central Eastern Europe", "rd"),
    ("for a czech company: which region do central eastern europe's clusters work with most in business",
     "Central Eastern Europe", "business"),
    ("we help a danish cluster. which region do northern european clusters cooperate with most in business",
     "Northern Europe", "business"),
]


@pytest.mark.parametrize("question,region,kind", PARTNERS)
def test_a_country_and_its_own_region_are_one_party(question, region, kind):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), plan
    assert plan.steps[0].tool == "partners" and plan.steps[0].args["region"] == region, plan
    assert plan.steps[0].args["kind"] == kind


def test_two_countries_of_one_region_are_still_a_pair():
    """The diagonal of the cooperation matrices stays a refusal naming it, not one region's partners."""
    plan = compile_frame(read("how strong is R&D cooperation between Poland and Czechia"))
    assert not (isinstance(plan, ToolPlan) and plan.steps[0].tool == "partners")


GRADES = [
    ("rnd coop iberia with nordics?", "Southwest Europe", "Northern Europe"),
    ("how strong is the rd link between southeast and central eastern europe", "Southeast Europe",
     "Central Eastern Europe"),
    ("r-d co-op grade, northwest europe x southeast europe", "Northwest Europe", "Southeast Europe"),
]


@pytest.mark.parametrize("question,a,b", GRADES)
def test_rd_typed_without_its_ampersand(question, a, b):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "cooperation_grade", plan
    assert {plan.steps[0].args["region_a"], plan.steps[0].args["region_b"]} == {a, b}
    assert plan.steps[0].args["kind"] == "rd"
