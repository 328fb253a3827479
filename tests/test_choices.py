"""A question that ends on a list of options to pick from ("… downstream, upstream or both?"), its choice set off
by a dash or a colon, answered with a yes/no: the pick was not made, so the answer is unsure and says so. Wordings
written for this test (subjects, relations, word order and punctuation varied)."""

import pytest

from assistant.answer import Answer
from assistant.choices import offered
from assistant.coverage import coverage
from assistant.plan import Step, ToolPlan
from assistant.understand import read
from assistant.unread import unread

_PLAN = ToolPlan((Step("trends_for_industry", {"industry": "Medical Devices", "direction": "both"}),
                  Step("restrict", {"names": ["Big data"]})))
_READING = "Mega trends marked for Medical Devices (both downstream and upstream, Figures 3 and 4), restricted to Big data"


def _answered(question: str, value: str | None) -> Answer:
    frame = read(question)
    ans = Answer(route="tool", answer="…", value=value, reading=_READING)
    unread(ans, _PLAN, frame, coverage(frame, question))
    return ans


CHOICES = [
    ("carbon footprint and medical devices: is that influence downstream, upstream or both?",
     ["downstream", "upstream", "both"]),
    ("big data x medtech - does it run downstream only, upstream only, or both ways",
     ["downstream only", "upstream only", "both ways"]),
    ("for my client in packaging -> personalisation: was the link one way, the other way, mutual or absent?",
     ["link one way", "the other way", "mutual", "absent"]),  # the first option as long as the next
]


@pytest.mark.parametrize("question,options", CHOICES)
def test_options_are_read_as_typed(question, options):
    assert offered(question.lower()) == options


@pytest.mark.parametrize("question", [q for q, _ in CHOICES])
@pytest.mark.parametrize("value", ["yes", "no"])
def test_a_choice_answered_yes_or_no_is_unsure(question, value):
    ans = _answered(question, value)
    assert not ans.sure
    assert "the choice" in ans.reading


@pytest.mark.parametrize("question", [q for q, _ in CHOICES])
def test_a_choice_made_stays_sure(question):
    assert _answered(question, "downstream only").sure


@pytest.mark.parametrize("question", [
    "which trends shape medical devices downstream, upstream or both",  # a list asked for, not a pick
    "does big data shape medical devices downstream? yes or no",
    "which regions work with northern europe at strong level or better",
    "is big data one of the trends for medical devices or not",
    "is there a mark for that cell in the downstream or upstream matrix then",  # a yes/no about either
    "fig 5 has personalisation x packaging - does either figure 3 or figure 4 carry that link?",  # "either … or"
    "is big data marked for medtech in either the downstream or the upstream matrix",
])
def test_no_choice_offered(question):
    assert offered(question.lower()) is None
