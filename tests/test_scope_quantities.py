"""A figure asked is answered when a quote gives it in words ("the five strong clusters") or when the measured set is
described by the user's own verb in a clause with its own subject ("the pool of clusters they sampled"); a measure the
report never writes about ("… were interviewed") is still not given."""

from __future__ import annotations

import pytest
from conftest_retrieval import index_dir  # noqa: F401


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize("question", [
    "how many strong clusters are there in west sweden according to the footnote",  # "five", in words
    "how big was the pool of clusters they sampled per industry",  # "sampled": the user's verb for the set
    "how large was the pool of representative clusters they chose from for each emerging industry",
    "does the report say how many clusters the whole ESCA database holds",  # what is counted ends at "the"
    "I need how many organisations the ESCA benchmarking extract contains",
])
def test_a_figure_the_quote_gives_is_answered(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "retrieval" and ans.citations, ans.answer


def test_a_measure_the_report_never_writes_about_is_still_not_given(assistant):
    ans = assistant.ask("how many cluster managers were interviewed in total")
    assert ans.route == "refuse", ans.answer


def test_a_relative_clause_is_read_only_after_a_noun():
    from assistant.quantities import _RELATIVE

    assert _RELATIVE.findall("pool of clusters they picked from") == ["picked"]
    assert _RELATIVE.findall("firms did they interview") == []  # after an auxiliary: what is counted
