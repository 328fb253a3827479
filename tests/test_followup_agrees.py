"""Class: a follow-up checking the answer before against a part of the report it names ("does the conclusion say the
same", "does that match section N", "the conclusion lists X instead of Y, which one is it"): answered with that part's
passage on the subject before, beside the other side, never sure. Wordings here are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

from assistant.agrees import asks_check, parts_named


@pytest.mark.parametrize("question,numbers", [
    ("does §4.3 agree with that", ["4.3"]),
    ("is that consistent with section 4.4.2?", ["4.4.2"]),
    ("do the conclusions back that up", ["4.5"]),
    ("the introduction says otherwise - does chapter 3 match it?", ["1", "3"]),
])
def test_the_named_parts_are_read_from_the_report_structure(question, numbers):
    assert [p.number for p in parts_named(question)] == numbers
    assert asks_check(question)


@pytest.mark.parametrize("question", [
    "what does the conclusion say about logistics",  # names a part, checks nothing
    "does section 9.7 agree with that",  # no such section
    "is that the same for environmental industries",  # checks, names no part
])
def test_no_part_or_no_check_is_left_alone(question):
    assert not asks_check(question)


@pytest.mark.parametrize("turns,question,section", [
    (["which regions offer the most internationalisation support services"],
     "is that consistent with what the conclusion says?", "4.5"),
    (["what does the report say about creative industries and internationalisation"],
     "and does section 4.5 back that up?", "4.5"),
    (["which industries have the most areas of strong interdependency"], "does §4.5 agree, or does it differ?", "4.5"),
    (["what does the conclusion say about the importance of internationalisation"],
     "section 4.3 says something else, doesn't it - which is right?", "4.3"),
])
def test_a_check_against_a_named_part_quotes_that_part(assistant, turns, question, section):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "retrieval" and not ans.sure, ans.answer
    assert section in {c.section for c in ans.citations if c.quote}, ans.citations
    assert f"\u00a7{section}" in ans.reading and turns[-1].rstrip("?") in ans.reading


def test_two_quoted_lists_are_compared_by_their_names():
    from assistant.agrees import verdict

    a = "The importance is higher for Blue Growth, Biopharmaceuticals and Creative Industries."
    b = "Clusters of Blue Growth, Biopharmaceuticals and Environmental Industries offer services."
    told, said = verdict(a, b, ("§1", "§2"))
    assert told == "no" and "only §1 names Creative Industries" in said and "only §2 names Environmental" in said
    assert verdict(a, a)[0] == "yes"
    assert verdict(a, "Clusters offer services.") is None


def test_a_list_check_says_how_the_quoted_lists_differ(assistant):
    _, ans = converse(assistant, ["for which industries is the importance of internationalisation high"],
                      "is the list in section 4.3 the same as in the conclusion?")
    assert ans.route == "retrieval" and not ans.sure and "The quoted passages " in ans.answer, ans.answer
    told = "yes" if "name the same ones" in ans.answer else "no"
    assert ans.value == told  # the computed comparison of the quoted lists, in an answer never sure


def test_a_check_with_the_index_unavailable_is_a_sentence_not_a_crash(monkeypatch, tmp_path):
    from assistant import Assistant
    from assistant.errors import IndexUnavailable

    a = Assistant.load(index_dir=str(tmp_path / "index"))

    def down():
        raise IndexUnavailable("The search index is unavailable.")
    monkeypatch.setattr(a, "retriever", down)
    a.ask("which mega trends shape logistical services downstream", conversation_id="c")
    ans = a.ask("does the conclusion agree with that?", conversation_id="c")
    assert ans.route == "refuse" and ans.reason == "unavailable", ans.answer


@pytest.mark.parametrize("turns,question,sections", [
    (["which industries does 4.3 call highly important for internationalisation"],
     "is that the same list the conclusion gives?", {"4.3", "4.5"}),
    (["according to 4.5, which industries are more internationalised"], "does section 4.3 agree with that list?",
     {"4.3", "4.5"}),
    (["for which industries does 4.5 see further internationalisation as more important"],
     "does 4.3 give the same ones?", {"4.3", "4.5"}),
])
def test_a_part_the_question_before_named_is_the_other_side_of_the_check(assistant, turns, question, sections):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "retrieval" and not ans.sure, ans.answer
    assert sections <= {c.section for c in ans.citations if c.quote}, ans.citations
    assert "The quoted passages " in ans.answer, ans.answer
    assert ans.value == ("yes" if "name the same ones" in ans.answer else "no")
