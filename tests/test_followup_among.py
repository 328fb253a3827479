"""Class: "is X among them?" after a passage answer that quoted one of the report's lists: the names the list sentence
of its lead quote names are read, and X is checked against them — yes or no, the list quoted, never sure; never a
new search that drops "them". Wordings here are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

from assistant.among import among, listing
from assistant.answer import Answer, Citation


@pytest.mark.parametrize("turns,question,name", [
    (["which industries does the conclusion say are more internationalised"], "is blue growth one of those?",
     "Blue Growth Industries"),
    (["which industries does the conclusion say are more internationalised"], "is logistics on that list too?",
     "Logistical Services"),
    (["for which industries does the conclusion say further internationalisation is more important"],
     "are mobility technologies among them?", "Mobility Technologies"),
])
def test_a_name_is_checked_against_the_list_quoted_before(assistant, turns, question, name):
    before, ans = converse(assistant, turns, question)
    sents = assistant.retriever().sentences
    found = listing(before, "industry", sents)
    assert found is not None, before.answer
    assert ans.route == "retrieval" and not ans.sure, ans.answer
    assert ans.value == ("yes" if name in found[1] else "no"), ans.answer
    assert sents.items[found[0]].text[:60] in " ".join(c.quote or "" for c in ans.citations)


def test_no_list_before_or_no_membership_asked_is_left_alone(assistant):
    sents = assistant.retriever().sentences
    lead = next(s.text for s in sents.items if "Logistical Services, Mobile Technologies" in s.text)
    listed = Answer(route="retrieval", answer="…", question="which industries are more internationalised",
                    citations=[Citation(section="4.5", page=46, quote=lead)])
    assert among("is blue growth one of those?", listed, sents).value == "no"
    assert among("what about blue growth?", listed, sents) is None  # no membership asked
    table = Answer(route="tool", answer="…", items=["Logistical Services"], question="which industries …")
    assert among("is blue growth one of those?", table, sents) is None  # a table answer's items are follow11's
