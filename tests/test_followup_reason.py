"""Class: a reason asked after a table answer about regions ("what explains that", "and why X of all places", "why is
it like that"): answered from the text on that region's own figure of that kind of cooperation when the report
discusses it, citing the figure the passage discusses and the table asked about; never sure. Wordings here are this
file's own, not the tuning sets'; the figures expected come from the captions, not from literals."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import corpus
from assistant.beside import discussed
from assistant.figure_text import figure_paragraph, naming
from retrieval.figrefs import _regional, by_region


def test_the_paragraph_on_a_regional_figure_holds_the_sentence_naming_it(retriever):
    sents = retriever.sentences
    checked = 0
    for number, regions, told in _regional():
        named = naming(number, sents)
        found = figure_paragraph(regions, " ".join(told), sents)
        if not named:
            continue  # an appendix copy: the body never names it
        assert found is not None, number
        start, end, i = found
        assert start <= sents.items[i].start < end and corpus.report_text()[start:end].strip()
        checked += 1
    assert checked  # the body discusses some regional figures: the check above ran


def test_the_figure_a_quote_discusses_is_the_one_named_just_before_it(retriever):
    """"Figure 11 shows …. … can best be explained …": the quote after the naming sentence discusses that figure."""
    sents = retriever.sentences
    checked = 0
    for number, _, _ in _regional():
        for i in naming(number, sents):
            nxt = sents.items[i + 1] if i + 1 < len(sents.items) else None
            if nxt is None or nxt.role != "body" or "Fig" in nxt.text or \
                    corpus.section_at(nxt.start).number != corpus.section_at(sents.items[i].start).number:
                continue
            assert discussed(nxt.start, nxt.end, sents) == number, nxt.text
            checked += 1
    assert checked


def test_no_regions_no_figure(retriever):
    assert figure_paragraph(frozenset(), "business", retriever.sentences) is None




def _regions(before) -> frozenset[str]:
    return frozenset(v for k, v in before.args.items() if k.startswith("region") and isinstance(v, str))


@pytest.mark.parametrize("turns,question", [
    (["business partners of southeast europe?"], "what explains that"),
    (["which regions do southeast european clusters do r&d with"], "and why central eastern europe of all places"),
])
def test_a_reason_after_a_regional_table_is_read_on_its_figure(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    regions = _regions(before)
    topic = before.reading
    own = by_region(topic, regions)
    assert before.route == "tool" and own, before.reading
    assert ans.route == "retrieval" and not ans.sure and ans.inherited, ans.reading
    assert own & {c.figure for c in ans.citations}, ans.citations  # the region's own figure is cited …
    table = {c.figure for c in before.citations if c.figure}
    assert table & {c.figure for c in ans.citations}  # … and the table the question was about


def test_a_reason_after_a_pair_cites_the_table_and_the_figure_discussed(assistant):
    before, ans = converse(assistant, ["how strong is r&d cooperation between central western europe and northwest "
                                       "europe"], "why is it like that")
    figures = {c.figure for c in ans.citations if c.figure}
    table = {c.figure for c in before.citations if c.figure}
    assert ans.route == "retrieval" and not ans.sure and table <= figures, ans.citations
    assert figures - table, ans.citations  # the figure the explaining text discusses, beside the table
