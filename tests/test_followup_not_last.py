"""Class: a follow-up that asks for what the last answer did not list ("… that aren't in that list", "… not among
those", "… weren't in the last answer"): its question without the negation, minus the last answer's entries; never
the complement over every name of the kind. Expected answers come from the tools; wordings are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import tools


@pytest.mark.parametrize("turn,question,expect", [
    ("which trends does medical devices push upstream",
     "and downstream - which trends hit it that were not in that list?",
     lambda: set(tools.trends_for_industry("Medical Devices", "downstream").items) -
     set(tools.trends_for_industry("Medical Devices", "upstream").items)),
    ("which industries are hit by big data downstream", "and in the aosi matrix, which ones weren't in the last answer?",
     lambda: set(tools.industries_for_trend("Big data", "aosi").items) -
     set(tools.industries_for_trend("Big data", "downstream").items)),
    ("which megatrends shape digital industries downstream", "which trends does it shape upstream that are not among those",
     lambda: set(tools.trends_for_industry("Digital Industries", "upstream").items) -
     set(tools.trends_for_industry("Digital Industries", "downstream").items)),
])
def test_what_the_last_answer_did_not_list(assistant, turn, question, expect):
    _, ans = converse(assistant, [turn], question)
    assert ans.route == "tool" and set(ans.items) == expect(), (ans.reading, ans.items)


@pytest.mark.parametrize("turn,question,trend,industry", [
    ("which trends shape medical devices upstream", "so big data isn't in that list - is it an AOSI for medical devices?",
     "Big data", "Medical Devices"),
    ("which megatrends hit creative industries downstream",
     "innovation dynamics is not in that list; is it an AOSI for creative industries?", "Innovation dynamics",
     "Creative Industries"),
])
def test_a_premise_about_the_last_list_leaves_the_question_its_own(assistant, turn, question, trend, industry):
    _, ans = converse(assistant, [turn], question)
    direction = "aosi" if "aosi" in question.lower() else "upstream"
    assert "\u2216" not in ans.reading and ans.value == tools.matrix_cell(trend, industry, direction).value, \
        (ans.reading, ans.value)
