"""The cause a question asks the effect of is its topic: when a word of it is one the report never uses, the question
is refused naming it, whether a table (names beside it) or a passage (the effect's other words) would answer."""

from __future__ import annotations

import pytest
from conftest_retrieval import index_dir  # noqa: F401

from assistant.causes import cause_of, unknown_cause


@pytest.mark.parametrize(("question", "cause"), [
    ("how has the pandemic reshaped the partnerships of logistics clusters abroad?", "pandemic"),
    ("what was the impact of the suez blockage on maritime clusters", "suez blockage"),
    ("chip tariffs: how will they change business cooperation between northern and southwest europe?", "chip tariffs"),
    ("did sanctions hurt R&D ties between central eastern europe and northern europe?", "sanctions"),
    ("what do lockdowns mean for creative industries clusters", "lockdowns"),
    ("I wonder whether a recession would slow the growth of mobility clusters", "recession"),
    # "what has <X> done to …" (round23_narr, round20_mixed)
    ("what did the pandemic do to R&D links between clusters", "pandemic"),
    ("what will tariffs do for logistics clusters' partners", "tariffs"),
    ("what has the energy crunch done to environmental industries clusters", "energy crunch"),
])
def test_the_cause_is_read_in_each_wording(question, cause):
    assert cause in cause_of(question)


@pytest.mark.parametrize("question", [
    "how did it change business cooperation with southwest europe",  # a pronoun points back: no cause of its own
    "which clusters cooperate most with northern europe",  # no effect asked
])
def test_no_cause_where_none_is_asked(question):
    assert cause_of(question) == []


def test_only_a_cause_with_a_word_the_report_never_uses_is_unknown():
    assert unknown_cause("what do lockdowns mean for creative industries clusters", ["lockdowns"]) == "lockdowns"
    assert unknown_cause("what does big data mean for logistics", ["lockdowns"]) == ""
    assert unknown_cause("how did covid-19 change supply chains", ["covid"]) == "covid-19"  # a hyphen joins it
    # a word the report never uses that only modifies a head of its own says which of its things is meant
    assert unknown_cause("how do gadget-style networks shape marketing", ["gadget-style"]) == ""
    assert unknown_cause("how did the ukraine war affect clusters", ["war"]) == "ukraine war"


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize(("question", "named"), [
    ("how has the pandemic reshaped the partnerships of logistics clusters abroad?", "pandemic"),  # a passage
    ("chip tariffs: how will they change business cooperation between northern and southwest europe?", "chip tariffs"),
    ("did sanctions hurt R&D ties between central eastern europe and northern europe?", "sanctions"),  # a table
    ("what do lockdowns mean for creative industries clusters", "lockdowns"),
])
def test_an_effect_of_something_the_report_never_names_is_refused_naming_it(assistant, question, named):
    ans = assistant.ask(question)
    assert ans.route == "refuse" and f"\u201c{named}\u201d" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "how did the financial crisis affect r&d ties between southern and northern europe",
    "how does big data change the logistics value chain",
])
def test_an_effect_of_the_reports_own_subject_is_answered(assistant, question):
    ans = assistant.ask(question)
    assert ans.route != "refuse", ans.answer
