"""Golden table: both impact matrices named with one shared "stream" ("up- and downstream", "down or upstream").
The first half of a coordinated compound is the other direction word; reading only the full word answered one
matrix. Wordings are our own."""

import pytest

from assistant import cues as C
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

SHARED = [
    ("innovation dynamics: which industries does it meet both up and downstream",
     ("industries_for_trend", {"trend": "Innovation dynamics", "direction": "both"})),
    ("logistics - which megatrends are tied to it up- and downstream alike",
     ("trends_for_industry", {"industry": "Logistical Services", "direction": "both"})),
    ("big data: any industry linked to it down or upstream?",
     ("industries_for_trend", {"trend": "Big data", "direction": "either"})),
]


@pytest.mark.parametrize("question,step", SHARED)
def test_a_shared_stream_names_both_matrices(question, step):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    tool, args = step
    assert plan.steps[0].tool == tool and all(plan.steps[0].args.get(k) == v for k, v in args.items()), plan


@pytest.mark.parametrize("text,down,up", [("up and downstream", True, True), ("down- or upstream", True, True),
                                          ("ups and downs", False, False), ("upstream", False, True),
                                          ("scale up and down the stream", False, False)])
def test_the_first_half_is_a_direction_word_only_before_the_other(text, down, up):
    assert bool(C.DOWN.search(text)) is down and bool(C.UP.search(text)) is up
