"""Terms the report introduces by name (retrieval.labels): the sentence that introduces a term answers what it is.

Class (failing in six narrative tuning sets): "X vs Y?" about two terms the report introduces in brackets after what
they describe; the section was found but the quotes only used the terms. The wordings below are new.
"""

from __future__ import annotations

import pytest

from retrieval.labels import find_labels, introducing, terms_of
from retrieval.lexical import tokenize


def test_terms_of_reads_brackets_abbreviations_and_bold():
    text = ('They act first (“**quick approach**”), then pair up (= “pairing services”) in areas of shared work '
            '(ASW), as **slow thinking** shows (see Figure 12) (in most cases).')
    assert terms_of(text) == ["quick approach", "pairing services", "ASW", "slow thinking"]


def test_an_aside_in_brackets_is_no_term():
    assert terms_of("Cooperation is weak (see Figure 12 for South-East Europe) and falls (slightly).") == []


def test_every_label_is_the_report_s_own_words(retriever):
    s = retriever.sentences
    labels = find_labels(s.items, s.where)
    assert labels
    for lb in labels:
        text = s.items[s.at(lb.start)].text
        held = set(tokenize(text))
        assert lb.distinctive <= lb.words <= held


def test_a_word_used_everywhere_names_no_label(retriever):
    s = retriever.sentences
    labels = find_labels(s.items, s.where)
    common = max(s.where, key=lambda t: len(s.where[t]))  # the report's most used word
    assert not introducing(labels, [common])


def _introduced(retriever, word: str) -> set[int]:
    s = retriever.sentences
    return {lb.start for lb in find_labels(s.items, s.where) if tokenize(word)[0] in lb.distinctive}


@pytest.mark.parametrize(("question", "term"), [
    ("upstream or downstream: which is which?", "upstream"),
    ("in one line, what does the report call the downstream approach", "downstream"),
    ("what counts as a matchmaking service in this study", "matchmaking"),
])
def test_the_introducing_sentence_is_quoted(retriever, question, term):
    starts = _introduced(retriever, term)
    assert starts, f"the report introduces no term with {term!r}"
    res = retriever.search(question)
    assert any(q.start <= s < q.end for q in res.quotes for s in starts), [q.text[:80] for q in res.quotes]


def test_a_term_named_in_passing_does_not_pick_the_quote(retriever):
    # the question is about a rule for the term, not the term: its words carry little of the question
    assert not retriever.ask("does an AOSI in the consolidated matrix need strong effects in both directions, or "
                             "does one extreme direction qualify on its own?").labelled
    assert retriever.ask("what is an AOSI?").labelled  # a what-is question about it: always


# Class (narrative sets of rounds 13, 25 and 26): "how does the report define X" quoted a sentence that only talks
# about a definition or about X, not the one saying what X is ("X is seen as the process …", "X are those …").
def test_a_defining_verb_after_the_term_says_what_it_is():
    from retrieval.labels import _DEFINES

    assert _DEFINES.search("In this study, openness is seen as the process in which firms act.")
    assert _DEFINES.search("Hubs can be understood as a lasting force on trade.")
    assert _DEFINES.search("Mega Hubs\u00b3 are those places that last.")
    assert not _DEFINES.search("Openness is considered as highly important by managers.")  # a rating, not what it is
    assert not _DEFINES.search("The definition of hubs is discussed below.")


def test_the_definitions_name_their_term_by_its_head(retriever):
    from retrieval.labels import defined, find_definitions

    s = retriever.sentences
    definitions = find_definitions(s.items)
    assert definitions
    for d in definitions:
        assert d.words <= set(tokenize(s.items[s.at(d.start)].text))
    assert not defined(definitions, tokenize("global"))  # a word of the term that is not its head


@pytest.mark.parametrize(("question", "said"), [
    ("how does this study define internationalisation", "is seen as the process"),
    ("what precisely does the report mean when it says mega trend", "are those trends"),
])
def test_the_sentence_saying_what_the_term_is_leads(retriever, question, said):
    res = retriever.search(question)
    assert said in res.quotes[0].text, res.quotes[0].text[:200]
