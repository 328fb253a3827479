"""Words for the report's figures and their parts that the reader's cue vocabularies read ("a blank cell", "a dot",
"ticked") are never a topic the report lacks on the retrieval path either: the question is about the figure."""

from __future__ import annotations

import pytest
from conftest_retrieval import index_dir  # noqa: F401


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize("question", [
    "does a blank cell in the crossover table mean no change is expected",
    "does the report explain why a cell with no dot is left blank in the crossover table",
    "how should I read a blank cell next to a ticked one in the value chain table",
])
def test_a_figures_parts_are_not_unknown_topics(assistant, question):
    ans = assistant.ask(question)
    assert ans.route != "refuse", ans.answer


def test_a_word_beside_them_the_report_never_uses_is_still_refused(assistant):
    ans = assistant.ask("what does the report say about stem cell research in biopharma")
    assert ans.route == "refuse" and "\u201cstem\u201d" in ans.answer, ans.answer


def test_cue_read():
    from assistant.scope import cue_read

    assert cue_read("does a blank cell in the crossover table mean no change", "cell")
    assert not cue_read("does a blank cell in the crossover table mean no change", "change")
