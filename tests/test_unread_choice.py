"""A question that offers its answers ("… downstream, upstream or both?") answered "none" named none of them: the
table found nothing for the reading it took, which is no choice. Wordings written for this test."""

import pytest

from assistant.answer import Answer
from assistant.coverage import coverage
from assistant.plan import Step, ToolPlan
from assistant.understand import read
from assistant.unread import unread

_PLAN = ToolPlan((Step("trends_for_industry", {"industry": "Logistical Services", "direction": "both"}),))


def _answered(question: str, value: str) -> Answer:
    frame = read(question)
    ans = Answer(route="tool", answer="…", value=value, reading="Mega trends marked for Logistical Services")
    unread(ans, _PLAN, frame, coverage(frame, question))
    return ans


@pytest.mark.parametrize("question", [
    "logistics and big data - downstream, upstream or both?",
    "is the link between logistics and urbanisation one way or mutual",
    "e-commerce in logistics - one tick or two ticks?",
])
def test_a_choice_answered_none_is_unsure(question):
    assert not _answered(question, "none").sure
    assert _answered(question, "downstream").sure  # one of the offered answers, or another value, is a choice made
