""""Of those, which are very strong on X" after one industry's whole Figure 7 block (or one hot-spot's Figure 6 list)
stays in that industry, even when some of the block's sub-trends are spelt another way in the other figure (the
logistics block). Wordings are this file's own; the expected cells are computed from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant


@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


@pytest.mark.parametrize("turns,question,industry,parameter", [
    (["logistics rows of figure 7"], "which of them are very strong on business relationships", "Logistical Services",
     "Business relationships"),
    (["show me the logistical services block of the crossover table"], "of those, which get a double tick for "
     "information sharing", "Logistical Services", "Information sharing"),
    (["crossover table rows for logistics please"], "and of these, which are very strong for customer service "
     "orientation", "Logistical Services", "Customer service orientation"),
])
def test_of_those_after_a_whole_block_stays_in_its_industry(assistant, turns, question, industry, parameter):
    before, ans = converse(assistant, turns, question)
    assert before.tool == "crossover_block", before.reading
    want = {c[0] for c in tools.crossover_cells(industry, parameter, "✓✓").items}
    assert ans.route == "tool" and set(ans.items) == want, ans.reading
