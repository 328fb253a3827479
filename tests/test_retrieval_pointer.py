"""A question asking where to read more ("where can I find more detail on …") is answered where the report points
elsewhere ("… are further discussed in the annexes to …", "… can be found in the Appendix A"), not by what it says
on the topic itself.

The class (failed in four narrative sets by different writers): "where would I find more detail on each industry's
value chain changes" quoted the chapter's opening on value chains. Wordings written for the class, none from a
question set; the pointing sentences are found by the kind's own cue.
"""

from __future__ import annotations

import pytest

from retrieval.kinds import POINTER, REASON, answers, question_kind, reading


@pytest.mark.parametrize("question", [
    "where could I read more about how each emerging industry's value chain is changing?",
    "where can I see the charts for every region's cooperation targets?",
    "where do I find every figure on the regions' cooperation intensity?",
])
def test_a_where_to_read_more_question_quotes_where_the_report_points(retriever, question):
    assert question_kind(question) == POINTER
    assert reading(question).phrase.startswith("Where the report points")
    quotes = retriever.search(question).quotes
    assert any(answers(POINTER, s.text) for q in quotes
               for s in retriever.sentences.items[retriever.sentences.at(q.start):retriever.sentences.at(q.end)])


def test_where_they_look_or_where_to_partner_is_no_pointer():
    assert question_kind("southwest europe: why only weak links, and where do they look instead") == REASON
    assert question_kind("where should a cluster look for partners abroad") != POINTER
    assert not answers(POINTER, "Changes inside an industry can be found reflected in the value chains.")
    assert answers(POINTER, "Some changes are further discussed in the annexes to the report.")
