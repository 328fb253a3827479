""""and downstream?", "same question for the AOSI matrix" after a question over one impact matrix: the last plan
with its matrix changed, everything else kept, answered sure. Expected answers come from the same tool called with
the other matrix. Wordings are this file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()


@pytest.mark.parametrize("turns,question,direction", [
    (["which mega trends have no marks at all upstream"], "what about downstream then", "downstream"),
    (["which industry has the most AOSIs"], "and on the upstream side?", "upstream"),
    (["how many trends does logistics shape downstream"], "now upstream", "upstream"),
    (["which industries does carbon footprint reduction act on upstream"], "same question, aosi matrix", "aosi"),
])
def test_the_last_question_asked_of_another_matrix(turns, question, direction):
    before, ans = converse(A, turns, question)
    assert before.route == "tool" and ans.route == "tool", (before.reading, ans.reading)
    assert ans.tool == before.tool and ans.args.get("direction") == direction, (ans.tool, ans.args)
    want = getattr(tools, before.tool)(**{**before.args, "direction": direction})
    assert ans.items == want.items and ans.count == want.count and ans.sure, ans.reading
    assert {k: v for k, v in ans.args.items() if k != "direction"} == \
        {k: v for k, v in before.args.items() if k != "direction"}
