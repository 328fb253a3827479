"""Class: the order asked of what the turn before was about ("in which order should they be offered" after a
question about the services clusters offer) is the report's list whose entries come in a set order and are things
of that kind — Figure 17b's service spectrum. Wordings here are this file's own."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.ordered import _ordered_lists

A = Assistant.load()



def test_the_ordered_lists_and_their_kind_are_read_from_the_lists():
    assert _ordered_lists() == {"service_spectrum": "services"}


@pytest.mark.parametrize("turn,question", [
    ("which services does the report want cluster organisations to provide for internationalisation",
     "and in which order should they be offered?"),
    ("what support services help smes find partners abroad", "what comes first among those?"),
])
def test_the_order_of_the_services_asked_before_is_the_service_spectrum(turn, question):
    _, ans = converse(A, [turn], question)
    assert ans.route == "tool" and ans.tool == "list_items" and ans.args.get("name") == "service_spectrum", ans.reading
    assert any(c.figure == "17b" for c in ans.citations) and not ans.sure  # the kind asked before is a reading


@pytest.mark.parametrize("turn,question", [
    ("which trends shape logistics downstream", "in what order do they come"),  # no services asked before
    ("which services does the report want cluster organisations to provide", "which of them is the most used"),
])
def test_no_order_of_services_asked_no_service_spectrum(turn, question):
    _, ans = converse(A, [turn], question)
    assert not (ans.tool == "list_items" and ans.args.get("name") == "service_spectrum" and "order asked" in
                ans.reading), ans.reading
