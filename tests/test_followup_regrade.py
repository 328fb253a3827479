"""Class: a follow-up that says only another grade on the last answer's scale ("and just the weak ones?", "the ones
with one tick only?") asks the last question again with that grade — the sibling set, not the last answer's items
kept to it (two exact grades share no item). Wordings here are this file's own; what is expected comes from the
tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


def _pairs(items):
    return {frozenset(i) for i in items}


@pytest.mark.parametrize("turns,question,kind,grade", [
    (["which region pairs have very strong R&D cooperation"], "and just the weak ones?", "rd", "-"),
    (["which pairs have medium business cooperation"], "and only strong, rather than medium?", "business", "+"),
    (["list the region pairs rated ++ for business ties"], "which ones are merely medium then", "business", "o"),
    (["which pairs are rated o in the r&d matrix"], "which get just one + then?", "rd", "+"),
    # after the pairs were kept to one region: the other grade is over the whole figure again
    (["which pairs are rated o in the r&d matrix", "which of these include southwest europe"],
     "and how many pairs are weak only?", "rd", "-"),
])
def test_another_grade_of_region_pairs(turns, question, kind, grade):
    before, ans = converse(A, turns, question)
    want = tools.pairs_at_grade(kind, grade, grade).items
    assert before.route == "tool" and want and ans.route == "tool", ans.reading
    assert _pairs(ans.items) == _pairs(want) and not _pairs(ans.items) & _pairs(before.items), ans.reading


@pytest.mark.parametrize("turns,question", [
    (["which parameters get a double tick for e-commerce in logistical services"], "the ones with one tick only?"),
    (["where does e-commerce score a double tick in logistical services"], "and which ones are singly ticked?"),
])
def test_the_single_ticks_of_the_last_profile(turns, question):
    before, ans = converse(A, turns, question)
    profile = tools.subtrend_profile(before.args["subtrend"], before.args.get("industry"))
    assert ans.route == "tool" and set(ans.items) == set(profile.groups.get("✓", [])) and ans.items, ans.reading


def test_the_single_ticks_of_a_column_are_not_kept_inside_the_double_ones():
    before, ans = converse(A, ["which blue growth sub-trends are very strong on information sharing"],
                           "and those with just one tick?")
    wide = tools.subtrends_at_grade("Information sharing", "✓", "Blue Growth Industries").items
    want = set(wide) - set(before.items)
    assert ans.route == "tool" and want and set(ans.items) == want, ans.reading


def test_a_grade_only_denied_changes_nothing_confidently():
    """"which are not very strong?" says no grade to swap in: never the very strong pairs again, sure."""
    before, ans = converse(A, ["which region pairs have very strong business cooperation"], "which are not very strong?")
    assert not (ans.sure and ans.route == "tool" and _pairs(ans.items) == _pairs(before.items))
