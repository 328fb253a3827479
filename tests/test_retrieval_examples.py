"""An example question is answered by the example told whole: the lead quote opens in an example the report announces
("… the following example should be given:") and from its paragraph's start or its announcement, never from its
middle sentence alone nor from a sentence that says "for instance" in passing.

The class (failed in six narrative sets by different writers): "walk me through the example they give to tell the two
approaches apart" led with the middle of the example, or with another section's "for instance". Wordings written for
the class, none from a question set; the example is found in the report by its announcement, not by its words.
"""

from __future__ import annotations

import pytest

import corpus
from retrieval import examples
from retrieval.kinds import EXAMPLE, question_kind


def _announced() -> list[tuple[int, int]]:
    starts, ends = examples._bodies()
    return list(zip(starts, ends, strict=True))


def test_the_report_announces_an_example_and_its_body_follows_the_announcement():
    text = corpus.report_text()
    spans = _announced()
    assert spans
    for start, end in spans:
        line = text[text.rfind("\n", 0, start - 1) + 1 : start].strip()
        assert examples.announces(line.split(". ")[-1])
        assert examples.in_example(start) and not examples.in_example(start - len(line) - 1)
        assert end > start and not examples.in_example(end)


@pytest.mark.parametrize("question", [
    "what illustration do the authors offer to separate the downstream view from the upstream one?",
    "give me the example where consumers bring their own devices into companies, step by step",
    "for instance, how does an industry push a trend back? the report has an example with end-devices",
])
def test_an_example_question_leads_with_the_announced_example_from_a_sentence_start(retriever, question):
    assert question_kind(question) == EXAMPLE
    lead = retriever.search(question).quotes[0]
    assert examples.in_example(lead.start) or any(lead.start < s < lead.end for s, _ in _announced())
    sents = retriever.sentences
    first = sents.items[sents.at(lead.start)]
    assert first.start == lead.start  # opens at a sentence
    assert lead.text.count(". ") >= 1  # more than one sentence of the example


def test_an_announcement_reads_on_into_its_example_and_other_kinds_are_untouched(retriever):
    sents = retriever.sentences
    start, _ = _announced()[0]
    i = sents.at(start) - 1
    while not examples.announces(sents.items[i].text):
        i -= 1
    ann = sents.items[i]
    end = examples.into_example(sents, ann.start, sents.items[i + 1].end)
    assert end > sents.items[i + 1].end and end - ann.start <= examples.EXAMPLE_CHARS
    assert examples.told_whole(sents, "reason", ann.start, ann.end) == (ann.start, ann.end)
