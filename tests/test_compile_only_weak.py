"""Golden table: regions whose every partner is weak ("which region has only weak R&D partners", "nothing but weak
ties", "no partner better than weak") are the regions of that band, never the list of weak pairs; region pairs
asked stay pairs. Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

ONLY_WEAK = [
    ("which region has only weak r&d partners", "rd"),
    ("which regions have nothing but weak r&d ties", "rd"),
    ("which regions have no partner better than weak in business", "business"),
]


@pytest.mark.parametrize("question,kind", ONLY_WEAK)
def test_every_partner_weak_is_a_band_of_regions(question, kind):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == ["partners_of_all"], plan
    assert plan.steps[0].args == {"kind": kind, "min_grade": "-", "max_grade": "-"}


def test_weak_pairs_stay_pairs():
    plan = compile_frame(read("which region pairs are only weak in r&d"))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool != "partners_of_all"
