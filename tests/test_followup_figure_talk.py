"""Class: a follow-up that leans on a table answer (or on a region's answer) and asks what only the text says about
that figure — what comes next, where named items stand and why, the other kind of cooperation: answered, unsure,
from the report's text that discusses the figure (the sentence naming what the follow-up names), never from a
passage elsewhere that only shares a word. Wordings here are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import corpus
from assistant.answer import Answer, Citation
from assistant.figure_talk import best_talk, on_figure_talk, spans


def _in_discussion(ans, figure: str, sents) -> bool:
    text = corpus.report_text()
    at = text.find(ans.citations[0].quote)
    return at >= 0 and any(start <= at < end for start, end in spans(figure, sents))


@pytest.mark.parametrize("turns,question,figure,names", [
    (["figure 17 - which regions offer cluster firms the most internationalisation services"],
     "and which one is still lagging behind?", "17", ["South Eastern Europe"]),
    (["which industries are in the upper right of the portfolio in figure 9"],
     "and medical devices, where do they sit and why", "9", ["Medical Devices"]),
    (["why do southeast european clusters have such weak r&d ties"], "and what about their business ties?", "15",
     []),
    (["which industries sit in the upper right corner of figure 9"],
     "and creative industries, why are they off in that corner?", "9", ["Creative Industries"]),
])
def test_the_text_on_the_figure_before_answers(assistant, turns, question, figure, names):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "retrieval" and not ans.sure, ans.answer
    assert figure in {c.figure for c in ans.citations}
    assert _in_discussion(ans, figure, assistant.retriever().sentences), ans.citations[0].quote
    for name in names:
        assert name in ans.citations[0].quote


def test_a_follow_up_that_does_not_lean_or_a_passage_already_on_the_figure_is_left_alone(assistant):
    sents = assistant.retriever().sentences
    last = Answer(route="tool", answer="…", citations=[Citation(figure="17", section="4.5", page=47)],
                  question="which regions offer the most services in figure 17")
    asked = "and who is expected to catch up"
    found = best_talk(asked, last, sents)
    quote = corpus.report_text()[found.start:found.end]
    on_it = Answer(route="retrieval", answer="…", citations=[Citation(section="4.5", page=46, quote=quote)])
    elsewhere = Answer(route="retrieval", answer="…",
                       citations=[Citation(section="2.2", page=8, quote=sents.items[5].text)])
    assert on_figure_talk(asked, elsewhere, last, False, sents) is None  # does not lean on the answer before
    assert on_figure_talk(asked, on_it, last, True, sents) is None  # the search already quoted that text
    moved = on_figure_talk(asked, elsewhere, last, True, sents)
    assert moved is not None and not moved.sure and _in_discussion(moved, "17", sents)


@pytest.mark.parametrize("turns,question", [
    (["How strong is R&D cooperation between Northern Europe and Central Western Europe?"],
     "Why do clusters internationalise?"),
    (["which regions offer the most internationalisation services in figure 17"], "what is a mega trend?"),
])
def test_a_new_question_after_a_table_answer_inherits_no_figure(assistant, turns, question):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "retrieval" and not (ans.inherited or "").startswith("Figure"), ans.reading
    assert "the figure of the answer before" not in ans.reading
