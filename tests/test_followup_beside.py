"""Class: a follow-up that asks for the example the report gives of the turn before's subject ("got an example for
that?", "is there an illustration of it in the text"): answered from the sentence beside what was quoted or searched
that gives one, with the text it announces, never sure. Wordings here are this file's own, not the tuning sets'."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import corpus
from assistant.answer import Answer, Citation
from assistant.beside import ANNOUNCES, WINDOW, answer_beside, beside, quote_span, strength


def _announcing(sents):
    """Indices of body sentences that announce an example and have a sentence of their section before them."""
    out = []
    for i, s in enumerate(sents.items):
        if i and s.role == "body" and strength("example", s.text) == ANNOUNCES and \
                corpus.section_at(sents.items[i - 1].start).number == corpus.section_at(s.start).number:
            out.append(i)
    return out


def _quoting(sentence) -> Answer:
    return Answer(route="retrieval", answer="…", citations=[Citation(section="x", quote=sentence.text)])


def test_an_example_announced_next_to_a_quote_is_found(retriever):
    sents = retriever.sentences
    found_any = 0
    for i in _announcing(sents):
        found = beside([_quoting(sents.items[i - 1])], "example", sents)
        assert found is not None and found.strength == ANNOUNCES and found.distance <= 1, sents.items[i].text
        found_any += 1
    assert found_any  # the report announces examples: the check above ran


def test_only_the_kinds_found_beside_are_looked_for(retriever):
    sents = retriever.sentences
    i = _announcing(sents)[0]
    assert beside([_quoting(sents.items[i - 1])], "reason", sents) is None
    assert beside([Answer(route="tool", answer="…")], "example", sents) is None  # a table answer quotes nothing


def test_nothing_far_from_the_quote_is_taken(retriever):
    sents = retriever.sentences
    far = [i for i in _announcing(sents) if not any(strength("example", s.text) for s in
                                                     sents.items[max(i - 3 * WINDOW, 0): i])]
    i = far[0]
    assert beside([_quoting(sents.items[i - 2 * WINDOW])], "example", sents) is None or \
        corpus.section_at(sents.items[i - 2 * WINDOW].start).number != corpus.section_at(sents.items[i].start).number


def test_an_announcing_sentence_is_quoted_with_what_it_announces(retriever):
    sents = retriever.sentences
    for i in _announcing(sents):
        found = beside([_quoting(sents.items[i - 1])], "example", sents)
        start, end = quote_span(found, sents)
        follows = sents.next_in_paragraph(found.end) or sents.body_after(found.end)  # the text goes on
        assert start <= found.start and (end > found.end or follows is None), sents.items[i].text


def test_the_answer_is_never_sure(retriever):
    sents = retriever.sentences
    i = _announcing(sents)[0]
    ans = answer_beside("got an example for that?", "q", [_quoting(sents.items[i - 1])], sents)
    assert ans is not None and ans.route == "retrieval" and not ans.sure
    assert strength("example", ans.citations[0].quote) == ANNOUNCES
    assert answer_beside("why is that?", "q", [_quoting(sents.items[i - 1])], sents) is None




@pytest.mark.parametrize("turns,question", [
    (["how does the study tell the downstream view apart from the upstream one"],
     "is there an illustration of that in the text"),
    (["what does the report say mega trends are"], "got an example for that?"),
    (["who do northern european clusters mostly do business with"], "is there a concrete example of it in the report"),
])
def test_an_example_followup_quotes_the_example_beside_the_subject(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert before.route != "refuse" and ans.route == "retrieval" and not ans.sure, ans.reading
    assert ans.inherited and "about" in ans.reading, ans.reading
    lead = ans.citations[0].quote
    assert strength("example", lead) == ANNOUNCES, lead  # the sentence that gives the example …
    assert len(lead.split(". ")) > 1 or "\n" in lead, lead  # … with the text it announces
