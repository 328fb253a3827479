"""Golden table: questions about how the report's tables were made or what qualifies an entry — who chose or judged
them, what makes a cell count — ask for the method, which no table holds: never the table's own entries. And a verb
"start" that asks no place in the report is no section look-up. Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.router import route
from assistant.state import State
from assistant.understand import read

METHOD = [
    # "who" with a verb of its own whose object is one of the report's kinds, or a clause
    "who picked which industries count as emerging",
    "who judged the links between the regions in the cooperation tables",
    "who actually selected the sub-trends for each hot-spot",
    "who decided whether a value-chain cell gets one tick or two",
    # "what" as the subject of a verb of judging: the criterion
    "what qualifies a region pair as strong cooperation in the r&d matrix",
    "what decides whether a cell of figure 7 gets two ticks",
    "what exactly made a trend-industry cell an area of strong interdependency",
    "what makes a sub-trend a hot-spot in figure 6",
]


@pytest.mark.parametrize("question", METHOD)
def test_a_question_of_method_is_not_answered_by_the_table(question):
    frame = read(question)
    assert frame.intent == "explain", frame
    plan = route(question, State())
    assert not isinstance(plan, ToolPlan), plan


ENTRIES = [
    # "who" that is the entries asked for (a copula, an auxiliary, or no object of the report's kinds)
    ("who are the main r&d partners of northern europe", "partners"),
    ("who does southwest europe do business with", "partners"),
    ("who cooperates most with southwest europe on business", "partners"),
    ("who influences digital industries the most", "trends_for_industry"),  # a kind's word inside a name
    # "which … count as": the entries that meet the criterion
    ("which cells count as an AOSI", "compare_matrices"),
    ("what makes up the service spectrum", "list_items"),
]


@pytest.mark.parametrize("question,tool", ENTRIES)
def test_a_question_for_entries_keeps_its_table(question, tool):
    assert read(question).intent != "explain"
    plan = compile_frame(read(question)) or route(question, State())
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == tool, plan


@pytest.mark.parametrize("question", ["advice for a cluster that's only now starting out internationally?",
                                      "how should a cluster start going international",
                                      "what opens doors for smes abroad"])
def test_a_start_that_asks_no_place_is_no_section_lookup(question):
    plan = route(question, State())
    assert not (isinstance(plan, ToolPlan) and plan.steps[0].tool == "section_info"), plan


@pytest.mark.parametrize("question,number", [("where does the chapter on cluster internationalisation start", "4"),
                                             ("when does the conclusion start", "4.5"),
                                             ("which page do the references begin on", None)])
def test_a_section_asked_where_it_starts_is_looked_up(question, number):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "section_info", plan
    if number is not None:
        import tools

        assert tools.section_info(plan.steps[0].args["section"]).rows[0]["section"] == number


@pytest.mark.parametrize("question", ["who does northern europe do business with, and why those regions",
                                      "which industries push carbon footprint reduction upstream - why so many?",
                                      "central eastern europe's r&d partners: who, and why?"])
def test_a_why_about_the_question_before_makes_one_question_for_the_text(question):
    from assistant.understand.clauses import parts

    assert len(parts(question)) == 1 and read(question).intent == "explain"
    assert not isinstance(route(question, State()), ToolPlan)


@pytest.mark.parametrize("question", ["which emerging industries have the biggest growth",
                                      "which of the industries have the most cluster organisations behind them",
                                      "which industries are most exposed to the trends according to the summary",
                                      "which sectors are the most international according to the study"])
def test_a_ranking_by_what_no_matrix_holds_is_no_matrix_ranking(question):
    plan = route(question, State())
    assert not (isinstance(plan, ToolPlan) and plan.steps[0].tool == "rank_matrix"), plan


@pytest.mark.parametrize("question,direction", [("which industry is shaped by the most mega trends", "downstream"),
                                                ("which trend hits the most industries", "downstream"),
                                                ("which industry pushes the most trends upstream", "upstream")])
def test_a_ranking_by_a_matrix_keeps_its_matrix(question, direction):
    plan = route(question, State())
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "rank_matrix", plan
    assert plan.steps[0].args["direction"] == direction


@pytest.mark.parametrize("question,relation", [("which industries are hit hardest by big data", "downstream"),
                                               ("which trends is logistics influenced most strongly by", "downstream"),
                                               ("which industries get hit the hardest by carbon footprint reduction",
                                                "downstream"),
                                               ("which trends are shaped mainly by medtech", "upstream")])
def test_a_degree_between_participle_and_by_keeps_the_passive(question, relation):
    assert read(question).relation == relation


@pytest.mark.parametrize("question", ["which emerging industry is most exposed to the mega trends",
                                      "which trend is the most widespread across the industries",
                                      "what industry feels the megatrends most"])
def test_a_ranking_that_names_no_matrix_says_which_it_counted_and_is_a_guess(question):
    plan = route(question, State())
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "rank_matrix" and not plan.sure, plan
    assert "names no matrix" in plan.reading and "Figure 5" in plan.reading


@pytest.mark.parametrize("question", ["where do i find which country belongs to which region",
                                      "which figure shows the countries each region is made of",
                                      "where's the table that assigns countries to regions"])
def test_figure_10_named_by_its_two_sides_nouns_is_found(question):
    frame = read(question)
    assert frame.relation == "membership", frame
    plan = compile_frame(frame)
    assert isinstance(plan, ToolPlan) and plan.steps[0].args.get("figure") == "10", plan


def test_cooperation_between_regions_and_countries_is_no_membership():
    assert read("which regions do polish clusters cooperate with most").relation != "membership"


@pytest.mark.parametrize("question", ["what is an AOSI", "what exactly is an area of strong interdependency?",
                                      "what's a hot-spot", "define a crossover point"])
def test_what_a_term_means_is_a_definition_never_the_figure_nor_a_question_back(question):
    from assistant.clarify import clarify
    from assistant.plan import Clarify

    frame = read(question)
    assert frame.intent == "explain", frame
    assert clarify(frame, State()) is None
    plan = route(question, State())
    assert not isinstance(plan, ToolPlan | Clarify), plan


@pytest.mark.parametrize("question", ["what is an aosi of logistics", "what is a sub-trend of big data in digital"])
def test_a_term_of_a_name_is_still_the_figure(question):
    assert read(question).intent != "explain"


@pytest.mark.parametrize("question", ["which industries does big data influence that also form an AOSI with it",
                                      "which industries are hit by carbon footprint reduction and also have a hot-spot "
                                      "with it",
                                      "which trends push medtech upstream and are also in a hot-spot with it"])
def test_a_second_relation_joined_by_also_is_never_dropped_in_silence(question):
    plan = compile_frame(read(question))
    data = [s for s in plan.steps if not s.tool.startswith("_")] if isinstance(plan, ToolPlan) else []
    if len(data) == 1:  # one relation read: not sure, and the reading names both parts
        assert not plan.sure and "two parts" in plan.reading, plan


def test_one_relation_said_twice_is_read_as_one():
    plan = compile_frame(read("which trends shape logistics downstream that are also pushed by logistics upstream"))
    assert isinstance(plan, ToolPlan) and plan.sure, plan
