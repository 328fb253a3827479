"""A list look-up that holds none of two or more of the question's topic words, or a section look-up when another
section's title holds more of the question's words, answered another list or section than the one named: shown, not
sure, and its reading names the words. Wordings written for this test (not
from any question set), varying the thing looked up, the words naming it and the word order."""

import pytest

from assistant import Assistant
from assistant.answer import Answer, Citation
from assistant.coverage import coverage
from assistant.plan import Step, ToolPlan
from assistant.titled import look_up_unlike, passage_over_look_up, unheld
from assistant.understand import read


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return Assistant.load()


@pytest.mark.parametrize("question", [
    "on what page does the chapter about clusters as springboard begin",  # a parent section picked
    "list the trends that the foresight studies of other institutes named",  # the trend list for its sources
])
def test_a_look_up_that_holds_none_of_the_named_words_is_unsure(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "tool" and ans.tool in ("list_items", "section_info"), ans.reading
    assert not ans.sure and "not in the" in ans.reading


@pytest.mark.parametrize("question", [
    "list the twelve mega trends",  # the list named by its own words
    "which section deals with trans-regional r&d cooperation",  # the section whose title holds the words
    "what are the areas of critical importance common to value chains",  # the report's own words for the list
])
def test_a_look_up_that_holds_the_named_words_stays_sure(assistant, question):
    ans = assistant.ask(question)
    assert ans.route == "tool" and "not in the" not in ans.reading, ans.reading


def _section_answer(number: str, title: str) -> Answer:
    return Answer(route="tool", answer=f"§{number} {title} starts on p. 1", tool="section_info",
                  args={"section": "words"}, citations=[Citation(section=number, page=1)],
                  rows=[{"section": number, "title": title, "start_page": 1, "end_page": 2}])


def test_the_words_are_checked_against_what_the_look_up_shows():
    question = "which section explains the springboard role of clusters for firms"
    frame = read(question)
    cov = coverage(frame, question)
    plan = ToolPlan((Step("section_info", {"section": question}),))
    parent = _section_answer("4", "Cluster Internationalisation")
    own = _section_answer("4.2", "Clusters as a Springboard for Internationalisation of Firms")
    assert "springboard" in unheld(parent, plan, frame, cov)
    assert "springboard" not in unheld(own, plan, frame, cov)
    assert look_up_unlike(own, plan, frame, cov) is None


def test_only_the_look_ups_are_checked():
    question = "which regions are the pilot demonstrator regions"
    frame = read(question)
    ans = Answer(route="tool", answer="Northern Europe", tool="partners", args={"region": "Northern Europe"})
    plan = ToolPlan((Step("partners", {"region": "Northern Europe"}),))
    assert unheld(ans, plan, frame, coverage(frame, question)) == []


@pytest.mark.parametrize(("question", "section", "count"), [
    ("how many industries were compared with the ESCA benchmark clusters", "4.2", 10),  # not the industry list
    ("how many regions get the observatory's advisory services", "0", 6),  # not the list of regions
])
def test_a_list_leaving_topic_words_gives_way_to_the_passage_holding_them(assistant, question, section, count):
    ans = assistant.ask(question)
    assert ans.route == "retrieval" and ans.citations[0].section == section, ans.reading
    assert ans.count == count


def _regions(question: str) -> tuple[Answer, ToolPlan]:
    plan = ToolPlan((Step("list_items", {"name": "european_regions"}),))
    ans = Answer(route="tool", answer="Regions", tool="list_items", args={"name": "european_regions"},
                 items=["Northern Europe", "Oceania"], citations=[Citation(section="4.4", page=37, figure="10")])
    return ans, plan


def _passage(quote: str) -> Answer:
    return Answer(route="retrieval", answer=quote, citations=[Citation(section="0", page=1, quote=quote)])


def test_the_passage_wins_only_when_its_lead_holds_the_unheld_words():
    question = "how many regions does the observatory coach with policy advice"
    frame = read(question)
    cov = coverage(frame, question)
    ans, plan = _regions(question)
    holding = _passage("The Observatory gives policy advice to four regions.")
    other = _passage("Regions cooperate in R&D across Europe.")
    assert passage_over_look_up(ans, plan, frame, cov, lambda: holding) is holding
    assert passage_over_look_up(ans, plan, frame, cov, lambda: other) is None
    tool = Answer(route="tool", answer="…", tool="matrix_cell", args={})
    assert passage_over_look_up(tool, plan, frame, cov, lambda: holding) is None


def test_the_passage_a_list_is_read_from_keeps_the_list():
    question = "how many regions does the observatory coach with policy advice"
    frame = read(question)
    cov = coverage(frame, question)
    ans, plan = _regions(question)
    same = Answer(route="retrieval", answer="…", citations=[Citation(section="4.4", page=37,
                                                                     quote="The Observatory gives policy advice.")])
    assert passage_over_look_up(ans, plan, frame, cov, lambda: same) is None
