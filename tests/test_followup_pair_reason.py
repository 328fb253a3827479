"""Class: a reason asked after a grade of two regions ("why so weak?", "what is the reason they are weak", "and why
only weak with X"), whether the table answered it or does not hold one of the regions: answered by the paragraph,
in the text on one region's own figure of that kind of cooperation, that names the other region. Wordings here are
this file's own, not the tuning sets'; which paragraph is right is read from the corpus (the region names the report
writes in it), never from literals of the answer."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import corpus
from assistant.pair_text import discussion, pair_asked, pair_paragraph, regions_in
from assistant.spot import spot


def _regions(text: str) -> frozenset[str]:
    return frozenset(m.canonical for m in spot(text) if m.kind == "region")


def test_a_pair_paragraph_names_both_regions_and_stands_in_a_figures_discussion(retriever):
    sents = retriever.sentences
    for regions, told in [(("Central Western Europe", "North America"), "R&D"),
                          (("Central Western Europe", "Northwest Europe"), "R&D"),
                          (("Northern Europe", "Central Eastern Europe"), "business")]:
        found = pair_paragraph(frozenset(regions), told, sents)
        assert found is not None, regions
        text = corpus.report_text()[found[0]:found[1]]
        assert set(regions) <= regions_in(text), text[:200]
        assert "Figure" in corpus.report_text()[found[0] - 3000:found[1]]  # after a figure is named


def test_no_pair_no_paragraph(retriever):
    sents = retriever.sentences
    assert pair_paragraph(frozenset(["Northern Europe"]), "business", sents) is None
    assert pair_paragraph(frozenset(), "R&D", sents) is None


def test_a_figures_discussion_stops_at_the_next_figure(retriever):
    from assistant.figure_text import naming

    sents = retriever.sentences
    for number in ("11", "14"):
        spans = discussion(number, naming(number, sents)[0], sents)
        assert spans
        later = corpus.report_text()[spans[1][0]:spans[-1][1]] if len(spans) > 1 else ""
        assert "Figure 1" not in later.replace(f"Figure {number}", "")  # no other figure named in its discussion


def test_the_pair_asked_joins_the_turn_before_and_the_own_names():
    assert pair_asked("why so weak with central western", "Northwest Europe, R&D cooperation") == \
        {"Northwest Europe", "Central Western Europe"}
    assert pair_asked("why so weak?", "Northwest Europe, R&D cooperation") == {"Northwest Europe"}


@pytest.mark.parametrize("turns,question", [
    (["R&D links of Central Western Europe with Eastern Asia?"], "what is the reason they are weak?"),
    (["business cooperation Northern Europe with Central Eastern Europe"], "why is it so low?"),
    (["central western europe's r&d partners"], "and why only weak with northwest europe?"),
    (["how strong is R&D cooperation between Southeast Europe and Central Eastern Europe?"], "what explains that?"),
])
def test_a_reason_after_a_pair_quotes_the_paragraph_naming_both(assistant, turns, question):
    _, ans = converse(assistant, turns, question)
    pair = _regions(turns[0]) | _regions(question)
    assert ans.route == "retrieval" and ans.citations, ans.reading
    lead = ans.citations[0].quote or ""
    assert pair <= _regions(lead), (pair, lead[:200])


@pytest.mark.parametrize("turns,question", [
    (["r&d links of central western european clusters to north america and eastern asia: strong or not?"],
     "why so little?"),
    (["do northern european clusters do business with eastern asia and central eastern europe much?"],
     "why so weak?"),
])
def test_a_reason_after_one_regions_links_towards_several_quotes_the_paragraph_naming_them(assistant, turns, question):
    """Class: the turn before asked one region's links towards several (a passage answer when the table does not
    hold them all): "why so weak" is asked of all of them, in the text on that region's own figure."""
    _, ans = converse(assistant, turns, question)
    asked = _regions(turns[0])
    assert len(asked) > 2 and ans.route == "retrieval" and ans.citations, ans.reading
    lead = ans.citations[0].quote or ""
    assert len(asked - _regions(lead)) <= 1, (asked, lead[:200])  # the partners; the subject may stand just before


def test_one_region_and_several_partners_find_the_paragraph_naming_them_all(retriever):
    found = pair_paragraph(frozenset({"Central Western Europe", "Eastern Asia", "North America"}), "R&D",
                           retriever.sentences)
    assert found is not None
    assert {"Eastern Asia", "North America"} <= regions_in(corpus.report_text()[found[0]:found[1]])


@pytest.mark.parametrize("question,own", [
    ("why so weak?", False), ("what explains that?", False), ("why is it so low?", False),
    ("and why only weak with northwest europe?", False),
    ("Why do clusters internationalise?", True), ("why are SMEs reluctant?", True),  # a new question: its own subject
])
def test_a_reason_with_a_subject_of_its_own_is_a_new_question(question, own):
    from assistant.topic import own_subject

    assert own_subject(question) is own
