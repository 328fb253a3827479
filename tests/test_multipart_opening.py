"""Class: a two-part message whose first part is a bare request ("abbreviation for X, and how many … does it have")
or which opens with a new-subject marker ("ok, moving on. …, and …"): both parts are answered, the second leaning
on the first, and nothing is taken from the turns before the marker. Wordings here are this file's own; what is
expected comes from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


def _abbreviation(industry):
    return tools.abbreviation(industry).value


@pytest.mark.parametrize("turns,question,industry", [
    (["which regions does northern europe cooperate with in r&d"],
     "different question: abbreviation for biopharmaceuticals, and how many areas of strong interdependency does it have?",
     "Biopharmaceuticals"),
    ([], "the abbreviation for creative industries, and how many AOSIs does it have?", "Creative Industries"),
])
def test_a_bare_request_then_a_question_about_it(turns, question, industry):
    ans = converse(A, turns, question)[1] if turns else A.ask(question)
    aosi = tools.trends_for_industry(industry, "aosi")
    assert ans.route == "tool" and f"**{_abbreviation(industry)}**" in ans.answer and ans.count == aosi.count, ans.reading
    assert "2 questions" in ans.reading and "Northern Europe" not in ans.reading, ans.reading


def test_a_marker_before_two_questions_starts_afresh_for_both():
    before, ans = converse(A, ["which mega trends shape logistical services downstream"],
                           "ok, moving on. which region is spain in, and who are its strongest r&d partners?")
    region = tools.region_of("Spain").value
    assert ans.route == "tool" and "not answered" not in ans.reading and region in ans.reading, ans.reading
    assert ans.args.get("region") == region and "Logistical Services" not in ans.reading, ans.reading


@pytest.mark.parametrize("question", [
    "how many dots does the downstream matrix have in all, and on which page is it?",
    "how many marks does figure 5 hold and what page is that on",
])
def test_a_closing_page_question_leaves_the_count_to_the_part_before(question):
    """"…, and what page is it on" only says where the answer before it is: the count is that part's."""
    first = A.ask(question.split(" and ")[0].rstrip(", "))
    ans = A.ask(question)
    assert first.route == "tool" and ans.route == "tool" and ans.count == first.count and ans.count, ans.reading
