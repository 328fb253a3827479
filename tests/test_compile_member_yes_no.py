"""Golden table: whether a country lies in a region (Figure 10), asked as a yes/no however it is worded: "count X
as Y" (a verb of qualifying, not a count), a trailing "or not" (a yes/no tag, not a choice between names), or no verb
at all ("X under Y?"). The answer is the region's countries and whether the country is among them. Wordings are
our own."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

MEMBER = [
    ("is norway filed under northern europe or not", "Northern Europe", "Norway", True),
    ("would the report count ukraine as part of central eastern europe?", "Central Eastern Europe", "Ukraine", None),
    ("qatar in the arabian peninsula group?", "Arabian Peninsula", "Qatar", True),
    ("mexico under south america in figure 10?", "South America", "Mexico", False),
    ("does figure 10 count poland as southeast europe or not", "Southeast Europe", "Poland", False),
]


@pytest.mark.parametrize("question,region,country,inside", MEMBER)
def test_a_country_and_a_region_asked_together_is_membership(question, region, country, inside):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.tool, s.args) for s in plan.steps] == [("countries_in", {"region": region}),
                                                      ("_member", {"name": country, "placed": True})]  # "no": where
    if inside is not None:
        assert (country in tools.countries_in(region).items) is inside


@pytest.mark.parametrize("question", ["does the report count turkey as southeast europe or something else",
                                      "is austria in central western europe or central eastern europe"])
def test_a_choice_between_regions_asks_the_countrys_region(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "region_of", plan


def test_count_as_is_no_count():
    assert read("does the report count turkey as southeast europe").intent == "yesno"
    assert read("how many countries does the report count as southeast europe").intent == "count"
