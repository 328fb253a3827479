"""Class: after a turn that names a mega trend and an industry, a pronoun stands for the name that is not of the kind
the question asks for ("which other industries does it shape": "it" is the trend; "which mega trends does it
have": the industry). Wordings here are this file's own; what is expected comes from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


@pytest.mark.parametrize("turns,question,direction,other", [
    (["does big data shape logistics downstream?"], "which other industries does it shape downstream?",
     "downstream", True),
    (["is carbon footprint reduction an AOSI for blue growth"], "and which industries have it upstream?",
     "upstream", False),
])
def test_it_is_the_trend_when_industries_are_asked(turns, question, direction, other):
    before, ans = converse(A, turns, question)
    trend, industry = before.args["trend"], before.args["industry"]
    want = set(tools.industries_for_trend(trend, direction).items) - ({industry} if other else set())
    assert ans.route == "tool" and ans.args.get("trend") == trend and set(ans.items) == want, ans.reading


def test_it_is_the_industry_when_trends_are_asked():
    before, ans = converse(A, ["is impact of social media marked upstream for creative industries?"],
                           "which mega trends does it have as AOSIs?")
    industry = before.args["industry"]
    want = tools.trends_for_industry(industry, "aosi").items
    assert ans.route == "tool" and ans.args.get("industry") == industry and ans.items == want, ans.reading


@pytest.mark.parametrize("turns,question,country", [
    (["is slovenia counted as central eastern europe in this study"], "and estonia?", "Estonia"),
    (["does figure 10 put greece in southeast europe"], "what about portugal", "Portugal"),
])
def test_a_country_said_after_a_membership_check_is_checked_in_its_place(turns, question, country):
    """The other name a yes/no about a country's region takes is that country, not its own region put in place."""
    before, ans = converse(A, turns, question)
    region = before.args["region"]
    want = "yes" if tools.region_of(country).value == region else "no"
    assert ans.route == "tool" and country in ans.reading and ans.value == want, ans.reading


@pytest.mark.parametrize("turns,question,region,kind,weakest", [
    (["how strong is business between northern europe and southwest europe"],
     "and for southeast europe - which is its strongest business partner?", "Southeast Europe", "business", False),
    (["r&d grade between northwest and central western europe"],
     "and for central eastern europe - who is its weakest r&d partner?", "Central Eastern Europe", "rd", True),
    (["business ties between central western europe and central eastern europe?"],
     "now southwest europe: its weakest business partner?", "Southwest Europe", "business", True),
])
def test_a_pronoun_after_the_questions_own_region_is_that_region(turns, question, region, kind, weakest):
    """"and for X - who is its best partner": "its" is X, not the other side of the pair asked before."""
    _, ans = converse(A, turns, question)
    rows = [r for r in tools.partners(region, kind, "-").rows if r.get("grade")]
    ranks = {r["region"]: tools.grade_rank("cooperation", r["grade"]) for r in rows}
    end = (min if weakest else max)(ranks.values())
    assert ans.route == "tool" and ans.args.get("region") == region, ans.reading
    assert set(ans.items) == {n for n, g in ranks.items() if g == end}, ans.reading
