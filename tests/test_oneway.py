"""Both directions of influence asked, one impact matrix read: the answer is not sure. Wordings written for this
test (not from any question set), varying the subject, the relation's words and the word order; the plans are
built here, so the check is tested alone, then the whole assistant is asked."""

import pytest

from assistant import Assistant
from assistant.answer import Answer
from assistant.coverage import coverage
from assistant.oneway import asks_both_ways, one_way
from assistant.plan import Step, ToolPlan
from assistant.understand import read
from assistant.unread import unread


def _plan(tool: str, key: str, name: str, direction: str) -> ToolPlan:
    return ToolPlan((Step(tool, {key: name, "direction": direction}),))


_BOTH_WAYS = [
    # (question, a plan that reads one matrix of the two)
    ("for big data, which industries does it affect and which affect it in return, both ways?",
     _plan("industries_for_trend", "trend", "Big data", "downstream")),
    ("medical devices: list the megatrends that shape it downstream as well as upstream",
     _plan("trends_for_industry", "industry", "Medical Devices", "upstream")),
    ("which megatrends and the creative industries push each other, in either direction",
     _plan("trends_for_industry", "industry", "Creative Industries", "downstream")),
    ("is there a two-way link between cloud computing and digital industries",
     _plan("industries_for_trend", "trend", "Cloud computing", "upstream")),
]


def _checked(question: str, plan: ToolPlan) -> Answer:
    frame = read(question)
    ans = Answer(route="tool", answer="…", reading="read")
    unread(ans, plan, frame, coverage(frame, question))
    return ans


@pytest.mark.parametrize(("question", "plan"), _BOTH_WAYS)
def test_both_directions_asked_one_matrix_read_is_unsure(question, plan):
    ans = _checked(question, plan)
    assert not ans.sure and "both directions" in ans.reading


@pytest.mark.parametrize("direction", ["both", "either", "aosi"])
def test_a_plan_that_reads_both_matrices_or_their_consolidation_stays_clear(direction):
    question, plan = _BOTH_WAYS[0]
    step = plan.steps[0]
    both = ToolPlan((Step(step.tool, {**step.args, "direction": direction}),))
    assert one_way(Answer(route="tool", answer="…"), both, read(question), coverage(read(question), question)) is None


def test_the_two_matrices_read_in_two_steps_stay_clear():
    question = _BOTH_WAYS[1][0]
    plan = ToolPlan((Step("trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"}),
                     Step("restrict", {"industry": "Medical Devices", "direction": "upstream"})))
    assert one_way(Answer(route="tool", answer="…"), plan, read(question), coverage(read(question), question)) is None


@pytest.mark.parametrize("question", [
    "which industries does big data affect downstream",  # one direction asked
    "list the megatrends that influence medical devices upstream",
    "do medical devices and the creative industries both depend on big data downstream",  # "both" of two names
    "which of those does logistics push back on upstream",  # pushing back is the upstream direction alone
])
def test_one_direction_asked_is_no_doubt(question):
    assert not asks_both_ways(question)


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return Assistant.load()


@pytest.mark.parametrize("question", [*(q for q, _ in _BOTH_WAYS),
                                      "which sectors does big data touch in either direction, up or downstream"])
def test_the_assistant_never_answers_both_ways_from_one_matrix_as_sure(assistant, question):
    ans = assistant.ask(question)
    one = ans.route == "tool" and ans.args.get("direction") in ("downstream", "upstream")
    assert not (one and ans.sure), ans.reading


def test_a_one_way_question_is_not_doubted_for_directions(assistant):
    ans = assistant.ask("which sectors does big data touch downstream")
    assert ans.route == "tool" and "both directions" not in ans.reading
