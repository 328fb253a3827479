"""Class: a follow-up asking about the turn before in the light of an event the report never writes of ("has that
changed since <event>", "what about … after <event>", "did <event> change that"): refused, naming the event and the
subject of the turn before, never a passage sharing only "changed". Wordings here are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

from assistant.answer import Answer, Citation
from assistant.later import after_event, event_of


@pytest.mark.parametrize("question,event", [
    ("has any of that shifted since the pandemic?", "pandemic"),
    ("and after covid-19, is that still so?", "covid-19"),
    ("how did brexit affect those partners", "brexit"),
    ("post-covid, is it the same", "covid"),
    ("ok and since the chatgpt boom?", "chatgpt"),
    ("so how the pandemic affected those ties, does it say?", "pandemic"),
])
def test_the_event_is_read(question, event):
    assert event_of(question) == event


@pytest.mark.parametrize("question", [
    "and after that, upstream?", "what happens after internationalisation", "since when has it existed",
    "is it still true during the recession", "which partners follow after northern europe",
])
def test_no_event_or_one_the_report_knows_is_left_alone(question):
    assert event_of(question) is None


def test_the_refusal_names_the_event_and_the_subject():
    passage = Answer(route="retrieval", answer="…", citations=[Citation(section="2.2", page=9, quote="It changed.")])
    ans = after_event("has that changed since the pandemic", passage, "the subject before")
    assert ans.route == "refuse" and "pandemic" in ans.answer and "the subject before" in ans.reading
    assert after_event("has that changed since the recession", passage, "x") is None


@pytest.mark.parametrize("turns,question", [
    (["which mega trends hit biopharma downstream"], "and after covid-19, is that still so?"),
    (["which regions have weak r&d cooperation with northern europe"], "is that still the picture after brexit?"),
    (["what does the report say about the four motors initiative"], "and has it grown since brexit?"),
    (["what should cluster managers in blue growth do"], "is that advice still valid post-pandemic?"),
])
def test_a_follow_up_about_a_later_event_is_refused(assistant, turns, question):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "refuse", ans.answer


def test_a_change_the_report_describes_is_still_answered(assistant):
    _, ans = converse(assistant, ["what drives the carbon footprint trend"], "has it changed since the recession?")
    assert ans.route == "retrieval", ans.answer
