"""Where a word the report never uses stands: as the question's topic (it counts against the question being covered)
or as the user's way of saying something the report says in its own words (it does not). Wordings written for these
tests, not taken from any question set."""

from __future__ import annotations

import pytest

from assistant.salient import salient


@pytest.mark.parametrize(("question", "word"), [
    ("does the report discuss the kyoto protocol and what it means for logistics", "kyoto"),
    ("does the report discuss the kyoto protocol and what it means for logistics", "protocol"),
    ("what does the study say about quantum sensors in medical devices", "quantum"),
    ("how does generative AI change the packaging value chain", "AI"),
    ("submarine and drone industry clusters: who do they cooperate with", "submarine"),
    ("nanotech clusters - which megatrends shape them", "nanotech"),
    ("which cluster organisations from tyrol are in the data", "tyrol"),
    ("how did the pandemic change cross-border cooperation", "pandemic"),
])
def test_a_word_at_the_topic_place_is_salient(question, word):
    assert salient(question, [word]) == [word]


@pytest.mark.parametrize(("question", "word"), [
    ("in the crossover chart with the little ticks, what does an empty box mean", "ticks"),
    ("why does getting goods delivered instantly matter so much, and which parts of a firm does it touch", "instantly"),
    ("who is the intended readership of this study", "readership"),
    ("how does personalisation squeeze packaging companies", "squeeze"),
    ("is there one magic bullet service that makes clusters go international", "bullet"),
])
def test_a_way_of_saying_is_not_salient(question, word):
    assert salient(question, [word]) == []


@pytest.mark.parametrize(("question", "word"), [
    ("how did the pandemic change cross-border cooperation", "pandemic"),
    ("does the study mention the kyoto protocol anywhere", "kyoto"),
    ("submarine and drone industry clusters: who do they cooperate with", "submarine"),
    ("which cluster organisations from tyrol are in the data", "tyrol"),
    ("anything on AI for packaging firms", "AI"),
])
def test_a_topic_beyond_doubt(question, word):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == [word]


@pytest.mark.parametrize(("question", "word"), [
    ("in the crossover table, does a blank box mean the parameter is untouched?", "untouched"),
    ("why do DE/AT clusters cooperate so much with the nordic countries", "AT"),
    ("how does climate policy change things for yacht builders and other maritime firms", "yacht"),
    ("which of them has the longest list of sub-trends", "longest"),
])
def test_not_a_topic(question, word):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == []


@pytest.mark.parametrize(("question", "word", "topic"), [
    ("pandemic effects on logistics clusters?", "pandemic", True),
    ("which medtech sub-trends are driven by nanobots", "nanobots", True),
    ("customer is a freight forwarder - what does the report say about logistics", "customer", False),
    ("customer wants to export - what does the report advise", "customer", False),
])
def test_an_opening_word_is_a_topic_unless_it_opens_a_clause(question, word, topic):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == ([word] if topic else [])


@pytest.fixture(scope="module")
def assistant():
    from assistant.core import Assistant

    return Assistant.load()


def test_a_tool_question_about_a_term_the_report_never_uses_is_refused(assistant):
    ans = assistant.ask("which logistics sub-trends are driven by nanobots")
    assert ans.route == "refuse" and "nanobots" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "which mega trends shape the experience industries according to the authors",
    "Welche Megatrends beeinflussen Medical Devices?",
    "my customer here makes e-bikes - which megatrends hit mobility technologies",
])
def test_a_word_beside_the_topic_does_not_refuse_a_tool_question(assistant, question):
    assert assistant.ask(question).route == "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ("impact of tariffs on logistics clusters", True),
    ("Welche Megatrends beeinflussen Logistical Services?", False),
    ("Quelles industries sont influencées par Big data ?", False),
])
def test_english(question, expected):
    from assistant.salient import english

    assert english(question) is expected


def test_a_hyphenated_unknown_topic_of_a_tool_question_is_refused_as_written(assistant):
    ans = assistant.ask("effect of covid-19 on packaging clusters")
    assert ans.route == "refuse" and "covid-19" in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "word", "topic"), [
    ("what does the report say about the quasar programme", "quasar", True),
    ("did the forecasted boom of emerging markets happen", "forecasted", False),
])
def test_the_object_of_about_and_a_modifier_after_did_the(question, word, topic):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == ([word] if topic else [])


@pytest.mark.parametrize(("word", "mistyped"), [("reprot", True), ("personalisaton", True), ("intenrationalisation", True),
                                                ("blockchain", False), ("cell", False), ("ticks", False)])
def test_a_mistyped_report_word_is_not_a_term_the_report_lacks(word, mistyped):
    from assistant.salient import typo

    assert typo(word) is mistyped


@pytest.mark.parametrize(("question", "word"), [
    ("how did packaging firms fare during the zyxwvut crisis", "zyxwvut"),
    ("which zyxwvut act rules apply to medtech clusters", "zyxwvut"),
    ("is the zyxwvut programme mentioned for blue growth", "zyxwvut"),
])
def test_a_time_or_a_programme_the_report_never_names_is_a_topic(question, word):
    from assistant.salient import topic_words

    assert topic_words(question, [word]) == [word]


@pytest.mark.parametrize(("question", "word", "aside"), [
    ("what changes does the report ask of firms that aren't about zyxwvut margins", "zyxwvut", True),
    ("which services other than zyxwvut fairs help smes go abroad", "zyxwvut", True),
    ("what does the report say about zyxwvut fairs", "zyxwvut", False),
])
def test_what_a_question_sets_aside_is_not_its_topic(question, word, aside):
    from assistant.salient import negated, topic_words

    assert negated(question, word) is aside
    assert topic_words(question, [word]) == ([] if aside else [word])
