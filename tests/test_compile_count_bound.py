"""Golden table: a count bound the question says about the entries it asks for ("only … one single industry",
"just a sole industry"): exactly that many marked cells, not a passage about the matrix. Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

ONE_ENTRY = [
    # a count bound said a verb before its number, or as "single" / "sole": exactly that many marked cells
    ("is there any mega trend that only influences one single industry downstream?", "trend", "downstream"),
    ("which emerging industries are only influenced by one single megatrend downstream", "industry", "downstream"),
    ("name the trends that just push a sole industry in the upstream matrix", "trend", "upstream"),
]


@pytest.mark.parametrize("question,entity,relation", ONE_ENTRY)
def test_only_one_single_is_a_count_of_marked_cells(question, entity, relation):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert plan.steps[0].tool == "rank_matrix" and plan.steps[0].args.get("count") == 1, plan
    assert plan.steps[0].args["entity"] == entity and plan.steps[0].args["direction"] == relation
