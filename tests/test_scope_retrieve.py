"""Scope in the retrieval path: a sentence that only sets the scene, a generic word joined to a word the report
mentions in passing, and an ordinary word that carries little of the question's meaning do not make a covered
question out of scope (answered, unsure where a word was not read)."""

from __future__ import annotations

import pytest
from conftest_retrieval import index_dir, retriever  # noqa: F401


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize("question", [
    "my client bakes bread for supermarkets. what does the report say about personalisation",
    "we sell yoghurt pots to dairies. how does the report see packaging changing",
    "my client repairs fishing boats. what does the report say about blue growth",
    # an ordinary word the report never uses, carrying little of the meaning: the user's way of saying something
    "Autoliv gets mentioned somewhere - what for?",
    "colleague: where does the report say which two developments reshape the logistics value chain",
    "with colleagues bringing their own laptops to work, what does the report say firms must do about business software",
    "does the study discuss somewhere how SMEs get support for going international",
    "which services do cluster organisations offer so smes are eager to go international",  # named, read first
    "what support do cluster organisations give so smes are keen to go international",
    # a figure asked with the user's abbreviation or another form of the report's word ("orgs", "wider")
    "how many orgs are in the cluster benchmarking extract used by the study",
    "how big is the wider ESCA data pool behind the study",
    "how many orgs does the ESCA data pool hold in total",
])
def test_words_that_set_the_scene_or_say_it_otherwise_are_not_the_topic(assistant, question):
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


# an ordinary word the report never uses that carries little of the question's meaning (the embedding model's view) is
# the user's way of saying something; a name the model does not know whole, or a word that takes the meaning with it, is not
@pytest.mark.parametrize(("question", "word"), [
    ("which interreg calls can clusters apply to for going abroad", "interreg"),
    ("does the report see blockchain as a way to trace shipments", "blockchain"),
    ("what did the pandemic do to logistics clusters", "pandemic"),
    # an acronym the report never writes, named by a word it never writes either
    ("how is conversational AI changing customer service in logistics", "conversational AI"),
    ("effects of generative AI on advanced packaging firms, according to the study", "generative AI"),
])
def test_a_topic_the_report_lacks_is_still_refused(assistant, question, word):
    ans = assistant.ask(question)
    assert ans.route == "refuse" and word in ans.answer, ans.answer


def test_the_weight_of_a_word_is_what_the_question_keeps_without_it(retriever):  # noqa: F811 - the model's view
    from assistant.incidental import INCIDENTAL, incidental
    from retrieval.weight import kept, kept_all, whole_word, without

    assert without("Autoliv is named somewhere - why?", "somewhere") == "Autoliv is named - why?"
    assert whole_word("somewhere") and whole_word("e-commerce") and not whole_word("interreg")
    q = "how did covid change cross-border cooperation, somewhere in the report"
    weights = kept(retriever.embedder, q, ["covid", "somewhere"])
    assert weights["somewhere"] >= INCIDENTAL > weights["covid"]
    assert incidental(retriever.embedder, q, ["covid", "somewhere"]) == ["somewhere"]  # covid: not a whole word
    assert incidental(None, q, ["somewhere"]) == []
    both = "what does the report say about artificial intelligence and machine learning in medtech"
    assert kept_all(retriever.embedder, both, ["artificial", "machine"]) < INCIDENTAL  # each stands for the other
    assert incidental(retriever.embedder, both, ["artificial", "machine"]) == []
    assert kept(retriever.embedder, "somewhere", ["somewhere"]) == {"somewhere": 0.0}


def test_an_acronym_is_a_name_with_a_word_the_report_never_writes_before_it():
    from assistant.incidental import acronym_names

    assert acronym_names("how is conversational AI changing logistics", ["AI"]) == ["conversational AI"]
    assert acronym_names("why do clusters link to NW europe", ["NW"]) == []  # the user's abbreviation
    assert acronym_names("why do strong NW links matter", ["NW"]) == []  # "strong": a word of the report


def test_a_users_abbreviation_is_read_as_the_reports_word():
    from assistant.scope import _content, _spelled

    assert _spelled("how many cluster orgs") == "how many cluster organisations"
    assert _content("cluster orgs") == _content("cluster organisations")
