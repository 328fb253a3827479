"""A value asked for by the question word itself (a cost, a price, a budget, a fee) that the report never gives
a number for is not given, whatever table or passage names the things beside it; the words only appear in the report
as nouns of its prose ("cost pressure", "the costs of carrying inventory")."""

from __future__ import annotations

import pytest

from assistant.measures import measure_asked, never_quantified


@pytest.mark.parametrize(("question", "value"), [
    ("how much did the ESCA benchmarking cost the clusters?", "cost"),  # the verb
    ("what's poland's budget for its cluster programme", "budget"),  # a possessive between
    ("what membership fee do cluster organisations charge their SMEs", "fee"),  # a modifier, then the verb
    ("what yearly budget does the european cluster observatory run on", "budget"),
])
def test_a_value_asked_for_is_read(question, value):
    assert measure_asked(question) == value
    assert never_quantified(question) == f"The report gives no {value} figures."


@pytest.mark.parametrize("question", [
    "what does the report say about cost pressure in logistics",
    "what are the costs of carrying excess inventory",  # what kinds of costs
    "what is the cost-benefit ratio customers expect",
    "what is the report's view on price competition",
    "what's the market access score for the personalisation trend",  # a score may be a grade of the report's figure
])
def test_a_value_word_in_prose_is_no_value_asked(question):
    assert never_quantified(question) == ""
