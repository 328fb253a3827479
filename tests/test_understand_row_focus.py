"""Golden table: a question asking for a table's rows ("which row in figure 7 …", "which row of the crossover
table …") asks for what that table's rows are — Figure 7's sub-trends, Figure 3's mega trends, Figure 13's regions
— not for the table itself. Wordings are our own."""

import pytest

from assistant.understand import read
from assistant.understand.focus import row_focus


@pytest.mark.parametrize("question,focus", [
    ("which row in figure 7 has no ticks at all", "subtrends"),
    ("which row of the crossover table is left completely blank", "subtrends"),
    ("in figure 3 which row has no dot at all", "trends"),
    ("how many rows of figure 13 are weak throughout", "regions"),
])
def test_a_tables_rows_are_its_row_kind(question, focus):
    assert read(question).focus == focus


@pytest.mark.parametrize("text,figure", [("which page is figure 7 on", "7"), ("which row is it", None)])
def test_no_row_asked_or_no_table_is_no_row_focus(text, figure):
    assert row_focus(text, figure) is None


def test_a_focus_word_of_its_own_wins():
    assert read("which sub-trend row in figure 7 has no tick at all").focus == "subtrends"
    assert read("which mega trend row in figure 3 reaches the most industries").focus == "trends"
