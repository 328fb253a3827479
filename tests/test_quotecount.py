"""The count a passage answer states for the noun "how many" asks (assistant.quotecount). Quotes and questions
here are this file's own wordings."""

import pytest

from assistant import Assistant
from assistant.answer import Answer, Citation
from assistant.quotecount import asked_noun, counted, stated_count


@pytest.mark.parametrize("question,words", [
    ("how many member firms took part?", ("member", "firms")),
    ("and how many partner regions does it name", ("partner", "regions")),
    ("how many trade fairs in total", ("trade", "fairs")),
    ("roughly how many cluster orgs were assessed", ("cluster", "orgs")),
])
def test_the_noun_asked(question, words):
    assert asked_noun(question).words == words


def test_no_how_many_no_noun():
    assert asked_noun("which regions cooperate with iberia") is None


@pytest.mark.parametrize("quote,question,n", [
    ("The survey reached 87 member firms in nine countries.", "how many member firms took part", 87),
    ("It names four partner regions, all of them coastal.", "how many partner regions does it name", 4),
    ("Data of 212 cluster organisations was used.", "how many cluster orgs were in the data", 212),
    ("The pilot gave advice to seven small model regions.", "how many model regions got advice", 7),
])
def test_a_number_written_before_the_noun_is_the_count(quote, question, n):
    assert stated_count(quote, asked_noun(question)) == n


@pytest.mark.parametrize("quote", [
    "The wider pool holds more than 600 member firms.",  # a bound, not a count
    "First 40 member firms joined, later 55 member firms.",  # two different counts
    "In 2014 the firms met twice.",  # a number, not before the noun asked
    "A footnote¹² says the member firms agreed.",  # a footnote mark is no number
])
def test_no_one_count_no_count(quote):
    assert stated_count(quote, asked_noun("how many member firms joined")) is None


def test_only_a_passage_answer_takes_the_count_of_its_lead_quote():
    cite = Citation(section="9", quote="The study covers 31 partner regions.")
    text = counted(Answer(route="retrieval", answer="…", citations=[cite]), "how many partner regions are covered")
    assert text.count == 31
    table = counted(Answer(route="tool", answer="…", citations=[cite], items=["a"]), "how many partner regions")
    assert table.count is None


def test_a_subject_switch_asking_a_count_of_the_text_carries_it():
    """End to end: after a table turn, a new subject asks a count only the text states (154, §4.2)."""
    a = Assistant.load()
    a.ask("which trends shape medtech upstream", conversation_id="qc")
    ans = a.ask("new question - how many cluster organisations does the benchmarking extract cover",
                conversation_id="qc")
    assert ans.route == "retrieval" and ans.count == 154 and ans.inherited is None, (ans.reading, ans.count)
