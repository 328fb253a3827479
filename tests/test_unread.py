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
    # a grade bound the question never said ("what is X" answered with X's very strong cells only)
    ("what's business process orientation as a value chain parameter", "a grade"),
    ("customer service orientation - which sub-trends does it cover?", "a grade"),
    ("which sub-trends fall under virtual integration concepts", "a grade"),
    # a figure picked from one cue word whose caption has none of the question's describing words
    ("which figure shows the R&D supplier tiers and OEM links abroad", "supplier, tiers, oem"),
    ("which chart shows business partners as a bubble plot with export volumes", "bubble, export, volumes"),
    ("where's the chart of business cooperation with turnover and employee numbers", "turnover, employee"),
    # (a count answered by a tool that gives one value is refused now: tests/test_unbound.py, scope7)
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
    "which figure has the business cooperation matrix for emerging industries",
    "which figure shows the trans-regional R&D cooperation matrix",
    "which region is hungary in",
    "what does figure 6 show",
    "which trends shape medical devices and pharma downstream",
    "which sub-trends are very strong on information sharing",
    "which sub-trends have a tick for business relationships",
]


@pytest.mark.parametrize("question", READ)
def test_fully_read_answers_stay_sure(question):
    ans = A.ask(question)
    assert ans.route == "tool"
    assert ans.sure, ans.reading
    assert "not read" not in ans.reading


def _last(turns: list[str]):
    """The answer to the last of ``turns``, asked in one fresh conversation."""
    from assistant.state import State

    state = State()
    for turn in turns:
        ans = A.ask(turn, state=state)
    return ans


FOLLOWUPS = [
    # (turns, the words the last answer's reading says it did not read)
    # the last plan run again while the follow-up asks for another kind of thing
    (["how strong is e-commerce on customer service orientation for logistics",
      "which mega trend is that sub-trend listed under"], "the trends asked"),
    (["grade of cloud computing for virtual integration concepts", "which parameter was that again"],
     "the parameters asked"),
    # only a name swapped ("same for X"), yet another table read
    (["where is the business cooperation chart for northern europe", "same for southwest europe"],
     "\u201csouthwest europe\u201d in place"),
    (["where's the r&d chart of central eastern europe", "and for southeast europe?"],
     "\u201csoutheast europe\u201d in place"),
    # a follow-up that takes the names of a turn whose plan left a name unread
    (["business cooperation between southern and northwest europe", "and for r&d?"], "\u201csouthern\u201d"),
    (["R&D cooperation of NWE with southwest europe", "and business?"], "\u201cnwe\u201d"),
    (["how strong is r&d cooperation between eastern and central western europe", "what about business?"],
     "\u201ceastern\u201d"),
    # "which one" answered with several and none picked
    (["which one of the medical devices sub-trends is very strong on information sharing"], "which one"),
    (["medical devices sub-trends with a tick for information sharing - which one is the strongest overall"],
     "which one"),
]


@pytest.mark.parametrize(("turns", "words"), FOLLOWUPS)
def test_followups_that_guess_are_unsure(turns, words):
    ans = _last(turns)
    assert ans.route == "tool"
    assert not ans.sure
    assert f"not read: {words}" in ans.reading


@pytest.mark.parametrize("turns", [
    ["which trends drive logistics downstream", "and medical devices?"],
    ["which regions does northern europe cooperate with on r&d", "and southwest europe?"],
    ["which regions does northern europe cooperate with on r&d", "and for business?"],
    ["which one of the mobility sub-trends is very strong for virtual integration concepts"],
])
def test_followups_read_in_full_stay_sure(turns):
    ans = _last(turns)
    assert ans.route == "tool"
    assert ans.sure, ans.reading


@pytest.mark.parametrize(("text", "grade"), [
    ("which of them are double-ticked for information sharing", "\u2713\u2713"),
    ("sub-trends double ticked under agile implementation strategies", "\u2713\u2713"),
    ("which ones are ticked for virtual integration concepts", "\u2713"),
])
def test_double_ticked_is_the_top_grade(text, grade):
    """"double-ticked" read as any tick made a follow-up confidently list the wrong cells (cues.check_grade)."""
    from assistant.cues import check_grade

    assert check_grade(text) == grade


# a grade word inside a term ("strong interdependency", "the crossover points table"), "none"/"every" computed by a
# tool that reads every row, a figure found by its own words, and "of those, which are AOSIs" (the said figure read
# in a later step) are read: these answers are sure
SURE = [
    ["which trends share a strong interdependency with blue growth"],
    ["big data: strong interdependencies with which sectors?"],
    ["the crossover points table - which page?"],
    ["where's the bubble chart of services offered per industry"],
    ["which sub-trends have no tick at all in the crossover table"],
    ["which trends shape digital industries downstream", "of those which form an AOSI"],
    ["which industries does big data shape downstream",
     "and which of these are also hot-spots of strong interdependency"],
    ["what drives medical devices downstream", "which of them are areas of strong interdependency too"],
    # a name taken as typed (an abbreviation looked up), and the answers offered to choose from
    ["CI - which industry does that abbreviation mean"],
    ["MD is short for which industry?"],
    ["would the report put latvia in northern or central eastern europe"],
    ["does figure 10 file greece under southeast or southwest europe"],
]


@pytest.mark.parametrize("turns", SURE)
def test_slots_the_tables_read_by_their_kind_stay_sure(turns):
    ans = _last(turns)
    assert ans.route == "tool"
    assert ans.sure, ans.reading
