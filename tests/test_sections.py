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
    ("on which page does the list of figures begin", "A"),  # a figure's word in the section's own title
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
                                      "where does the chart of the service spectrum start",
                                      "where do logistics sub-trends start in figure 6"])
def test_figures_are_not_sections(question):
    from assistant.compile import compile_frame
    from assistant.understand import read

    plan = compile_frame(read(question))
    assert plan is None or all(s.tool != "section_info" for s in getattr(plan, "steps", ()))


def test_a_figure_number_printed_twice_is_answered_unsure_naming_the_other():
    twins = [f for f in corpus.figures() if any(g.number == f.number and g.key != f.key for g in corpus.figures())]
    assert twins  # the report prints one number twice
    first = next(f for f in twins if f.key.isdigit())
    other = next(f for f in twins if f.key != first.key)
    ans = Assistant.load().ask(f"what does figure {first.number} show")
    assert not ans.sure and f"Figure {other.key}" in ans.reading


def test_a_section_runs_to_the_next_one_at_its_level_or_above():
    """A chapter's end is not its own first subsection's start: it runs until the next chapter (table of contents)."""
    sections = [s for s in corpus.sections() if s.number != "0"]
    for i, sec in enumerate(sections):
        nxt = next((s for s in sections[i + 1:] if s.level <= sec.level), None)
        end = tools.section_info(sec.number).rows[0]["end_page"]
        assert end == (nxt.start_page if nxt else end) and end >= sec.end_page
