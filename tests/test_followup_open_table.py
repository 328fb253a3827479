"""A table question that does not say which table, after a turn that named one ("R&D cooperation matrix please"):
read in that table. Wordings here are this file's own, not the tuning sets'; what is expected is read from the
tools over the table the first turn named."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

A = Assistant.load()


@pytest.mark.parametrize("first,question,tool,args", [
    ("R&D cooperation matrix please", "which region has the most partners graded at least medium", "rank_regions",
     ("rd", "o")),
    ("what does the business cooperation matrix show", "which pairs are rated very strong?", "pairs_at_grade",
     ("business", "++")),
    ("tell me about the R&D cooperation table", "and which pairs are only weak?", "pairs_at_grade", ("rd", "-", "-")),
])
def test_the_table_the_turn_before_named(first, question, tool, args):
    """Class: a question that compiles to nothing alone (which cooperation?) takes the table the last turn named."""
    assert not isinstance(compile_frame(read(question)), ToolPlan), "the example must need the turn before"
    _, ans = converse(A, [first], question)
    expected = getattr(tools, tool)(*args)
    assert ans.route == "tool" and {tuple(i) if isinstance(i, list) else i for i in ans.items} == \
        {tuple(i) if isinstance(i, list) else i for i in expected.items}, (ans.reading, ans.items)
    assert {c.figure for c in ans.citations} == {c.figure for c in expected.citations}
