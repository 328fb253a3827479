"""A question, then a remark of the asker's own ("…? I can't find it in the sub-trend table"): the question before
the remark is what is read (class seen in two sets by two writers). Wordings written for this test."""

import pytest

from assistant.understand import read
from assistant.understand.remark import before_remark

REMARKS = [
    ("which countries are in central eastern europe? I thought the report had a map for that",
     "which countries are in central eastern europe?"),
    ("does carbon footprint reduction form an AOSI with blue growth? we couldn't see it in the hot-spot table",
     "does carbon footprint reduction form an AOSI with blue growth?"),
    ("is there a figure on R&D cooperation for Northern Europe? the section on business links sends me elsewhere",
     "is there a figure on R&D cooperation for Northern Europe?"),
    ("which regions does poland cooperate with on R&D? that seems to differ between the text and the table",
     "which regions does poland cooperate with on R&D?"),
]


@pytest.mark.parametrize("question,asked", REMARKS)
def test_the_question_before_the_remark_is_read(question, asked):
    assert before_remark(question) == asked
    whole, alone = read(question), read(asked)
    assert (whole.relation, whole.focus, whole.intent, whole.figure) == \
        (alone.relation, alone.focus, alone.intent, alone.figure)
    assert [n.canonical for n in whole.names] == [n.canonical for n in alone.names]
    assert whole.asked == question


@pytest.mark.parametrize("question", [
    "which trends drive logistics? I mean upstream",  # narrows the question: no remark
    "which trends drive logistics? I think upstream only",  # a correction, not a remark
    "which trends drive logistics? and which of them also come upstream?",  # a second question
    "which trends drive logistics?",
    "the text says logistics has four AOSIs. I can't find them",  # no question before it
])
def test_no_remark_read_away(question):
    assert before_remark(question) is None
