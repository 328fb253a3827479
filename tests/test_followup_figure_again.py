"""After a figure found by its description, a follow-up that says another region or another kind of cooperation
("and for northern europe?", "what about the business one?") finds the same kind of figure for that: the old
description with the one slot replaced. Wordings are this file's own; the captions come from the figure catalogue."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.understand import read
from tools._data import figures


@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


@pytest.mark.parametrize("turns,question,kind,region", [
    (["which chart shows business cooperation targets for central eastern europe"], "and for northern europe?",
     "Business", "Northern Europe"),
    (["is there a figure of southwest europe's r&d target regions"], "what about the business one?",
     "Business", "Southwest Europe"),
    (["where is the total cooperation target chart for northwest europe"], "and the same for southeast europe",
     "Total", "Southeast Europe"),
])
def test_the_same_figure_for_another_region_or_kind(assistant, turns, question, kind, region):
    before, ans = converse(assistant, turns, question)
    assert before.tool == "figure_lookup" and ans.tool == "figure_lookup", ans.reading
    caption = figures()[ans.value].caption
    assert caption.startswith("Target Cooperation Regions") and kind in caption and caption.endswith(region), caption


def test_a_question_about_the_figure_found_is_not_a_new_lookup(assistant):
    from assistant.plan import Step, ToolPlan
    from assistant.state import State
    from assistant.swaps import figure_again

    state = State()
    state.last_plan = ToolPlan((Step("figure_lookup", {"description": "business targets of northern europe", "k": 3}),))
    assert figure_again(read("what does it show?"), state) is None
    assert figure_again(read("and for poland?"), state) is not None  # a country stands for its region
    # a question of its own after a figure found, though it says a place and a kind
    assert figure_again(read("how strong is r&d cooperation between spain and finland"), state) is None
