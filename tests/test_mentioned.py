"""A yes-or-no about whether the report mentions something is answered by the mention: the passage answer is sure
when its lead quote holds every word of what was asked about. Wordings written for this test."""

import pytest

from assistant.answer import Answer, Citation
from assistant.coverage import coverage
from assistant.mentioned import mention_found
from assistant.understand import read


def _found(question: str, quote: str) -> bool:
    frame = read(question)
    ans = Answer(route="retrieval", answer="", citations=[Citation(section="2.2", page=9, quote=quote)],
                 passages=[{"id": "p", "text": quote, "section": "2.2", "score": 0.5}])
    return mention_found(ans, frame, coverage(frame, question))


@pytest.mark.parametrize(("question", "quote", "found"), [
    ("is telemedicine mentioned anywhere", "Telemedicine is a product of these linkages.", True),
    ("does the text mention crowdfunding at all", "Entrepreneurship culture (crowd funding, etc.) changes.", True),
    ("loose fill packing mentioned?", "Materials such as the biodegradable loose-fill packing.", True),
    ("do 3PL providers come up anywhere", "Third Party Logistics providers (3PL) took over.", True),
    # the quote lacks a word of the thing asked about
    ("is value chain finance mentioned anywhere", "Value chains are analysed in chapter 3.", False),
    # another question about a mention: why, in what role
    ("why is telemedicine mentioned", "Telemedicine is a product of these linkages.", False),
    ("telemedicine is mentioned somewhere - in what role", "Telemedicine is a product of these linkages.", False),
    # not about a mention at all
    ("what drives telemedicine", "Telemedicine is a product of these linkages.", False),
])
def test_a_mention_asked_is_found_when_the_lead_quote_holds_it(question, quote, found):
    assert _found(question, quote) is found
