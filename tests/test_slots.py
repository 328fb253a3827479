"""Golden table: a slot the frame filled that the plan never used makes the answer unsure (frames and plans
built by hand, so the check is tested alone)."""

import pytest

from assistant.frame import Aggregation, Frame, Grade, Name, Scope
from assistant.plan import Step, ToolPlan
from assistant.slots import half_given, unused_slots

LS = Name(kind="industry", canonical="Logistical Services", text="logistics", start=0, end=9)
VI = Name(kind="parameter", canonical="Virtual integration concepts", text="virtual integration", start=0, end=9)
CE = Name(kind="region", canonical="Central Eastern Europe", text="cee", start=0, end=3)
PARTNERS = ToolPlan((Step("partners", {"region": "Central Eastern Europe", "kind": "rd", "min_grade": "o"}),))
SUBS = ToolPlan((Step("subtrends_at_grade", {"parameter": "Virtual integration concepts", "min_grade": "✓✓"}),))

CASES = [
    # (frame, plan, what is reported unused)
    (Frame("x", intent="list", names=(CE,)), PARTNERS, []),
    (Frame("x", intent="list", names=(CE, LS)), PARTNERS, ["\u201cLogistical Services\u201d"]),
    (Frame("x", intent="yesno", names=(CE,)), PARTNERS, ["the yes/no asked"]),
    (Frame("x", intent="yesno", names=(CE,)), ToolPlan(PARTNERS.steps + (Step("_any", {}),)), []),
    (Frame("x", intent="rank", names=(VI,), aggregation=Aggregation(kind="most")), SUBS, ["the ranking asked"]),
    (Frame("x", intent="list", names=(VI,), grade=Grade(scale="crossover", symbol="✓✓", mode="at_least")), SUBS,
     []),
    (Frame("x", intent="list", names=(LS,), grade=Grade(scale="crossover", symbol="✓✓", mode="at_least")),
     ToolPlan((Step("subtrends_for", {"industry": "Logistical Services"}),)), ["the grade asked"]),
    (Frame("x", intent="yesno", names=(CE,), scope=(Scope("rd"), Scope("business"))),
     ToolPlan(PARTNERS.steps + (Step("_any", {}),)), ["both R&D and business cooperation"]),
    # every table the question's own words put in play is read by the plan: a direction one way only reads both
    # impact matrices, "both" reads both (session 7)
    (Frame("logistics: its aosi trends that it also pushes upstream", intent="list", names=(LS,),
           scope=(Scope("aosi"), Scope("upstream"))),
     ToolPlan((Step("trends_for_industry", {"industry": "Logistical Services", "direction": "upstream"}),)),
     ["the AOSI matrix (Figure 5) asked"]),
    (Frame("logistics: downstream but not upstream", intent="list", names=(LS,),
           scope=(Scope("downstream"), Scope("upstream", negated=True))),
     ToolPlan((Step("trends_for_industry", {"industry": "Logistical Services", "direction": "downstream_only"}),)),
     []),
    (Frame("logistics: downstream and upstream", intent="list", names=(LS,),
           scope=(Scope("downstream"), Scope("upstream"))),
     ToolPlan((Step("trends_for_industry", {"industry": "Logistical Services", "direction": "both"}),)), []),
    # a table word that only describes ("a pharma r&d cluster": no place, so no cooperation asked) or a "both" that
    # names no direction ("++ in both the R&D and the business matrix") asks for no table
    (Frame("logistics r&d cluster - does it push any trend upstream", intent="yesno", names=(LS,),
           scope=(Scope("rd"), Scope("upstream"))),
     ToolPlan((Step("trends_for_industry", {"industry": "Logistical Services", "direction": "upstream"}),
               Step("_any", {}))), []),
    # "at least one" is met by every row a list gives; "at least two" is a bound the list never read
    (Frame("x", intent="list", names=(VI,), aggregation=Aggregation(kind="at_least", n=1)), SUBS, []),
    (Frame("x", intent="list", names=(VI,), aggregation=Aggregation(kind="at_least", n=2)), SUBS,
     ["the ranking asked"]),
]


@pytest.mark.parametrize(("frame", "plan", "unused"), CASES)
def test_unused_slots(frame, plan, unused):
    assert unused_slots(frame, plan) == unused


HALF = [
    # (question, a name it half-gives that the frame did not read, or None)
    ("how does land reclamation for space score on information sharing", "Additional space by land reclamation"),
    ("Which trends drive Logistical Services?", None),
]


@pytest.mark.parametrize(("question", "name"), HALF)
def test_a_name_the_question_half_gives_is_reported(question, name):
    from assistant.coverage import coverage
    from assistant.understand import read

    frame = read(question)
    got = half_given(frame, coverage(frame, question).unused)
    assert (name in got) if name else got == []


def test_a_second_yes_no_clause_the_plan_never_asks_is_reported():
    frame = Frame("which sub-trends are very strong on information sharing, and are they all medtech", intent="list",
                  names=(VI,))
    assert unused_slots(frame, SUBS) == ["the second question (yes/no)"]


def _two_countries_in_two_regions():
    from tools._data import tables
    from tools.names import region_of_country

    firsts = {}
    for r in tables().regions:
        firsts.setdefault(region_of_country(r.country), r.country)
    (ra, ca), (rb, cb) = list(firsts.items())[:2]
    return (Name(kind="country", canonical=ca, text=ca, start=0, end=1), ra), \
        (Name(kind="country", canonical=cb, text=cb, start=2, end=3), rb)


def test_a_country_is_read_through_its_own_region_and_a_second_country_elsewhere_is_reported():
    (a, region_a), (b, _) = _two_countries_in_two_regions()
    by_region = ToolPlan((Step("partners", {"region": region_a, "kind": "rd", "min_grade": "o"}),))
    assert unused_slots(Frame("x", intent="list", names=(a,)), by_region) == []
    one = ToolPlan((Step("region_of", {"country": a.canonical}),))
    assert unused_slots(Frame("x", intent="value", names=(a,)), one) == []
    assert unused_slots(Frame("x", intent="value", names=(a, b)), one) == [f"\u201c{b.canonical}\u201d"]
