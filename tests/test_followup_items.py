"""Follow-ups over the previous ANSWER: its items are the set the new step runs on ("list them", "how many is
that", "of those which …", "which of them …"). Wordings here are this file's own, not the tuning sets'."""

import pytest

from assistant import Assistant

A = Assistant.load()


def _ask(turns, question):
    cid = f"it-{abs(hash((tuple(turns), question)))}"
    for t in turns:
        A.ask(t, conversation_id=cid)
    return A.ask(question, conversation_id=cid), A.ask(turns[-1])


@pytest.mark.parametrize("turns,question", [
    (["which countries are in central eastern europe"], "how many is that"),
    (["which trends does logistics push upstream"], "name them please"),
    (["which industries does carbon footprint reduction hit downstream"], "show me those again"),
    (["what are the value chain parameters"], "so how many parameters is that"),
    (["which regions does northern europe cooperate with in r&d"], "list them pls"),
])
def test_pointing_at_the_last_answer_gives_it_again(turns, question):
    ans, before = _ask(turns, question)
    assert ans.route == "tool" and ans.tool == before.tool and ans.args == before.args, (ans.route, ans.reading)
    assert ans.items == before.items and ans.sure
