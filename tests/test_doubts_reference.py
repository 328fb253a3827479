"""A follow-up that points back ("which of those …", "does it …") but whose table plan takes nothing from the turn
before, or that lists things the last answer never listed, is not sure: the reference was left unread. Frames are
read from this file's own wordings; the plans and answers are built here, so the checks are tested alone."""

import pytest

from assistant import doubts
from assistant.answer import Answer
from assistant.plan import Step, ToolPlan
from assistant.state import State
from assistant.understand import read

_SUBTRENDS = ["e-Commerce", "Big Data", '"TrillionSensor" (sensor networks)']
_LISTED = ToolPlan((Step("subtrends_for", {"industry": "Logistical Services", "trend": "Cross-linkage"}),))


def _after(items: list, plan: ToolPlan = _LISTED) -> State:
    """A conversation one turn long whose answer listed ``items`` from ``plan`` (as ``Assistant`` leaves it
    once the next turn's plan has run: that plan is the one before)."""
    state = State(turns=1)
    state.last_answer = Answer(route="tool", answer="…", items=list(items))
    state.prev_plan = plan
    return state


def _checked(question: str, plan: ToolPlan, items: list, state: State, value: str | None = None) -> Answer:
    ans = Answer(route="tool", answer="…", items=items, value=value)
    doubts.doubt(ans, plan, read(question), state)
    return ans


@pytest.mark.parametrize("question,plan,items", [
    ("of these, which get a double tick for information sharing",
     ToolPlan((Step("subtrends_at_grade", {"parameter": "Information sharing"}),)), ["Digitalisation"]),
    ("among them, which are very strong on business relationships",
     ToolPlan((Step("subtrends_at_grade", {"parameter": "Business relationships"}),)), ["Theranostics"]),
    ("how many ticks does it get for medical devices",
     ToolPlan((Step("crossover_cells", {"industry": "Medical Devices"}),)),
     [("Digitalisation", "Information sharing")]),
])
def test_a_reference_the_plan_never_read_is_unsure(question, plan, items):
    ans = _checked(question, plan, items, _after(_SUBTRENDS))
    assert not ans.sure
    assert "not read" in ans.reading


def test_a_choice_among_the_last_answers_items_stays_sure():
    """"which of those is the most …" after a list, answered by ranking the same things: one of them is chosen."""
    plan = ToolPlan((Step("subtrends_at_grade", {"parameter": "Information sharing"}),))
    ans = _checked("which of these has the strongest information sharing", plan, ["Trillion Sensor"],
                   _after(_SUBTRENDS))
    assert ans.sure


def test_a_plan_that_keeps_to_the_last_items_or_takes_a_name_from_before_stays_sure():
    kept = ToolPlan((Step("subtrends_at_grade", {"parameter": "Information sharing"}),
                     Step("restrict", {"names": _SUBTRENDS})))
    assert _checked("which of those are very strong on information sharing", kept, ["Big Data"],
                    _after(_SUBTRENDS)).sure
    taken = ToolPlan((Step("subtrends_at_grade", {"parameter": "Information sharing",
                                                   "industry": "Logistical Services"}),))
    assert _checked("which of them are very strong on information sharing", taken, ["Big Data"],
                    _after(_SUBTRENDS)).sure


def test_a_first_question_or_one_pointing_inside_itself_is_not_doubted_for_it():
    plan = ToolPlan((Step("list_items", {"what": "industries"}),))
    state = _after(_SUBTRENDS)
    assert _checked("how many emerging industries are there - list them", plan, ["Biopharmaceuticals"], state).sure
    first = State()
    plan = ToolPlan((Step("subtrends_at_grade", {"parameter": "Information sharing"}),))
    assert _checked("which of those get a double tick for information sharing", plan, ["Digitalisation"], first).sure


def test_pairs_are_among_the_last_answer_only_as_pairs():
    """"which of those pairs are also strong in R&D": a pair of two regions both listed before, but never together,
    is not among the last answer's pairs."""
    before = [("Northern Europe", "Central Western Europe"), ("Southwest Europe", "Southeast Europe")]
    plan = ToolPlan((Step("pairs_at_grade", {"kind": "rd", "grade": "+"}),))
    state = _after(before, ToolPlan((Step("pairs_at_grade", {"kind": "business", "grade": "+"}),)))
    assert not _checked("which of those pairs are also strong in R&D", plan,
                        [("Northern Europe", "Southwest Europe")], state).sure
    assert _checked("which of those pairs are also strong in R&D", plan,
                    [("Central Western Europe", "Northern Europe")], state).sure


_BLUE_CELLS = ToolPlan((Step("crossover_cells", {"industry": "Blue Growth Industries"}),))
_BIG_DATA_DIGITAL = ToolPlan((Step("subtrends_for", {"trend": "Big data", "industry": "Digital Industries"}),))
_PERSONALISATION_DOWN = ToolPlan((Step("industries_for_trend", {"trend": "Personalisation of products & services",
                                                                 "direction": "downstream"}),))


def _dropped(before: ToolPlan, question: str, plan: ToolPlan, turns: int = 1) -> str | None:
    from assistant.pointing import dropped

    state = State(turns=turns)
    state.last_answer = Answer(route="tool", answer="…", items=["x"])
    state.answered(before)
    state.answered(plan)
    return dropped(Answer(route="tool", answer="…"), plan, read(question), state)


@pytest.mark.parametrize(("before", "question", "plan"), [
    (_BLUE_CELLS, "just those graded very strong for information sharing",
     ToolPlan((Step("subtrends_at_grade", {"parameter": "Information sharing", "industry": None}),))),
    (_BIG_DATA_DIGITAL, "and for medical devices?",
     ToolPlan((Step("subtrends_for", {"trend": None, "industry": "Medical Devices"}),))),
    (_PERSONALISATION_DOWN, "which are also shaped upstream?",
     ToolPlan((Step("industries_for_trend", {"trend": None, "direction": "upstream"}),))),
])
def test_a_followup_whose_plan_drops_a_name_of_the_turn_before_is_unsure(before, question, plan):
    said = _dropped(before, question, plan)
    assert said and "of the turn before" in said


def test_a_name_said_again_a_tool_that_takes_none_or_a_first_question_drops_nothing():
    said_again = ToolPlan((Step("subtrends_for", {"trend": "Urbanisation", "industry": "Medical Devices"}),))
    assert _dropped(_BIG_DATA_DIGITAL, "and urbanisation for medical devices?", said_again) is None
    countries = ToolPlan((Step("countries_in", {"region": "Northern Europe"}),))
    assert _dropped(_BLUE_CELLS, "which countries are in northern europe", countries) is None
    plan = ToolPlan((Step("subtrends_at_grade", {"parameter": "Information sharing", "industry": None}),))
    assert _dropped(_BLUE_CELLS, "just those graded very strong for information sharing", plan, turns=0) is None


@pytest.mark.parametrize("question", [
    "which chart does that come from",
    "and the figure number for that?",
    "in which diagram is this shown",
])
def test_a_figure_asked_of_sources_that_name_none_is_unsure(question):
    from assistant.answer import Citation
    from assistant.plan import Recall

    def recalled(cites):
        ans = Answer(route="retrieval", answer="…", citations=cites)
        doubts.doubt(ans, Recall(), read(question), _after(_SUBTRENDS))
        return ans

    assert not recalled([Citation(section="2.3", page=12)]).sure
    assert recalled([Citation(figure="4", page=12), Citation(section="2.3", page=12)]).sure


def test_a_sub_trend_named_keeps_its_industry_and_trend():
    """"is renewable energy rated for information sharing" after an industry's sub-trends: the sub-trend sits in one
    industry's hot-spot, so the industry is not dropped."""
    plan = ToolPlan((Step("crossover_grade", {"subtrend": "Renewable energy", "parameter": "Information sharing"}),))
    before = ToolPlan((Step("subtrends_for", {"industry": "Environmental Industries", "trend": "Urbanisation"}),))
    assert _dropped(before, "is renewable energy rated for information sharing", plan) is None
