"""Follow-ups that compare the two kinds of cooperation over the last subject (a region's partners, or the last
pairs): both figures read, the answer kept to the last subject. Expected answers come from the tools, never from
literals. Wordings are this file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.kindpairs import stronger_kind
from assistant.understand import read

A = Assistant.load()


def _ask(turns, question):
    before, ans = converse(A, turns, question)
    return ans


def _partners(region: str, stronger: str) -> list[str]:
    pairs = tools.grade_differences(f"{stronger}_stronger").items
    return [b if a == region else a for a, b in pairs if region in (a, b)]


@pytest.mark.parametrize("turns,question,region,stronger", [
    (["who does northern europe cooperate with on business"], "so which of them are stronger on business than on r&d",
     "Northern Europe", "business"),
    (["r&d partners of central western europe"], "with whom is their r&d tie weaker than the business tie?",
     "Central Western Europe", "business"),
    (["southwest europe's business partners"], "any partner where the research link beats the business one?",
     "Southwest Europe", "rd"),
])
def test_the_last_regions_partners_compared_across_the_two_kinds(turns, question, region, stronger):
    ans = _ask(turns, question)
    want = _partners(region, stronger)
    assert ans.route == "tool" and {"13", "16"} <= {c.figure for c in ans.citations}, ans.reading
    assert sorted(ans.items) == sorted(want), (ans.items, want)
    if read(question).intent == "yesno":
        assert ans.value == ("yes" if want else "no")


def test_the_last_pairs_compared_across_the_two_kinds():
    last = tools.pairs_at_grade("business", "+").items
    ans = _ask(["which pairs are rated + for business"], "are any of those stronger in r&d")
    rd_higher = {frozenset(p) for p in tools.grade_differences("rd_stronger").items}
    want = [p for p in last if frozenset(p) in rd_higher]
    assert ans.route == "tool" and ans.value == ("yes" if want else "no"), (ans.reading, ans.value)
    assert {frozenset(p) for p in ans.items} == {frozenset(p) for p in want}


@pytest.mark.parametrize("question,kind", [
    ("which of them are stronger on business than on r&d", "business"),
    ("where is r&d weaker than business for them", "business"),
    ("is the business link below the r&d one there", "rd"),
    ("are any of those better in r&d", "rd"),
    ("which of them cooperate on business", None),  # no comparison of grades
])
def test_the_kind_said_to_be_graded_higher(question, kind):
    assert stronger_kind(read(question)) == kind
