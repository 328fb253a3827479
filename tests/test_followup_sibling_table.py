"""Follow-ups that carry the last subject into another table of the same kind named as "the <word> one": "and in the
consolidated one?", "what about the business one". Wordings here are this file's own, not the tuning sets'; what
is expected is read from the tools over the named table."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()



@pytest.mark.parametrize("first,question,want", [
    ("which trends shape medical devices downstream", "and in the consolidated one?",
     lambda: tools.trends_for_industry("Medical Devices", "aosi")),
    ("which industries does carbon footprint reduction reach downstream", "what about the consolidated one",
     lambda: tools.industries_for_trend("Carbon foot-print reduction", "aosi")),
    ("which mega trends does logistics push upstream", "and the downstream one?",
     lambda: tools.trends_for_industry("Logistical Services", "downstream")),
])
def test_the_last_subject_in_the_table_the_one_names(first, question, want):
    """Class: "the <word> one" after a table answer names another table of its kind; the subject is carried."""
    before, ans = converse(A, [first], question)
    expected = want()
    assert before.route == "tool" and set(before.items) != set(expected.items), "the example must tell them apart"
    assert ans.route == "tool" and set(ans.items) == set(expected.items), (ans.reading, ans.items)
    assert {c.figure for c in ans.citations} & {c.figure for c in expected.citations}, ans.citations


def test_the_same_pair_in_the_other_cooperation_table():
    _, ans = converse(A, ["how strong is R&D cooperation between northern europe and central western europe"],
                      "and in the business one?")
    want = tools.cooperation_grade("Northern Europe", "Central Western Europe", "business")
    assert ans.route == "tool" and ans.value == want.value, (ans.value, ans.reading)


def test_a_one_the_report_does_not_name_is_never_the_last_answer_again_sure():
    """"and in the combined one?" names a table by a word no figure's own words have: never the last answer again,
    given as sure."""
    before, ans = converse(A, ["which trends does the downstream matrix mark for creative industries"],
                      "and in the combined one?")
    assert not (ans.sure and ans.route == "tool" and ans.items == before.items), ans.reading
