"""A message asking two things: every part answered or named as not answered, never dropped (tool paths)."""

import pytest

from assistant import Assistant
from assistant.answer import Answer
from assistant.multipart import answer_parts, combine
from assistant.understand.clauses import Part

A = Assistant.load()


def test_both_parts_answered_the_later_leaning_on_the_earlier():
    ans = A.ask("Which region is Hungary in, and how strong is its R&D cooperation with Southwest Europe?")
    assert ans.tool == "cooperation_grade" and ans.value == A.ask(
        "How strong is R&D cooperation between Central Eastern Europe and Southwest Europe?").value
    assert {"10", "13"} <= {c.figure for c in ans.citations}
    assert ans.reading.startswith("2 questions in one") and "Hungary" in ans.answer


def test_a_part_not_answered_is_named_and_offered_and_the_answer_is_unsure():
    ans = A.ask("which trends drive logistics, and what is the GDP of atlantis?")
    assert ans.tool == "trends_for_industry" and ans.items and not ans.sure
    assert "not answered" in ans.reading and "GDP" in ans.reading
    assert [a.question for a in ans.alternatives][:1] == ["What is the GDP of atlantis?"]


def test_the_count_of_the_same_list_is_given_once():
    ans = A.ask("which trends drive logistics, and how many are there?")
    assert ans.tool == "trends_for_industry" and len(ans.items) >= 2
    assert f"{len(ans.items)} (the answer above)" in ans.answer


def test_two_narrative_parts_are_searched_as_one_question():
    parts = (Part("what is fourth party logistics"), Part("and how does it extend the value chain"))
    assert combine(parts, [Answer(route="retrieval", answer="a"), Answer(route="retrieval", answer="b")]) is None


def test_a_part_that_only_got_an_unsure_search_is_shown_as_unsure():
    parts = (Part("which trends hit medtech"), Part("and where in the value chain"))
    tool = Answer(route="tool", answer="list", items=["x"], tool="trends_for_industry",
                  args={"industry": "Medical Devices"}, reading="r1")
    search = Answer(route="retrieval", answer="passages", sure=False, reading="r2", passages=[{"section": "3.2"}])
    ans = combine(parts, [tool, search])
    assert ans.items == ["x"] and not ans.sure and "passages" in ans.answer and ans.passages == search.passages
    assert "(2) not sure: r2" in ans.reading and "could not answer" not in ans.answer


def test_a_part_that_names_nothing_is_asked_again_with_the_subject_of_the_table_part():
    asked = []

    def ask(text):
        asked.append(text)
        if len(asked) == 1:
            return Answer(route="tool", answer="list", items=["x"], args={"industry": "Medical Devices"}, reading="r")
        return Answer(route="retrieval", answer="p", sure=False, reading=f"search {len(asked)}")

    parts = (Part("which trends hit medtech"), Part("and why do they matter"))
    got = answer_parts(parts, ask)
    assert asked[1:] == ["and why do they matter", "Why do they matter for Medical Devices?"]
    assert got[1].reading.startswith("search 3") and not got[1].sure


@pytest.mark.parametrize("text", ["and how is a mega trend defined in the report",
                                  "what does the study mean by emerging"])
def test_a_part_that_stands_alone_is_not_asked_again_with_another_subject(text):
    asked = []

    def ask(q):
        asked.append(q)
        if len(asked) == 1:
            return Answer(route="tool", answer="list", items=["x"], args={"industry": "Medical Devices"}, reading="r")
        return Answer(route="retrieval", answer="p", sure=False, reading="search")

    answer_parts((Part("which trends hit medtech"), Part(text)), ask)
    assert asked == ["which trends hit medtech", text]


def test_a_part_given_the_same_table_answer_is_pointed_to_unless_it_asks_how_many():
    table = Answer(route="tool", answer="list", items=["x", "y"], tool="t", args={"industry": "i"}, reading="r")
    ans = combine((Part("which section explains it"), Part("and where does it start")), [table, table])
    assert "Answered above, under question 1." in ans.answer and "2 (the answer above)" not in ans.answer
    counted = combine((Part("which trends drive it"), Part("and how many are there")), [table, table])
    assert "2 (the answer above)." in counted.answer
    asked = Answer(route="tool", answer="yes", items=["x", "y"], tool="t", args={"industry": "i"}, value="yes")
    own = combine((Part("which trends drive it"), Part("and is x one of them")), [table, asked])
    assert own.answer.count("list") == 1 and "yes" in own.answer and own.value == "yes"
