"""Follow-ups that keep the last answer's pairs holding one name: "which of them involve X", "how many of these
include X", "any of those with X in them?". Wordings here are this file's own, not the tuning sets'; what is
expected is read from the earlier answer's own pairs."""

import pytest

from assistant import Assistant
from assistant.state import State

A = Assistant.load()


@pytest.mark.parametrize("first,question,name", [
    ("in the R&D matrix which pairs are rated medium", "which of them involve southwest europe", "Southwest Europe"),
    ("which region pairs cooperate at least strongly on business", "how many of these include central western europe",
     "Central Western Europe"),
    ("which hot-spots in figure 6 list e-commerce", "which of those involve logistics", "Logistical Services"),
    ("which region pairs cooperate at least strongly on business", "any of those with southeast europe in them?",
     "Southeast Europe"),
])
def test_the_last_pairs_that_hold_a_name(first, question, name):
    """Class: the last answer's pairs kept to those holding the one name said (a count, a list or a yes/no)."""
    state = State()
    before = A.ask(first, state=state)
    ans = A.ask(question, state=state)
    pairs = [tuple(p) for p in before.items]
    assert before.route == "tool" and pairs and all(len(p) == 2 for p in pairs), before.items
    want = {p for p in pairs if name in p}
    assert ans.route == "tool" and {tuple(p) for p in ans.items} == want, (ans.reading, ans.items)
    if question.startswith("how many"):
        assert ans.count == len(want)
    if question.startswith("any"):
        assert ans.value == ("yes" if want else "no")
