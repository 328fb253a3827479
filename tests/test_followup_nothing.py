"""An "of those" follow-up that asks for an absence with "nothing" ("which of them have nothing under X", "which
show nothing for X"): the last answer's sub-trends with no mark in that Figure 7 column, never the marked ones
(the negation read, not dropped). Wordings are this file's own; the expected sets are computed from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.understand.scope import negation


@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


@pytest.mark.parametrize("text,neg", [
    ("which of those have nothing under customer service orientation", True),
    ("which one has nothing ticked for information sharing", True),
    ("which of them show nothing for business relationships", True),
    ("does a blank cell mean nothing changes there", False),  # "mean nothing": no absence of marks asked
])
def test_an_absence_said_with_nothing_is_a_negation(text, neg):
    assert negation(text) is neg


@pytest.mark.parametrize("turns,question,industry,parameter", [
    (["list the sub-trends in the logistics personalisation hot-spot"],
     "which of those have nothing under customer service orientation", "Logistical Services",
     "Customer service orientation"),
    (["packaging sub-trends in the crossover table"], "which of them show nothing for business relationships",
     "Advanced Packaging", "Business relationships"),
    (["what sub-trends does medtech have in figure 7"], "which of them have nothing at all for business process orientation",
     "Medical Devices", "Business process orientation"),
])
def test_of_those_with_nothing_is_the_unmarked_ones(assistant, turns, question, industry, parameter):
    before, ans = converse(assistant, turns, question)
    marked = {c[0] for c in tools.crossover_cells(industry, parameter, "✓", True).items}
    want = [i for i in before.items if i not in marked]
    assert ans.route == "tool" and sorted(ans.items) == sorted(want), (ans.reading, ans.items)
