"""Classes: (1) a follow-up asking what should be done about the subject before ("what do they advise cluster managers
there to do"): the advice is read beside the passage that answered the turn before, never searched on "cluster
managers" alone; (2) a follow-up pointing back with a pronoun whose own words find quotes naming none of the subject
before's names ("why do they need more …"): searched with that subject instead. Wordings here are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

from assistant.answer import Answer, Citation
from assistant.beside import ANNOUNCES, strength
from assistant.leaning import lost_subject
from assistant.understand import read


@pytest.mark.parametrize("text,level", [
    ("Here, cluster managers shall be motivated to increase their efforts.", ANNOUNCES),
    ("It is important for cluster managers to understand such processes.", ANNOUNCES),
    ("They do often not become internationally active although they should do so.", 0),
    ("Clusters of Logistical Services are more internationalised.", 0),
])
def test_advice_is_told_from_a_sentence(text, level):
    assert strength("recommendation", text) == level


def _said(quote: str) -> Answer:
    return Answer(route="retrieval", answer="…", citations=[Citation(section="4.3", page=34, quote=quote)])


def test_a_pronoun_answered_without_the_subject_is_lost():
    frame = read("why do they need more support services")
    assert lost_subject(frame, _said("Traditional support services are not enough."), "\u201cblue growth clusters\u201d")
    assert not lost_subject(frame, _said("Blue Growth clusters offer services."), "\u201cblue growth clusters\u201d")
    assert not lost_subject(read("why do firms need support services"), _said("Services help."), "\u201cblue growth\u201d")


@pytest.mark.parametrize("turns,question", [
    (["tell me about environmental industries clusters and internationalisation"],
     "and what do they advise their cluster managers to do?"),
    (["what does the report say about blue growth clusters going international"],
     "what do they recommend cluster managers there do?"),
    (["what does the report say about logistics clusters and internationalisation"],
     "and what should their cluster managers do there?"),
])
def test_advice_asked_of_the_subject_before_is_quoted_beside_it(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    shown = {c.section for c in before.citations if c.quote}
    advice = [c for c in ans.citations if c.quote and strength("recommendation", c.quote) == ANNOUNCES]
    assert ans.route == "retrieval" and not ans.sure and advice, ans.answer
    assert advice[0].section in shown


@pytest.mark.parametrize("turns,question,name", [
    (["what does the report say about blue growth clusters and internationalisation"],
     "why do they need more support services?", "Blue Growth"),
    (["how internationalised are biopharma clusters"], "why are they so far ahead?", "Biopharmaceuticals"),
])
def test_a_pronoun_keeps_the_subject_before(assistant, turns, question, name):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "retrieval" and any(name in (c.quote or "") for c in ans.citations), ans.answer
