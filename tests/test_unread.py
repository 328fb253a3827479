"""Golden table: words the table plan never read make its answer unsure, and the reading names them. Wordings
written for these tests (not from any question set), one class per block, with fully read controls that stay sure."""

import pytest

from assistant import Assistant

A = Assistant.load()

UNREAD = [
    # (question, the words the reading says it did not read)
    # the question quotes a part of the report's prose; the plan reads a table
    ("what does the conclusion rank highest among the value chain parameters", "the conclusion"),
    ("which regions does the text call the strongest R&D partners of northern europe", "the text"),
    ("how many mega trends does the conclusion say drive logistical services", "the conclusion"),
    # a name joined by "and", "or" or "/" to a word no name, cue or plan read
    ("business cooperation between southern and southwest europe", "southern"),
    ("e-mobility / car sharing in mobility technologies - crossover points", "car"),
    ("how strong is business cooperation between SWE and northern europe", "swe"),
    # a user's abbreviation of a report name that the plan never took
    ("R&D cooperation of NWE with southwest europe", "nwe"),
    # a question about what a figure's marks mean, answered with the figure's caption
    ("in figure 3 a dot means the trend drives the industry, correct?", "the question about the figure"),
    ("figure 10 - does being listed mean a country has clusters there?", "the question about the figure"),
    ("in figure 4 an empty row means the trend has no industry feeding it, yes?", "the question about the figure"),
    # a count answered by a tool that gives one value
    ("how many firms in poland are cluster members", "the number asked"),
]


@pytest.mark.parametrize(("question", "words"), UNREAD)
def test_unread_words_make_the_answer_unsure(question, words):
    ans = A.ask(question)
    assert ans.route == "tool"
    assert not ans.sure
    assert f"not read: \u201c{words}" in ans.reading or f"not read: {words}" in ans.reading


READ = [
    "which industries does big data shape downstream",
    "business cooperation between northern europe and southwest europe",
    "business grade CEE - northern europe",
    "which figure shows the R&D cooperation matrix",
    "which region is hungary in",
    "what does figure 6 show",
    "which trends shape medical devices and pharma downstream",
]


@pytest.mark.parametrize("question", READ)
def test_fully_read_answers_stay_sure(question):
    ans = A.ask(question)
    assert ans.route == "tool"
    assert ans.sure, ans.reading
    assert "not read" not in ans.reading
