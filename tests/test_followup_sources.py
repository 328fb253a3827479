"""Follow-ups that ask where the last answer comes from: the last answer restated with its sources, and, after a
passage answer to a question that described a figure in words, that figure first. Wordings here are this file's
own, not the tuning sets'; figures and pages expected are read from the figure catalogue, not written here."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.sources import asks_source
from assistant.understand import read


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811 - the shared session index (conftest_retrieval)
    return Assistant.load(index_dir=str(index_dir))


@pytest.mark.parametrize("question", [
    "which page is this one on", "page no. please, I have to cite it", "what figure is that chart",
    "and the section number?", "source for that?", "where did that come from, page and figure",
    # a figure asked for by another of its nouns: "table", "chart", "matrix"
    "which matrix is this from", "what chart is that in?", "ok and which table does it come from",
])
def test_a_source_question_is_read_as_one(question):
    assert asks_source(read(question)), question


@pytest.mark.parametrize("question", [
    "which page talks about gothenburg", "where does it say that", "which figure shows the service spectrum",
    "what page is figure 12 on", "which section covers business cooperation",
    "stretch that to all industries in the figure - what's the count then",
    "on which page is the table listing the countries of each region",
    "which table shows logistics", "what does that chart show",
])
def test_a_question_of_its_own_is_not_a_source_question(question):
    assert not asks_source(read(question)), question


@pytest.mark.parametrize("turns,question", [
    (["how strong is business cooperation between northern europe and northwest europe"], "page no. please"),
    (["which mega trends shape biopharma upstream"], "source for that? figure and page"),
    (["how many sub-trends does the blue growth carbon hot-spot list"], "which fig is this from, I need to cite it"),
    (["which industries does big data push downstream"], "what table is that from?"),
])
def test_the_source_of_a_table_answer_restates_it(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert before.route == "tool" and ans.tool == "recall"
    assert [c.chip for c in ans.citations] == [c.chip for c in before.citations]
    assert (ans.value, ans.items, ans.count) == (before.value, before.items, before.count)


@pytest.mark.parametrize("turns,question,described", [
    (["what does the downstream matrix show"], "what page?", "downstream matrix"),
    (["what is the service spectrum diagram about"], "which page is that diagram on", "service spectrum diagram"),
    (["what does the r&d cooperation matrix of european regions show"], "page number? need it for my slides",
     "r&d cooperation matrix of european regions"),
])
def test_after_passages_the_figure_described_leads(assistant, turns, question, described):
    before, ans = converse(assistant, turns, question)
    want = tools.figure_lookup(described).rows[0]
    assert ans.tool == "recall" and ans.citations, ans.reading
    assert (ans.citations[0].figure, ans.citations[0].page) == (want["key"], want["page"]), before.reading
