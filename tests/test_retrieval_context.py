"""A quote carries the sentences it leans on and the ones that carry its subject on.

The class: the answering sentence stood right next to a quoted one: before a quote opening on a reference back
("Using this method, …", "This simpler … trend …" after "They expect …"), or after a supporting quote that stopped at
its topic sentence ("The rise of X has been driven by …" / "This transformation is shifting …"). Wordings written
for the class, none from a question set; the expected sentences are found in the report by their words.
"""

from __future__ import annotations

import re

import pytest

import corpus
from bench.narrative import norm
from retrieval.chunks import chunk_report
from retrieval.sentences import Sentences, is_item, leans_back


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(chunk_report())


def test_an_opening_that_refers_back_leans_on_the_sentence_before():
    assert leans_back("Using this method, the following directions seem essential.")
    assert leans_back("On this basis, a pattern was found.")
    assert leans_back("This simpler trend is driven by screens.")
    assert not leans_back("Mega trends give a tail wind.")
    assert not leans_back("Clusters in emerging industries like Blue Growth become drivers.")


def _joined_pairs(sentences: Sentences):
    for i in range(1, len(sentences.items)):
        if sentences._joined(i - 1, i):
            yield i


def test_a_sentence_opening_on_this_or_these_is_quoted_with_the_one_before(sentences):
    opens = [i for i in _joined_pairs(sentences)
             if re.match(r"[A-Z]\w* (?:this|these) \w", sentences.items[i].text) and not sentences._goes_on(i - 1)]
    assert opens
    for i in opens:
        s = sentences.items[i]
        assert sentences.context(s)[0] <= sentences.items[i - 1].start


def test_a_chain_of_references_back_is_quoted_from_its_start(sentences):
    chains = [i for i in _joined_pairs(sentences) if i > 1 and sentences._joined(i - 2, i - 1)
              and leans_back(sentences.items[i].text) and leans_back(sentences.items[i - 1].text)
              and not leans_back(sentences.items[i - 2].text) and not sentences.items[i].text.rstrip().endswith(":")
              and sentences._same_paragraph(i - 2, i - 1) and sentences.items[i].end - sentences.items[i - 2].start <= 700]
    assert chains
    for i in chains:
        assert sentences.context(sentences.items[i])[0] == sentences.items[i - 2].start


@pytest.mark.parametrize("question, phrase", [
    ("who came up with the value chain method the study builds on", "was modified and adapted for these investigations"),
    ("what do users expect enterprise apps to feel like", "as simple, intuitive and task-oriented as online banking"),
    ("connected products and the internet of things - where does the value end up",
     "shifting the sources of value and differentiation"),
])
def test_the_sentence_next_to_a_quote_is_quoted_with_it(retriever, question, phrase):
    quotes = retriever.search(question).quotes
    assert any(phrase in norm(q.text) for q in quotes)


def test_a_later_sentence_of_a_list_item_is_quoted_from_the_item_s_start(sentences):
    later = [(i, j) for i in range(len(sentences.items)) if (j := sentences._item_of(i)) is not None]
    assert later
    for i, j in later:
        assert is_item(sentences.items[j].text) and sentences.context(sentences.items[i])[0] <= sentences.items[j].start


# The class: the item's opening sentence states what a later sentence of the item elaborates; quoting the later one
# alone dropped it. The item is found in the report by its opening words.
@pytest.mark.parametrize("question, opening", [
    ("what makes real-time information sharing between value chain partners so valuable", "- Rather than hoarding"),
    ("why did companies try to keep control over these changes in the value chain", "- The pressure from outside"),
    ("how does moving away from one size fits all relate to customer service orientation",
     "- **Customer service orientation**"),
])
def test_a_list_item_is_quoted_whole(retriever, question, opening):
    start = corpus.report_text().index("\n" + opening) + 1
    assert any(q.start <= start < q.end for q in retriever.search(question).quotes)  # from its start, maybe in a
    # longer quote that joins the sentences before it


def test_the_later_points_of_an_enumeration_lean_back():
    assert leans_back("Secondly, the industries act on the trends.")
    assert leans_back("Second, they will need other tools.")
    assert leans_back("Finally, the data is weak.")
    assert not leans_back("Second-hand markets grow.")
    assert not leans_back("Seconds count in logistics.")


def test_a_second_point_is_quoted_with_the_first(sentences):
    seconds = [i for i in _joined_pairs(sentences) if re.match(r"Second(?:ly)?,", sentences.items[i].text)
               and sentences._same_paragraph(i - 1, i)]
    assert seconds
    for i in seconds:
        assert sentences.context(sentences.items[i])[0] <= sentences.items[i - 1].start
