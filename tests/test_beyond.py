"""What lies beyond the report though its words are the report's: a name it never writes, how its forecasts turned out.
Wordings written for these tests, not taken from any question set."""

from __future__ import annotations

import pytest

from assistant.beyond import outcome, unnamed
from assistant.times import report_date
from retrieval.records import RetrievalResult


def _res(question: str) -> RetrievalResult:
    return RetrievalResult(question, [], [], True, 0.6, 0.3)


@pytest.mark.parametrize(("question", "name"), [
    ("does the report discuss the Digital Single Market strategy", "Digital Single Market strategy"),
    ("is the Creative Europe programme mentioned", "Creative Europe programme"),
])
def test_a_name_made_of_report_words_that_the_report_never_writes(question, name):
    assert name in unnamed(_res(question), None)


@pytest.mark.parametrize("question", [
    "what does the report say about smart specialisation strategies",  # the report's own phrase
    "vanguard initiative - anything on it?",  # named in the report's own way ("the Vanguard or the … Initiative")
    "where should a cluster point its international partnerships",  # no name: a determiner opens the phrase
    "who first set up these cross-regional partnerships",
])
def test_the_reports_own_names_and_phrases_are_left_alone(question):
    assert unnamed(_res(question), None) == ""


@pytest.mark.parametrize("question", ["has its forecast on connected devices materialised",
                                      "did the prediction about emerging markets turn out to be right"])
def test_whether_a_forecast_came_true_is_beyond_the_report(question):
    assert str(report_date()) in outcome(_res(question), None)


def test_asking_for_the_forecast_itself_is_left_alone():
    assert outcome(_res("what does the report forecast for connected devices"), None) == ""
