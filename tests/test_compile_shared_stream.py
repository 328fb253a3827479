"""Golden table: both impact matrices asked at once — named with one shared "stream" ("up- and downstream",
"down or upstream"; the first half of a coordinated compound is the other direction word), or with two verbs joined
by "and" that run opposite ways ("hit by it and push it back"). Reading only one of them answered one matrix.
Wordings are our own."""

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


JOINED = [
    ("innovation dynamics: which sectors are pushed by it and push it back", "industries_for_trend", "both"),
    ("which mega trends does medtech drive and get driven by", "trends_for_industry", "both"),
    ("big data - which industries does it shape and which does social media shape", None, None),  # two names
    ("which industries are hit by big data and are not hit back", None, None),
]


@pytest.mark.parametrize("question,tool,direction", JOINED)
def test_two_verbs_joined_by_and_running_opposite_ways_read_both_matrices(question, tool, direction):
    plan = compile_frame(read(question))
    if tool is None:  # another name after "and", or a negated second clause: never both
        assert not any(s.args.get("direction") == "both" for s in getattr(plan, "steps", ())), plan
        return
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == tool, plan
    assert plan.steps[0].args["direction"] == direction, plan
