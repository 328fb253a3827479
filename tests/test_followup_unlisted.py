"""A bare follow-up that swaps in a name the report never writes ("and bhutan?" after a country's region): a
refusal that names the table the last answer came from and cites it. Wordings here are this file's own, not the
tuning sets'; the names are checked against the report's own lists first."""

import pytest

import tools
from assistant import Assistant
from assistant.state import State

A = Assistant.load()


@pytest.mark.parametrize("first,question,name,kind", [
    ("which region does the report put japan in", "and bhutan?", "Bhutan", "countries"),
    ("is portugal in southwest europe", "what about andorra?", "Andorra", "countries"),
    ("which mega trends shape medical devices downstream", "and for nanotech?", "Nanotech", "industries"),
])
def test_a_name_the_report_never_writes_swapped_in(first, question, name, kind):
    """Class: "and <name>?" after a look-up of one name, the new name not in the report: refused, the table the last
    answer came from named and cited."""
    assert name not in tools.list_items(kind).items
    state = State()
    before = A.ask(first, state=state)
    ans = A.ask(question, state=state)
    figures = {c.figure for c in before.citations if c.figure}
    assert before.route == "tool" and figures, before.reading
    assert ans.route == "refuse" and name in ans.answer, ans.answer
    assert {c.figure for c in ans.citations} == figures and all(f"Figure {f}" in ans.answer for f in figures)


def test_a_name_the_report_lists_is_answered():
    state = State()
    A.ask("which region does the report put japan in", state=state)
    ans = A.ask("and greece?", state=state)
    assert ans.route == "tool" and ans.value == tools.region_of("Greece").value, ans.reading
