"""Scope in the retrieval path: a sentence that only sets the scene, and a generic word joined to a word the report
mentions in passing, do not make a covered question out of scope (answered, unsure where a word was not read)."""

from __future__ import annotations

import pytest
from conftest_retrieval import index_dir  # noqa: F401


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize("question", [
    "my client bakes bread for supermarkets. what does the report say about personalisation",
    "we sell yoghurt pots to dairies. how does the report see packaging changing",
    "my client repairs fishing boats. what does the report say about blue growth",
])
def test_words_of_a_scene_setting_sentence_are_not_the_topic(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "retrieval" and ans.citations, ans.answer


@pytest.mark.parametrize("question", ["is induction charging of trucks covered anywhere",
                                      "where is induction charging of trucks mentioned",
                                      "is induction charging for trucks in the report anywhere"])
def test_a_word_joined_to_a_passing_mention_is_answered_unsure(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "retrieval" and not ans.sure, ans.answer


def test_an_unknown_topic_beside_the_scene_is_still_refused(assistant):
    ans = assistant.ask("my client bakes bread. what does the report say about zyxwvut")
    assert ans.route == "refuse" and "zyxwvut" in ans.answer


def test_a_topic_before_a_dash_is_no_scene(assistant):
    from assistant.scope import scene_words

    assert scene_words("my client bakes bread. what does the report say") == {"my", "client", "bakes", "bread"}
    assert scene_words("zyxwvut trucks - how do they fit the mobility trends") == frozenset()
    ans = assistant.ask("zyxwvut trucks - how do they fit the mobility trends")
    assert ans.route == "refuse" and "zyxwvut" in ans.answer


@pytest.mark.parametrize("question", [
    "why does getting goods delivered instantly matter so much, and which parts of a firm does it touch",
    "who is the intended readership of this study",
])
def test_a_users_own_words_do_not_make_a_covered_question_out_of_scope(assistant, question):
    ans = assistant.ask(question)  # words the report never uses, none at the topic's place: answered, unsure
    assert ans.route == "retrieval" and ans.citations and not ans.sure, ans.answer


@pytest.mark.parametrize(("question", "word"), [
    ("how did the pandemic change cross-border cooperation", "pandemic"),
    ("does the study mention the kyoto protocol anywhere", "kyoto"),
    ("submarine and drone industry clusters: who do they cooperate with", "submarine"),
    ("which cluster organisations from tyrol are in the data", "tyrol"),
])
def test_a_topic_the_report_never_names_is_refused_naming_it(assistant, question, word):
    ans = assistant.ask(question)
    assert ans.route == "refuse" and word in ans.answer.lower(), ans.answer


def test_a_question_with_a_mistyped_report_word_is_answered_not_refused(assistant):
    ans = assistant.ask("what does the reprot say about personalisaton of services")
    assert ans.route == "retrieval" and ans.citations, ans.answer


def test_asking_which_page_is_no_topic_the_report_lacks(assistant):
    ans = assistant.ask("the conclusion has a bubble chart of support services by region - on which page is it")
    assert ans.route != "refuse" and ans.citations, ans.answer  # found as a figure or a passage, never refused
