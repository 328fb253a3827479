"""A question asking whether something exists ("is there one single service that …") leads with the sentence where the
report says whether it does ("… there is not a singular service …"), the thing's noun right after "there is".

The class (failed in eight narrative sets by different writers): "is there one silver-bullet / killer / single service
that makes internationalisation work" quoted the services offered by industry, never the sentence saying there is no
single one. Wordings written for the class, none from a question set; the sentence is found by the mechanism.
"""

from __future__ import annotations

import pytest

from retrieval import existence


@pytest.mark.parametrize("question", [
    "are there any services that on their own make a cluster's internationalisation a success?",
    "is there a lone support service that guarantees success abroad for cluster firms?",
    "is there a link between how international cluster firms are and the business services their cluster offers?",
])
def test_an_existence_question_leads_with_the_sentence_saying_whether_it_exists(retriever, question):
    said = existence.said(question, retriever.sentences)
    assert said
    lead = retriever.search(question).quotes[0]
    assert any(lead.start <= s < lead.end for s in said)


def test_the_thing_asked_about_is_named_without_its_quantifiers():
    assert existence.asked_thing("is there one single cluster service that makes it work?") == \
        existence.asked_thing("is there a cluster service?")
    assert existence.asked_thing("is there really any demand for it") == existence.asked_thing("is there demand")
    assert existence.asked_thing("what services are offered?") == frozenset()
    assert existence.asked_thing("is there an example of it?") == frozenset()  # "example" asks how, names nothing


def test_only_sentences_saying_there_is_the_thing_are_named(retriever):
    sents = retriever.sentences
    for question in ("is there a service that helps?", "is there a need for it?"):
        said = existence.said(question, sents)
        thing = existence.asked_thing(question)
        for start in said:
            text = sents.items[sents.at(start)].text.lower()
            assert "there is" in text or "there are" in text
            assert thing & set(existence.tokenize(text))
    assert existence.said("is there a zeppelin?", sents) == frozenset()
