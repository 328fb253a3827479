"""Golden tables for places: a region family word asked of a country ("is japan asian … count X as asia"), a
country's region asked with "where … grouped / placed", and one place's grades with two partners set against each
other ("stronger with A or with B", a country standing for its region). Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read


@pytest.mark.parametrize("question,country", [
    ("would the study file qatar under asia?", "Qatar"),
    ("does the report count india as asia", "India"),
])
def test_a_family_word_is_answered_with_the_countrys_region(question, country):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == ["region_of"], plan
    assert plan.steps[0].args == {"country": country}
    assert "family of regions" in (plan.reading or "")


def test_a_full_region_name_is_still_a_membership_check():
    plan = compile_frame(read("is qatar in the arabian peninsula group"))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == ["countries_in", "_member"], plan


@pytest.mark.parametrize("question,country", [
    ("where is greece grouped among the regions", "Greece"),
    ("where is ukraine placed in the region table", "Ukraine"),
])
def test_where_a_country_is_grouped_is_its_region(question, country):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "region_of" and plan.steps[0].args == {"country": country}


@pytest.mark.parametrize("question,party,names,weakest", [
    ("our cluster is in finland: is r&d cooperation stronger with central western europe or with southeast europe",
     "Finland", ["Central Western Europe", "Southeast Europe"], False),
    ("which is the weaker business partner for an austrian cluster, southwest europe or northern europe",
     "Austria", ["Southwest Europe", "Northern Europe"], True),
    ("business ties with italy versus poland - which is tighter for a norwegian firm",
     "Norway", ["Southwest Europe", "Central Eastern Europe"], False),
])
def test_two_partners_set_against_each_other(question, party, names, weakest):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == ["partners", "_stronger"], plan
    assert plan.steps[0].args["region"] == party and plan.steps[0].args["min_grade"] == "-"
    assert plan.steps[1].args == {"names": names, "weakest": weakest}


@pytest.mark.parametrize("question", [
    "the report says northwest european clusters have only weak links, no strong ties at all. does figure 16 agree?",
    "is it true that central eastern europe has only weak business links?",
])
def test_an_only_claim_with_its_negation_after_is_checked_against_every_partner(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == ["partners", "_all_grade"], plan
    assert plan.steps[1].args == {"grade": "-", "at_least": False}


def test_a_claim_that_fails_lists_the_pairs_that_break_it():
    import tools
    from assistant.poststeps import post

    r = post("_all_grade", {"grade": "-", "at_least": False}, tools.partners("Southwest Europe", "business", "-"))
    assert r.value == "no" and r.items and all(isinstance(i, tuple) and i[0] == "Southwest Europe" for i in r.items)
    assert all(row["grade"] != "-" for row in r.rows) and r.count == len(r.items)
    held = post("_all_grade", {"grade": "-", "at_least": True}, tools.partners("Southwest Europe", "business", "-"))
    assert held.value == "yes" and all(isinstance(i, str) for i in held.items)  # a claim that holds keeps the list


def test_a_country_not_in_the_region_asked_is_answered_with_its_own_region():
    import tools
    from assistant.poststeps import post

    plan = compile_frame(read("does figure 10 put croatia under central eastern europe"))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == ["countries_in", "_member"], plan
    step = plan.steps[1]
    r = post(step.tool, step.args, tools.countries_in("Central Eastern Europe"))
    assert r.value == "no" and r.items == [tools.region_of("Croatia").value]
    kept = post(step.tool, {**step.args, "name": "Hungary"}, tools.countries_in("Central Eastern Europe"))
    assert kept.value == "yes" and "Hungary" in kept.items


@pytest.mark.parametrize("question", [
    "the text says northern europe has only weak business links. does the matrix actually back that up?",
    "the report says central western europe only has weak r&d ties - does figure 13 really support that",
])
def test_a_claim_checked_with_an_adverb_before_the_verb_is_a_claim(question):
    from assistant.understand.check import CLAIM

    assert CLAIM.search(read(question).text)
