"""Class: a follow-up that compares the last answer with the same question on the other table (the other kind of
cooperation, the other direction): "more or fewer than in r&d?", "and downstream - more?", "higher or lower than
the r&d one?". An either-or is answered with the word that holds, of the thing the words ask about (the last
answer when the other table follows "than"). Wordings here are this file's own; what is expected comes from the
tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


def _word(a, b, up, down):
    return up if a > b else down if a < b else "the same"


@pytest.mark.parametrize("turns,question,first,second,words", [
    (["how many region pairs are rated medium in the business matrix"], "more or fewer than in r&d?",
     "business", "rd", ("more", "fewer")),
    (["how many pairs are weak in r&d cooperation"], "and in business, higher or lower?",
     "business", "rd", ("higher", "lower")),
])
def test_a_count_against_the_other_kind(turns, question, first, second, words):
    before, ans = converse(A, turns, question)
    grade = before.args["min_grade"]
    a = tools.pairs_at_grade(first, grade, grade).count
    b = tools.pairs_at_grade(second, grade, grade).count
    assert ans.route == "tool" and ans.value == _word(a, b, *words) and ans.count == a, ans.reading
    assert {"13", "16"} <= {str(c.figure) for c in ans.citations}, ans.reading


def test_a_count_against_the_other_direction_yes_or_no():
    before, ans = converse(A, ["how many mega trends have upstream marks for logistical services"],
                           "and downstream - more?")
    down = tools.trends_for_industry(before.args["industry"], "downstream")
    up = tools.trends_for_industry(before.args["industry"], "upstream")
    assert ans.route == "tool" and ans.value == ("yes" if down.count > up.count else "no"), ans.reading
    assert set(ans.items) == set(down.items), ans.reading


@pytest.mark.parametrize("turns,question,subject", [
    (["business cooperation between northern europe and southwest europe: how strong?"],
     "higher or lower than the r&d one?", "business"),
    (["how strong are r&d ties between northwest and southwest europe"], "and business - stronger or weaker?",
     "business"),
])
def test_a_grade_against_the_other_kind_names_the_word(turns, question, subject):
    before, ans = converse(A, turns, question)
    a, b = before.args["region_a"], before.args["region_b"]
    other = "rd" if subject == "business" else "business"
    rank = {k: tools.grade_rank("cooperation", tools.cooperation_grade(a, b, k).value) for k in (subject, other)}
    up, down = ("higher", "lower") if "higher" in question else ("stronger", "weaker")
    assert ans.route == "tool" and ans.value == _word(rank[subject], rank[other], up, down), ans.reading
