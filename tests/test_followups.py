"""Follow-ups are frames with holes completed from the previous frame; a question naming its own subject and
relation is new and inherits nothing (tool paths only: no index needed)."""

import pytest

from assistant import Assistant

A = Assistant.load()

CASES = [
    (["Which mega trends drive Logistical Services?"], "and upstream?",
     "trends_for_industry", {"industry": "Logistical Services", "direction": "upstream"}, "Logistical Services"),
    (["Which mega trends drive Logistical Services?"], "what about medtech?",
     "trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"}, None),
    (["which megatrends hit the blue economy"], "and which does it push back on",
     "trends_for_industry", {"industry": "Blue Growth Industries", "direction": "upstream"}, "Blue Growth Industries"),
    (["Which region is Poland in?"], "Which trends shape medtech?",
     "trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"}, None),
]


@pytest.mark.parametrize("turns,question,tool,args,inherited", CASES)
def test_followup_frames(turns, question, tool, args, inherited):
    cid = f"fu-{abs(hash((tuple(turns), question)))}"
    for t in turns:
        A.ask(t, conversation_id=cid)
    ans = A.ask(question, conversation_id=cid)
    assert ans.tool == tool, ans.answer
    for k, v in args.items():
        assert ans.args.get(k) == v, (k, ans.args)
    assert ans.inherited == inherited


def test_of_those_combines_with_the_previous_answer():
    A.ask("carbon footprint: which industries does it hit", conversation_id="fu-those")
    first = set(A.ask("carbon footprint: which industries does it hit").items)
    ans = A.ask("of those which also feed it back", conversation_id="fu-those")
    assert set(ans.items) <= first and ans.items
    assert "4" in {c.figure for c in ans.citations}
