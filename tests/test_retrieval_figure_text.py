"""A question about a figure is answered by the text that discusses it, never by its caption alone.

The class: a question naming a figure by its number or by words of its caption ("the functional chain picture")
got the caption as its lead quote, or a sentence of another section, while the paragraph citing the figure
("… (see Figure 2)", "Figure 8 shows …") went unquoted. Wordings written for the class, none from a question set;
the figures are found by their captions, never written into the code.
"""

from __future__ import annotations

import pytest

import corpus
from retrieval import figrefs
from retrieval.chunks import chunk_report
from retrieval.roles import BODY, role_of
from retrieval.sentences import Sentences


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(chunk_report())


def _captioned(words: str) -> str:
    """The number of the one figure whose caption holds ``words``."""
    (number,) = {str(f.number) for f in corpus.figures() if words in f.caption.lower()}
    return number


def test_a_sentence_cites_each_figure_it_names():
    assert figrefs.cited("as shown in a simplified picture (see Figure 2).") == {"2"}
    assert figrefs.cited("identified from Figure 3 and Figure 4 and form") == {"3", "4"}
    assert figrefs.cited("Figures 14 and 15 show") == {"14", "15"}
    assert figrefs.cited("a figure of speech") == frozenset()


def test_a_question_names_a_figure_by_number_or_by_its_own_caption_words(sentences):
    assert figrefs.named("what does figure 9 show", sentences) == {"9"}
    assert figrefs.named("the functional chain drawing, explained", sentences) == {_captioned("functional chain")}
    assert figrefs.named("the paths of internationalisation diagram", sentences) == {_captioned("paths of intern")}
    # words the body text also uses side by side name no figure, nor do words across a break
    assert figrefs.named("why do mega trends matter", sentences) == frozenset()
    assert figrefs.named("which regions: business partners", sentences) == frozenset()


def test_a_caption_phrase_shared_by_many_figures_or_a_shared_number_names_none(sentences):
    shared = [f for f in corpus.figures() if "target cooperation regions" in f.caption.lower()]
    assert len(shared) > figrefs.AT_MOST_FIGURES
    assert figrefs.named("the target cooperation regions charts", sentences) == frozenset()
    clash = next(f for f in corpus.figures() if f.clash)
    words = " ".join(clash.caption.lower().split()[:2])
    assert figrefs.named(f"what is the {words} about", sentences) == frozenset()


def test_a_question_may_ask_for_a_figure_s_own_title():
    assert figrefs.asks_title("what is the title of figure 8")
    assert figrefs.asks_title("what's the caption under figure 2")
    assert not figrefs.asks_title("what does figure 8 show")


@pytest.mark.parametrize("question", [
    "explain the idea behind the functional chain image",
    "in the 'functional chain' sketch, what happens after the internal change?",
    "talk me through what the paths of internationalisation graphic is meant to show",
    "figure 8 in plain words please",
])
def test_the_text_discussing_the_named_figure_leads(retriever, question):
    named = figrefs.named(question, retriever.sentences)
    assert named
    lead = retriever.search(question).quotes[0]
    assert role_of(lead.start, lead.start + 1) == BODY
    assert named & figrefs.cited(lead.text)


def test_a_region_and_a_kind_of_cooperation_name_that_region_s_figures():
    from retrieval.extract import named_in

    def figs(question):
        return figrefs.by_region(question, named_in("region", question))
    se_rd = {str(f.number) for f in corpus.figures() if not f.clash and "r&d" in f.caption.lower()
             and named_in("region", f.caption) == {"Southeast Europe"}}
    assert se_rd and figs("south-east european clusters and their R&D partners") == se_rd
    assert figs("south-east european clusters and their partners") == frozenset()  # which kind is not said
    assert figs("R&D partners of clusters") == frozenset()  # no region


# The class: a question about one region's R&D or business cooperation got sentences about other regions, while the
# paragraph discussing that region's figure ("… (see Figure 12 for South-East Europe)") went unquoted.
@pytest.mark.parametrize("question", [
    "R&D links of clusters in south eastern europe - which way do they point?",
    "what kind of R&D partners do southeast european clusters look for",
    "how strong is R&D cooperation of central western european clusters and with whom",
])
def test_the_text_discussing_the_region_s_figure_leads(retriever, question):
    ask = retriever.ask(question)
    assert ask.regional
    assert ask.regional & figrefs.cited(retriever.search(question).quotes[0].text)
