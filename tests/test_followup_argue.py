"""A follow-up that argues with a table answer by what the text says ("but the report says X, which is it?"): the
figure's answer again and the passage beside it, both cited, unsure; never the passage alone, never a sure pick.
Wordings are this file's own, not the tuning sets'."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.argue import argues
from assistant.state import State
from assistant.understand import read


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811 - the shared session index (conftest_retrieval)
    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize("turns,question", [
    (["which regions does central eastern europe cooperate with on r&d"],
     "but the report says CEE has strong r&d links with southwest europe, which is it?"),
    (["which trends hit creative industries downstream"], "section 2.3 says social media matters most, right?"),
    (["how strong is r&d cooperation between central western europe and northern europe"],
     "but the text says central western europe has intensive r&d cooperation with northern europe"),
])
def test_an_argument_gets_the_figure_again_and_the_passage(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert before.route == "tool" and ans.route == "tool" and not ans.sure, ans.reading
    assert (ans.tool, ans.args, ans.items, ans.value) == (before.tool, before.args, before.items, before.value)
    figures = {c.figure for c in before.citations}
    assert figures <= {c.figure for c in ans.citations} and any(c.section and not c.figure for c in ans.citations)


def test_a_new_subject_or_no_table_answer_is_no_argument(assistant):
    state = State()
    assert not argues(read("but the text says logistics is hit hardest"), state)  # nothing answered before
    assistant.ask("which trends hit creative industries downstream", state=state)
    assert not argues(read("the text says medtech is hit hardest, doesn't it"), state)  # a name it did not take
    assert argues(read("but the text says personalisation matters most for them"), state)
    # a claim put to a figure is answered yes or no; asking what the text says is a question for the text
    assert not argues(read("the report says social media is one of them - does figure 3 confirm it?"), state)
    assert not argues(read("which of them does the text call the strongest"), state)
