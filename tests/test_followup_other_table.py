"""Class: after a table answer, a follow-up that names ANOTHER table (the other impact matrix) is asked of that
table, with the rest of the last question carried over: "upstream matrix - what does X drive" then "and downstream,
what drives it?". "Strong in both" of a cooperation kind ("that pair in business - very strong in both?") speaks of
the two kinds, never of both impact matrices. Wordings here are this file's own; what is expected comes from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.understand import read

A = Assistant.load()


@pytest.mark.parametrize("first,then,direction", [
    ("upstream matrix - what does logistics drive", "and downstream, what drives it?", "downstream"),
    ("in the downstream matrix what hits medical devices", "and upstream, what does it shape?", "upstream"),
])
def test_the_matrix_named_wins_over_the_last_tables_word(first, then, direction):
    before, ans = converse(A, [first], then)
    industry = before.args["industry"]
    want = tools.trends_for_industry(industry, direction).items
    assert ans.route == "tool" and ans.args.get("direction") == direction, ans.reading
    assert list(ans.items) == list(want), ans.reading


@pytest.mark.parametrize("question", ["same two regions, business: strong in both?",
                                      "is that r&d tie very strong in both?"])
def test_both_in_a_cooperation_question_is_not_both_matrices(question):
    frame = read(question)
    assert frame.relation in ("rd", "business") and \
        not {s.relation for s in frame.scope} & {"downstream", "upstream"}, frame


def test_both_directions_still_read_for_an_industry():
    frame = read("is big data marked for logistics in both?")
    assert {"downstream", "upstream"} <= {s.relation for s in frame.scope}, frame
