"""A yes/no opened by a negated auxiliary ("but isn't …?", "doesn't …?"): read as the plain yes/no, never as a
negated question (class seen in round17, round20, round22 and round24 sets). Wordings written for this test."""

import pytest

from assistant.understand import read
from assistant.understand.rhetorical import plain_yes_no


@pytest.mark.parametrize("negated,plain", [
    ("but isn't big data an AOSI for logistics?", "is big data an AOSI for logistics?"),
    ("so doesn't medtech push personalisation upstream?", "does medtech push personalisation upstream?"),
    ("isn't Greece in southeast europe", "is Greece in southeast europe"),
    ("doesn't digital industries have as many AOSIs as mobility?", "does digital industries have as many AOSIs as mobility?"),
])
def test_a_negated_opening_is_read_as_the_plain_yes_no(negated, plain):
    a, b = read(negated), read(plain)
    assert a.intent == b.intent == "yesno"
    assert (a.relation, a.negation, [n.canonical for n in a.names]) == (b.relation, b.negation, [n.canonical for n in b.names])


def test_the_text_keeps_its_length_and_a_negation_inside_stays():
    text = "which trends don't influence logistics"
    assert plain_yes_no(text, ()) == text  # not an opening: the question's own negation
    said = "but isn't it weak"
    assert len(plain_yes_no(said, (), joined=True)) == len(said)
    assert read("which trends don't influence logistics").focus == "trends"
