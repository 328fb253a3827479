"""The last answer's sub-trends looked for in another figure named by number, relation or description ("are those
in the value chain table too"): that figure's rows for the last industry, kept to the items, cited. Expected rows
come from the structured Figure 6 → Figure 7 links, never from literals. Wordings are this file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.elsewhere import described_figure
from assistant.understand import read
from structured import load_tables

A = Assistant.load()


def _ask(turns, question):
    before, ans = converse(A, turns, question)
    return ans, None


def _in_figure7(industry: str, subtrends) -> set[str]:
    """The Figure 7 spellings of the Figure 6 sub-trends listed under the industry that Figure 7 has rows for."""
    rows = set(tools.crossover_block(industry).items)
    linked = {s.figure6: s.figure7 for s in load_tables().subtrend_names if s.industry == industry}
    return {linked.get(s) or s for s in subtrends} & rows


@pytest.mark.parametrize("turns,question", [
    (["sub-trends for medtech under personalisation"], "does figure 7 have rows for these?"),
    (["what sub-trends does figure 6 list for digital industries"], "are any of them graded in the crossover matrix"),
    (["mobility technologies sub-trends under carbon foot-print reduction"],
     "is the value chain figure scoring them as well?"),
    (["the sub-trends of logistics please"], "which of these does the crossover chart include"),
    (["environmental industries, sub-trends under carbon footprint"], "are those rated in the value-chain table too"),
    (["sub-trends of medtech under personalisation"], "and in the crossover grid?"),
])
def test_the_last_subtrends_are_looked_for_in_the_figure_named(turns, question):
    before = A.ask(turns[0])
    ans, _ = _ask(turns, question)
    industry = next(v for v in before.args.values() if v in tools.list_items("industries").items)
    want = _in_figure7(industry, before.items)
    assert ans.route == "tool" and "7" in {c.figure for c in ans.citations}, (ans.route, ans.reading)
    assert set(ans.items) == want, (ans.items, want)
    if read(question).intent == "yesno":
        assert ans.value == ("yes" if want else "no"), ans.value


@pytest.mark.parametrize("question,figure", [
    ("are those in the crossover table", "7"),
    ("what about the consolidated figure?", "5"),
    ("are those in the table", None),  # every figure is a table: no one figure
    ("which of them does figure 16 grade", "16"),
])
def test_a_figure_is_named_by_number_or_by_its_own_words(question, figure):
    assert described_figure(read(question)) == figure


def test_a_grade_asked_of_those_subtrends_is_not_a_presence_check():
    ans, _ = _ask(["sub-trends for medtech under personalisation"], "which of them are very strong on information sharing")
    assert ans.tool != "restrict" or "Information sharing" in ans.reading, ans.reading


@pytest.mark.parametrize("turns,question,relation", [
    (["which mega trends does biopharma shape upstream"], "what about the consolidated figure?", "aosi"),
    (["trends hitting creative industries downstream"], "and on the AOSI chart", "aosi"),
    (["which regions does northern europe work with on business"], "same in the r&d matrix?", "rd"),
])
def test_an_elliptic_follow_up_naming_a_table_asks_the_last_question_of_it(turns, question, relation):
    from assistant.understand.relation import FIGURE_OF_RELATION

    ans, state = _ask(turns, question)
    assert ans.route == "tool" and FIGURE_OF_RELATION[relation] in {c.figure for c in ans.citations}, ans.reading
    last = A.ask(turns[0]).args
    assert {k: v for k, v in ans.args.items() if k not in ("direction", "kind")}.items() <= last.items() or \
        set(last.values()) & set(ans.args.values()), (ans.args, last)


def test_parameters_asked_of_those_subtrends_are_not_answered_sure_by_their_presence():
    ans, _ = _ask(["what sub-trends does figure 6 list for digital industries"],
                  "which parameters do these touch in the value chain table")
    assert not ans.sure or ans.tool not in ("restrict", "crossover_block", "_any"), (ans.tool, ans.reading)
