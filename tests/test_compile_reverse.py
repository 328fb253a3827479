"""A claim, then a clause asking where it holds "the other way round": the claim's plan, turned round (class seen in
two sets by two writers: a reported comparison of the cooperation figures, then its reverse asked)."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

TURNED = [
    ("the report claims business ties are generally stronger than R&D ties. which pairs of regions show the reverse?",
     "grade_differences", {"direction": "rd_stronger"}),
    ("the text states that R&D cooperation is graded higher than business cooperation for a few pairs - where is it "
     "the other way round?", "grade_differences", {"direction": "business_stronger"}),
    ("the report says business cooperation is rated above R&D cooperation; which region pairs are graded vice versa?",
     "grade_differences", {"direction": "rd_stronger"}),
    ("the downstream matrix marks pairs the upstream matrix does not. how many pairs are marked the other way round?",
     "compare_matrices", {"include": ["upstream"], "exclude": ["downstream"]}),
]


@pytest.mark.parametrize("question,tool,args", TURNED)
def test_the_claim_is_turned_round(question, tool, args):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == tool, plan
    assert {k: plan.steps[0].args.get(k) for k in args} == args
    assert "turned round" in plan.reading


@pytest.mark.parametrize("question", [
    "which trends act on logistics the other way round",  # no claim before it to turn
    "the report says logistics has the most AOSIs. is it the other way round for medtech?",  # nothing to turn
])
def test_no_claim_to_turn_is_no_turned_plan(question):
    plan = compile_frame(read(question))
    assert not (isinstance(plan, ToolPlan) and plan.reading and "turned round" in plan.reading)


def test_a_claim_of_the_turn_before_is_turned_round():
    from assistant.compile.reverse import turn_claim

    plan = turn_claim("the report states that R&D ties are rated weaker than business ties between regions",
                      "any pairs where it's the reverse?", compile_frame)
    assert isinstance(plan, ToolPlan) and plan.steps[0].args.get("direction") == "rd_stronger", plan
