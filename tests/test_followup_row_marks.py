"""Follow-ups that ask the marks of the last turn's one Figure 7 row (a sub-trend of an industry) without naming it:
"which parameters does it get a single tick on", "is information sharing a double tick there?". Wordings here are
this file's own, not the tuning sets'; what is expected is read from the row's own Figure 7 profile."""

import pytest
from conversation import converse

import tools
from assistant import Assistant

A = Assistant.load()

ROWS = [("value chain marks for theranostics in medical devices", "Theranostics", "Medical Devices"),
        ("what does figure 7 show for cloud computing in mobility technologies", "Cloud Computing",
         "Mobility Technologies")]


def _profile(sub: str, ind: str) -> dict[str, str]:
    return {r["parameter"]: r["grade"] for r in tools.subtrend_profile(sub, ind).rows}



@pytest.mark.parametrize("first,sub,ind", ROWS)
@pytest.mark.parametrize("question,grade", [
    ("which parameters does it get a single tick on", "✓"),
    ("and where is that row double-ticked?", "✓✓"),
    ("which ones carry two ticks there", "✓✓"),
])
def test_the_parameters_of_the_last_row_at_a_grade(first, sub, ind, question, grade):
    """Class: a mark asked of the last turn's Figure 7 row through a pronoun or nothing: that row's parameters at the
    mark, never every row of the figure."""
    before, ans = converse(A, [first], question)
    assert before.route == "tool" and sub in before.reading, before.reading
    want = {p for p, g in _profile(sub, ind).items() if g == grade}
    assert ans.route == "tool" and set(ans.items) == want, (ans.reading, ans.items)
    assert sub in ans.reading and ans.sure, ans.reading


@pytest.mark.parametrize("first,sub,ind", ROWS)
@pytest.mark.parametrize("wording", ["is the {} one a single or a double tick?",
                                     "that {} cell - one tick or two?"])
def test_one_parameter_of_the_last_row_single_or_double(first, sub, ind, wording):
    """Class: "is the <parameter> one a single or a double tick": that cell of the last row, its mark as printed."""
    param, grade = next((p, g) for p, g in _profile(sub, ind).items() if g)
    short = " ".join(param.lower().split()[:2])
    _, ans = converse(A, [first], wording.format(short))
    assert ans.route == "tool" and ans.value == grade and sub in ans.reading, (ans.value, ans.reading)


def test_a_question_over_every_row_is_not_kept_to_the_last_one():
    """"which sub-trends are very strong on information sharing" asks for rows: the whole figure, not the last row."""
    _, ans = converse(A, [ROWS[0][0]], "which sub-trends are very strong on information sharing")
    assert ans.route == "tool" and len({i[0] if isinstance(i, tuple | list) else i for i in ans.items}) > 1, ans.items
