"""Follow-ups over the last TWO list answers: "which ones are on both lists", "what do they have in common", "and
for X - which do both have". Wordings here are this file's own, not the tuning sets'; what is expected is read
from the two earlier answers' own items."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.state import State

A = Assistant.load()


def _two_lists(turns: list[str], question: str):
    """The two earlier answers and the question's answer, in one conversation."""
    state = State()
    first, second = (A.ask(t, state=state) for t in turns)
    return first, second, A.ask(question, state=state)


@pytest.mark.parametrize("turns,question", [
    (["which mega trends shape logistics downstream", "and blue growth?"],
     "which trends do the two lists have in common"),
    (["which industries does cross-linkage push upstream", "and personalisation?"],
     "which industries appear in both"),
    (["sub-trends where social media meets creative industries", "and for logistics?"],
     "any of them on both lists?"),
    (["which industries does big data hit downstream", "what about carbon footprint?"],
     "what do both answers share"),
])
def test_the_items_two_lists_share(turns, question):
    """Class: what the last two lists (the same table asked of two names) have in common: their intersection, never
    the last list again."""
    first, second, ans = _two_lists(turns, question)
    assert first.route == second.route == "tool" and first.tool == second.tool, (first.reading, second.reading)
    shared = [i for i in first.items if i in second.items]
    assert shared and set(shared) != set(second.items), "the example must tell the intersection from the last list"
    assert ans.route == "tool" and set(ans.items) == set(shared), (ans.reading, ans.items)


@pytest.mark.parametrize("turns,question,name", [
    (["which mega trends does figure 3 mark for biopharma"], "and for mobility - which ones do both get", "Mobility"),
    (["which trends do advanced packaging push upstream"], "and medtech, which do they both push?", "Medical"),
])
def test_one_new_name_and_what_both_share(turns, question, name):
    """Class: "and for <name> - which ones do both have": the last question asked of the new name, kept to the items
    the last answer and that one share."""
    before, ans = converse(A, turns, question)
    assert before.route == "tool" and before.items, before.reading
    assert ans.route == "tool" and ans.items and set(ans.items) < set(before.items), (ans.reading, ans.items)
    assert name in ans.reading, ans.reading


def test_both_names_asked_for_are_the_subject_not_two_lists():
    """After two industries were listed, "which trends do both of them have" asks of those two industries (the
    trends shared by both), not the two lists before."""
    state = State()
    A.ask("which mega trends shape medtech downstream", state=state)
    two = A.ask("which industries does cross-linkage push upstream", state=state)
    ans = A.ask("which trends do both of them have downstream", state=state)
    assert len(two.items) == 2 and ans.route == "tool"
    assert all(n in ans.reading for n in two.items), ans.reading
