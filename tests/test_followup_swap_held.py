""""Same for <sub-trend>" after a Figure 7 answer about another industry's sub-trend: the swapped sub-trend takes
the one industry that holds it. Wordings here are this file's own; the industry expected is the tools' own."""

import pytest

import tools
from assistant import Assistant
from assistant.state import State

A = Assistant.load()


def _single_holder(sub):
    held = tools.subtrend_industries(sub).items
    return held[0] if len(held) == 1 else None


@pytest.mark.parametrize("turns,question,sub", [
    (["which parameters does e-commerce get a double tick for in logistics"], "same for theranostics", "Theranostics"),
    (["figure 7 profile of functional packaging in advanced packaging"], "and for personalised healthcare?",
     "Personalised Healthcare"),
    (["where in the value chain is e-commerce strongest for logistical services"], "what about theranostics",
     "Theranostics"),
])
def test_a_swapped_subtrend_takes_its_own_industry(turns, question, sub):
    state = State()
    before = [A.ask(t, state=state) for t in turns][-1]
    ans = A.ask(question, state=state)
    holder = _single_holder(sub)
    assert holder is not None and before.route == "tool" and before.args.get("industry") != holder
    assert ans.route == "tool" and ans.args.get("subtrend") == sub and ans.args.get("industry") == holder, ans.reading
