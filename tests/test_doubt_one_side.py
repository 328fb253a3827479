"""A question that names two of the report's figures at once ("in both matrices", "on both sides") answered from one
figure is unsure: the other side was never read. Wordings written for this test."""

import pytest

from assistant.answer import Answer, Citation
from assistant.doubts import _one_side
from assistant.understand import read


def _cited(*figures: str) -> Answer:
    return Answer(route="tool", answer="…", citations=[Citation(figure=f, section="4.4", page=40) for f in figures])


@pytest.mark.parametrize(("question", "figures", "doubted"), [
    ("which of its partners are graded weak in both matrices", ("13",), True),
    ("and which ones are medium on both sides", ("16",), True),
    ("which trends act on logistics in both directions", ("3",), True),
    # both figures read: no doubt
    ("which of its partners are graded weak in both matrices", ("13", "16"), False),
    ("which trends act on logistics in both directions", ("3", "4"), False),
    # "both" of two names, not of two figures
    ("which trends act on both logistics and packaging", ("3",), False),
])
def test_both_figures_asked_and_one_read_is_a_doubt(question, figures, doubted):
    said = _one_side(_cited(*figures), read(question))
    assert (said is not None) is doubted, said
