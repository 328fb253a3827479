"""Follow-ups that change one slot of the last plan from the report's data: a swapped sub-trend takes the industry
that holds it; "not ticked at all" after a profile is its unmarked parameters; a country stands for its region;
"overall" keeps nothing narrower; "the reverse" turns it; "every industry" widens it. Wordings here are this file's own;
what is expected comes from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


def _single_holder(sub):
    held = tools.subtrend_industries(sub).items
    return held[0] if len(held) == 1 else None


@pytest.mark.parametrize("turns,question,sub", [
    (["which parameters does e-commerce get a double tick for in logistics"], "same for theranostics", "Theranostics"),
    (["figure 7 profile of functional packaging in advanced packaging"], "and for personalised healthcare?",
     "Personalised Healthcare"),
    (["where in the value chain is e-commerce strongest for logistical services"], "what about theranostics",
     "Theranostics"),
])
def test_a_swapped_subtrend_takes_its_own_industry(turns, question, sub):
    before, ans = converse(A, turns, question)
    holder = _single_holder(sub)
    assert holder is not None and before.route == "tool" and before.args.get("industry") != holder
    assert ans.route == "tool" and ans.args.get("subtrend") == sub and ans.args.get("industry") == holder, ans.reading


@pytest.mark.parametrize("turns,question", [
    (["theranostics - which value chain parameters are ticked"], "and which are not ticked at all"),
    (["figure 7: where does e-commerce get marks in logistics"], "which ones have no tick at all"),
    (["where does functional packaging score a double tick"], "and which parameters get no mark"),
])
def test_the_unmarked_parameters_of_the_last_profile(turns, question):
    """Class: a negated mark after a sub-trend's Figure 7 profile: its parameters with no mark."""
    before, ans = converse(A, turns, question)
    profile = tools.subtrend_profile(before.args["subtrend"], before.args.get("industry"))
    assert ans.route == "tool" and ans.args.get("subtrend") == before.args["subtrend"], ans.reading
    assert set(ans.items) == set(profile.groups.get("", [])) and ans.items, ans.reading


@pytest.mark.parametrize("turns,question,country,kind", [
    (["who do polish clusters work with on R&D?"], "what about czech clusters?", "Czech Republic", "rd"),
    (["who do polish clusters work with on R&D?"], "and for spain?", "Spain", "rd"),
    (["which regions does sweden's region cooperate with on r&d"], "and italian ones, on the business side?", "Italy",
     "business"),
])
def test_a_country_in_place_of_the_last_region(turns, question, country, kind):
    """Class: a follow-up naming a country after a plan about one region: the country's region (Figure 10) in
    its place, and the kind of cooperation said."""
    before, ans = converse(A, turns, question)
    region = tools.region_of(country).value
    assert before.route == "tool" and "region" in before.args, before.reading
    assert ans.route == "tool" and ans.tool == before.tool, ans.reading
    assert ans.args["region"] == region and ans.args["kind"] == kind and region in ans.reading, ans.reading


@pytest.mark.parametrize("turns,question,industry", [
    (["fig 7 blue growth: which parameters is deep sea mining very strong on"],
     "how many ✓✓ does blue growth have overall", "Blue Growth Industries"),
    (["which parameters is theranostics very strong on"], "how many double ticks does medtech get in total",
     "Medical Devices"),
    (["figure 7: e-commerce in logistics, which parameters are very strong"],
     "so how many very strong marks does logistics have overall", "Logistical Services"),
])
def test_overall_keeps_no_narrower_name_from_the_turn_before(turns, question, industry):
    """Class: "… overall / in total" naming a wider name than the last turn's: the sub-trend is not kept."""
    before, ans = converse(A, turns, question)
    assert before.args.get("subtrend"), before.reading
    assert ans.route == "tool" and not ans.args.get("subtrend") and ans.args.get("industry") == industry, ans.reading
    want = tools.crossover_cells(industry=industry, grade="✓✓").count
    assert (ans.count if ans.count is not None else len(ans.items)) == want, ans.reading


@pytest.mark.parametrize("turns,question", [
    (["what is the business grade from northwest europe to central eastern europe"], "and the reverse?"),
    (["which trends does logistics push upstream"], "the reverse?"),
    (["which trends does medtech push upstream"], "and in the opposite direction?"),
])
def test_the_reverse_is_read_and_sure(turns, question):
    """Class: the last plan turned round by "the reverse" / "the opposite direction": every word read, sure."""
    before, ans = converse(A, turns, question)
    assert ans.route == "tool" and ans.tool == before.tool and ans.sure, ans.reading
    assert ans.args != before.args and "not read" not in ans.reading, ans.reading


@pytest.mark.parametrize("turns,question", [
    (["which logistics sub-trends have a double tick for customer service orientation"],
     "widen that to every industry - how many then"),
    (["which medtech sub-trends are very strong on information sharing"], "and across all industries?"),
    (["how many very strong cells does creative industries have in figure 7"], "what about for all the industries"),
])
def test_widened_to_every_industry(turns, question):
    """Class: the last plan widened to every name of the kind it named one of: the same tool, that name open."""
    before, ans = converse(A, turns, question)
    args = {k: v for k, v in before.args.items() if k != "industry"}
    want = getattr(tools, before.tool)(**args)
    assert before.args.get("industry") and ans.tool == before.tool and not ans.args.get("industry"), ans.reading
    assert len(ans.items) == want.count > len(before.items), ans.reading


@pytest.mark.parametrize("turns,question,region,kind", [
    (["which regions does central western europe cooperate with strongly in R&D"],
     "same for Northern Europe, but business", "Northern Europe", "business"),
    (["which regions does southeast europe do business with"], "and southwest europe on the r&d side?",
     "Southwest Europe", "rd"),
])
def test_a_region_swapped_with_the_kind_said(turns, question, region, kind):
    """Class: "same for <region>, but <kind>": the last plan with that region and that kind of cooperation."""
    before, ans = converse(A, turns, question)
    assert ans.tool == before.tool and ans.args["region"] == region and ans.args["kind"] == kind, ans.reading
    want = tools.partners(region, kind, before.args["min_grade"], before.args.get("max_grade"))
    assert ans.items == want.items, ans.reading


@pytest.mark.parametrize("turns,question,stronger", [
    (["business cooperation grade between northern europe and southwest europe"], "is that stronger than their r&d link",
     "business"),
    (["what is the r&d grade between central western europe and southwest europe"],
     "is that better than the business one?", "rd"),
    (["r&d grade between northern europe and southwest europe"], "is business stronger there?", "business"),
])
def test_a_kind_said_after_than_is_what_the_last_grade_is_compared_with(turns, question, stronger):
    """Class: "is that stronger than their <kind> link": the yes/no is on the last answer's kind, not the one said."""
    before, ans = converse(A, turns, question)
    a, b = before.args["region_a"], before.args["region_b"]
    rank = {k: tools.grade_rank("cooperation", tools.cooperation_grade(a, b, k).value) for k in ("rd", "business")}
    other = "rd" if stronger == "business" else "business"
    assert ans.route == "tool" and ans.value == ("yes" if rank[stronger] > rank[other] else "no"), ans.reading
