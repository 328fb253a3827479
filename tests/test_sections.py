"""Where a section starts (tools.section_info): found by its number or the words of its title, compiled from
"where does the chapter on … start" questions. Pages come from the table of contents (corpus.sections())."""

import pytest

import corpus
import tools
from assistant import Assistant
from tools.sections import find_section


def _by_number(number: str) -> corpus.Section:
    return next(s for s in corpus.sections() if s.number == number)


@pytest.mark.parametrize("question,number", [
    ("on what page does the chapter about cluster internationalisation begin", "4"),
    ("where do the references start", "5"),
    ("which page does the conclusion open on", "4.5"),
    ("where does the section on the selected mega trends start", "2.2"),
    ("what page does section 4.4.2 start on", "4.4.2"),
    ("where does chapter 3 begin", "3"),
])
def test_a_sections_start_is_its_table_of_contents_page(question, number):
    ans = Assistant.load().ask(question)
    want = _by_number(number)
    assert ans.tool == "section_info" and ans.value == str(want.start_page)
    assert (ans.citations[0].section, ans.citations[0].page) == (number, want.start_page)


@pytest.mark.parametrize("words", ["the regions and cooperation", "parameters", "space industry"])
def test_words_that_fit_no_title_well_find_no_section(words):
    assert find_section(words) is None
    with pytest.raises(tools.UnknownName):
        tools.section_info(words)


def test_a_chapter_wins_a_tie_with_its_subsections():
    assert find_section("cluster internationalisation", chapter=True).number == "4"


@pytest.mark.parametrize("question", ["where does figure 7 start", "where does the downstream matrix begin",
                                      "where do logistics sub-trends start in figure 6"])
def test_figures_are_not_sections(question):
    from assistant.compile import compile_frame
    from assistant.understand import read

    plan = compile_frame(read(question))
    assert plan is None or all(s.tool != "section_info" for s in getattr(plan, "steps", ()))
