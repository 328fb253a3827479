"""A question that asks for no kind of thing, answered from a table that reads none of two or more of its topic
words, is not sure: the table answered its names, the unread words may be what it is about. Wordings written for
this test (not from any question set); the plans are built here, so the check is tested alone."""

import pytest

from assistant.answer import Answer
from assistant.coverage import coverage
from assistant.plan import Step, ToolPlan
from assistant.understand import read
from assistant.unread import unread

_BIG_DATA_DOWN = ToolPlan((Step("industries_for_trend", {"trend": "Big data", "direction": "downstream"}),))
_NORTH_BUSINESS = ToolPlan((Step("partners", {"region": "Northern Europe", "kind": "business"}),))
_LOGISTICS_DOWN = ToolPlan((Step("trends_for_industry", {"industry": "Logistical Services",
                                                          "direction": "downstream"}),))


def _unread(question: str, plan: ToolPlan) -> Answer:
    frame = read(question)
    ans = Answer(route="tool", answer="…", reading="read")
    unread(ans, plan, frame, coverage(frame, question))
    return ans


@pytest.mark.parametrize(("question", "plan"), [
    ("what do the downstream effects of big data mean for the service portfolios of cluster managers",
     _BIG_DATA_DOWN),
    ("northern europe business ties: lessons for regional innovation strategies", _NORTH_BUSINESS),
    ("logistics under downstream pressure - consequences for freight forwarders and their investment plans",
     _LOGISTICS_DOWN),
])
def test_topic_words_no_table_reads_make_a_table_answer_unsure(question, plan):
    ans = _unread(question, plan)
    assert not ans.sure and "not read" in ans.reading


@pytest.mark.parametrize(("question", "plan"), [
    ("which industries does big data shape downstream", _BIG_DATA_DOWN),  # asks for a kind of thing, all read
    ("northern europe business partners please", _NORTH_BUSINESS),
    ("logistics downstream - what matters for forwarders", _LOGISTICS_DOWN),  # one topic word of its own
    # the report's own list answers it: the other words describe what is listed
    ("the services cluster managers offer for going abroad, in the order of their spectrum",
     ToolPlan((Step("list_items", {"what": "services"}),))),
])
def test_a_question_the_table_reads_or_one_with_a_single_word_of_its_own_stays_sure(question, plan):
    assert _unread(question, plan).sure
