"""Follow-ups that bound the last whole-figure ranking's counts with no other word of their own: "which hit at least
five", "which have exactly one", "any with more than two?". Wordings here are this file's own, not the tuning
sets'; what is expected is read from the figure's own counts (tools.rank_matrix rows)."""

import operator

import pytest

import tools
from assistant import Assistant
from assistant.state import State

A = Assistant.load()

_OP = {"at least": operator.ge, "exactly": operator.eq, "more than": operator.gt}


def _counted(entity: str, direction: str, op: str, n: int) -> set[str]:
    rows = tools.rank_matrix(entity=entity, direction=direction).rows
    return {r["name"] for r in rows if _OP[op](r["count"], n)}


@pytest.mark.parametrize("first,question,entity,direction,op,n", [
    ("which industry shapes the most trends upstream", "which shape at least two", "industry", "upstream",
     "at least", 2),
    ("which mega trend has the most areas of strong interdependency", "which have exactly one", "trend", "aosi",
     "exactly", 1),
    ("downstream, which mega trend reaches the most industries", "which reach at least four", "trend",
     "downstream", "at least", 4),
])
def test_a_bound_over_the_last_ranking(first, question, entity, direction, op, n):
    """Class: a count bound said alone after a ranking over a whole figure: the same figure's names at that bound,
    not the ranking's winners again nor a passage."""
    state = State()
    before = A.ask(first, state=state)
    ans = A.ask(question, state=state)
    want = _counted(entity, direction, op, n)
    assert before.route == "tool" and set(before.items) != want, "the example must tell the bound from the winners"
    assert ans.route == "tool" and set(ans.items) == want, (ans.reading, ans.items)


def test_any_with_a_bound_is_about_each_entry_not_their_number():
    """"any with more than two?" after a ranking: whether any entry has more than two, not whether the list does."""
    state = State()
    A.ask("which mega trend has the most areas of strong interdependency", state=state)
    ans = A.ask("any with more than two?", state=state)
    want = _counted("trend", "aosi", "more than", 2)
    assert ans.route == "tool" and ans.value == ("yes" if want else "no"), (ans.value, ans.reading)
    assert set(ans.items) == want, ans.items
