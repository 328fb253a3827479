"""A sentence of the report quoted in a question: the table its own figure reference names is the relation read
(class seen in two sets by two writers: a quoted sentence pointing to Figure 5 in words that also name Figure 6).
Wordings written for this test."""

import pytest

from assistant.understand import read
from assistant.understand.quoted import quoted_figure

QUOTED = [
    ("the authors write that 'four out of twelve hotspots of strong mutual interdependencies' belong to logistics. "
     "name them", "5", "aosi"),
    ("the report calls digital industries 'the Emerging Industry which is most exposed to current mega trends' - "
     "which trends does that mean?", "5", "aosi"),
    ("the text says \u201cthe cross-over points have been marked with two\u201d ticks. which medtech sub-trends get "
     "those for information sharing?", "7", "crossover"),
]


@pytest.mark.parametrize("question,figure,rel", QUOTED)
def test_a_quoted_sentence_names_its_figure(question, figure, rel):
    assert quoted_figure(question) == figure
    assert read(question).relation == rel


@pytest.mark.parametrize("question", [
    "which hotspots does logistics have",  # no quote
    "my boss says 'logistics firms love hot spots and big data' - which trends hit logistics",  # not the report's
    "the report says 'the matrix points that indicate trend effects' come from two figures",  # cites figures 3 and 4
])
def test_no_one_figure_quoted(question):
    assert quoted_figure(question) is None
