"""A change asked over a period the question names: answered only when the passages speak of that time. Wordings
written for these tests, not taken from any question set."""

from __future__ import annotations

import pytest
from test_scope_times import _result, _sentences  # one real quote of the report as a retrieval result

from assistant.periods import period_unheld


def _sentence(has, lacks=()):
    return next(s for s in _sentences().items if has(s.text) and not any(w in s.text for w in lacks))


# class: a change over a period (years, or "the last N years") the passages do not speak of
@pytest.mark.parametrize("question", [
    "how has R&D cooperation between central eastern europe and northwest europe grown since 2010",
    "what was the trend in cluster internationalisation between 2008 and 2013",
    "how has the number of internationalisation services changed over the last ten years",
])
def test_a_change_over_a_period_the_passages_never_speak_of_is_not_answered(question):
    plain = _sentence(lambda t: "cooperation" in t and "years" not in t and not any(c.isdigit() for c in t))
    assert "over time" in period_unheld(_result(question, plain), _sentences())


def test_a_period_the_passage_speaks_of_is_answered():
    question = "how did demand for advanced packaging change in the past few years"
    spoken = _sentence(lambda t: "past few years" in t)
    assert period_unheld(_result(question, spoken), _sentences()) == ""
    year = _sentence(lambda t: "2013" in t)
    assert period_unheld(_result("what changed for clusters since 2013", year), _sentences()) == ""


@pytest.mark.parametrize("question", [
    "is the importance of internationalisation falling for logistics clusters",  # a change, but no period named
    "is the NIC global trends 2030 study among the sources",  # a year in a title, no period
])
def test_no_period_no_check(question):
    plain = _sentence(lambda t: "cooperation" in t)
    assert period_unheld(_result(question, plain), _sentences()) == ""


# class: a percentage asked with the sign alone ("what % …"), answered by quotes that hold no number
@pytest.mark.parametrize("question", [
    "what % of cluster managers expect more R&D cooperation",
    "by what % will logistics clusters grow their exports",
    "which share in per cent of biopharma firms cooperate abroad",
])
def test_a_percentage_asked_with_the_sign_needs_a_number(question):
    from assistant.scope import missing_figure

    plain = _sentence(lambda t: "cooperation" in t and not any(c.isdigit() for c in t) and "%" not in t
                      and not any(w in t.lower() for w in ("two", "three", "four", "five", "half", "majority")))
    assert missing_figure(_result(question, plain)) is not None


# class: a count asked of a set "in the <words the report never writes>" (the whole set, said in the user's words)
@pytest.mark.parametrize("question", [
    "how many cluster organisations were in the dataset the authors drew on",
    "how many cluster organisations are in the benchmarking pool behind the charts",
    "how many cluster organisations were within the survey they ran",
])
def test_a_count_of_the_whole_set_in_users_words_is_answered(question):
    from assistant.scope import _measure_missing

    counted = _sentence(lambda t: "154 cluster organisations" in t)
    assert _measure_missing(_result(question, counted), _sentences()) == ""


@pytest.mark.parametrize("question", [
    "how many cluster organisations are in hungary",  # a subset the report's names name
    "how many cluster organisations are in blue growth industries",
])
def test_a_count_of_a_named_subset_needs_its_own_number(question):
    from assistant.scope import _measure_missing

    counted = _sentence(lambda t: "154 cluster organisations" in t and "Hungary" not in t and "Blue" not in t)
    assert _measure_missing(_result(question, counted), _sentences())
