""""…, downstream only" tacked on after the question reads two ways (that matrix and not the other, or that matrix
alone): the plan keeps the one-way reading, unsure, and its reading names the other. Wordings written for this test."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read


@pytest.mark.parametrize("question", [
    "which trends act on logistics, downstream only",
    "big data: which industries does it reach - upstream only",
    "for packaging which megatrends matter, downstream only?",
])
def test_a_tacked_on_only_is_unsure(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and not plan.sure
    assert any(str(s.args.get("direction", "")).endswith("_only") for s in plan.steps)
    assert "other reading" in plan.reading


@pytest.mark.parametrize("question", [
    "which trends shape medtech upstream only (not downstream)?",  # the other side is said to be left out
    "which trends hit logistics downstream but not upstream",
])
def test_the_other_side_said_stays_sure(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.sure
