"""A follow-up built on an answer that was not sure is not sure either: it takes that answer's names (or keeps
to its items), so it inherits the guess. Frames are read from this file's own wordings."""

import pytest

from assistant.answer import Answer
from assistant.plan import Step, ToolPlan
from assistant.replan import leans_on_doubt
from assistant.state import State
from assistant.understand import read

_PLAN = ToolPlan((Step("crossover_cells", {"industry": "Advanced Packaging", "grade": "✓"}),))
_KEPT = ToolPlan((Step("industries_for_trend", {"trend": "Big data", "direction": "aosi"}),
                  Step("restrict", {"names": ["Digital Industries"]})))


def _after(sure: bool) -> State:
    state = State()
    state.last_answer = Answer(route="tool", answer="…", sure=sure)
    return state


@pytest.mark.parametrize("question,plan", [
    ("and the ones with just one tick?", _PLAN),
    ("which of those are an aosi for big data", _KEPT),
    ("what about a single tick", _PLAN),
])
def test_a_followup_on_an_unsure_answer_is_unsure(question, plan):
    assert leans_on_doubt(plan, read(question), _after(sure=False))
    assert not leans_on_doubt(plan, read(question), _after(sure=True))


def test_a_question_that_names_everything_itself_inherits_no_doubt():
    q = "which advanced packaging cells get a single tick"
    assert not leans_on_doubt(_PLAN, read(q), _after(sure=False))


def test_a_plan_that_extends_an_unsure_plan_is_unsure():
    """"are digital industries among them" after an unsure ranking: that plan, then a membership check."""
    state = _after(sure=False)
    state.last_plan = ToolPlan((Step("rank_matrix", {"entity": "industry", "direction": "downstream"}),))
    plan = ToolPlan(state.last_plan.steps + (Step("_member", {"name": "Digital Industries"}),))
    assert leans_on_doubt(plan, read("are digital industries among them"), state)
    state.last_answer.sure = True
    assert not leans_on_doubt(plan, read("are digital industries among them"), state)
