""""What counts as X": the criterion when X is a term ("an AOSI"), what the report puts under X when X is a name of
its own lists (a region). Wordings written for this test."""

import pytest

from assistant.understand import read


@pytest.mark.parametrize("question,intent", [
    ("what counts as an AOSI", "explain"),
    ("what exactly counts as a crossover point", "explain"),
    ("what counts as southeast europe in this study", "list"),
    ("what exactly counts as the nordics", "list"),
])
def test_counts_as_a_name_or_a_term(question, intent):
    frame = read(question)
    assert frame.intent == intent
    if intent == "list":
        assert frame.relation == "membership"
