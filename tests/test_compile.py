"""The compiler's table: a frame (read from a question) → the tool plan, or None when no row fits."""

import pytest
from compile_table import TABLE
from compile_table_places import PLACES_TABLE

from assistant.compile import compile_frame, direction
from assistant.plan import ToolPlan
from assistant.understand import read

# refusals naming what the report lacks: a measure it never gives, a section or a name it does not have
REFUSALS = [
    ("whats the annual turnover of the blue growth sector in euros", "out_of_scope", "figures"),
    ("How many people work in Logistical Services in Europe?", "out_of_scope", "figures"),
    ("Summarise section 7.3 of the report.", "unknown_name", "section 7.3"),
    ("which region is Atlantis in", "unknown_name", "Atlantis"),
    ("Which trends influence Space Industries?", "unknown_name", "Space Industries"),
    ("How does the ageing society trend affect Medical Devices?", "unknown_name", "ageing society"),
]


@pytest.mark.parametrize("question,reason,named", REFUSALS)
def test_refusals_name_what_the_report_lacks(question, reason, named):
    from assistant.plan import Refuse

    plan = compile_frame(read(question))
    assert isinstance(plan, Refuse) and plan.reason == reason and named in plan.message


@pytest.mark.parametrize("question", ["how many connected devices does the report expect",  # no name's shape
                                      "advice for cluster managers in BG and env industries",
                                      "why is the report silent on the budget in euros",  # a why: a passage
                                      "Summarise section 4.4.1"])
def test_no_refusal_for_words_that_only_look_like_a_missing_name(question):
    from assistant.plan import Refuse

    assert not isinstance(compile_frame(read(question)), Refuse)

OPS = [("trends hitting pharma but not medtech", "subtract"),
       ("which sub-trends are in the big data x digital industries or the personalisation x medtech hot-spot", "union"),
       ("sub-trends shared by the social media hot spots of logistics and creative industries", "intersect")]


@pytest.mark.parametrize("question,op", OPS)
def test_combination_inside_one_figure(question, op):
    plan = compile_frame(read(question))
    assert plan is not None and plan.steps[1].op == op


@pytest.mark.parametrize("question,steps", TABLE + PLACES_TABLE)
def test_frame_to_plan(question, steps):
    plan = compile_frame(read(question))
    assert plan is not None, read(question)
    assert len(plan.steps) == len(steps)
    for step, (tool, args) in zip(plan.steps, steps, strict=True):
        assert step.tool == tool
        for k, v in args.items():
            assert step.args.get(k) == v, (k, step.args)


@pytest.mark.parametrize("question", [
    "on what basis were the ten industries chosen",  # how the list came about, not the list (session 7)
    "Why do clusters internationalise?",  # explain: retrieval, never the nearest tool
    "what's the size of the blue growth market in euros",  # no relation asked
    "how are logistics and the megatrends linked",  # no direction said
    "What is the European Open Telematics Platform cooperation about?",  # a sub-trend's name inside other words
    "What is the virtual integration concept and the make-or-buy decision?",  # a parameter's meaning: retrieval
    "how were the 12 megatrends chosen",  # method: a passage
    "write me a short poem about megatrends",  # no list asked
    "which figure tells me about the cluster strategy",  # no figure clearly fits the words: not a guessed figure
    "what holds back R&D cooperation with asia and the US",  # reasons: a passage, not the partner list
    "how do value chains work in emerging industries",  # two of a list's own words are no list asked
    "which strong clusters does the report name in bavaria",  # "strong clusters" are no cooperation grade
    "why does cross-cluster cooperation matter internationally",  # a list's words in a why-question
    "where are those charts really",  # an adverb is no word of what a figure shows
    "so where exactly are the maps then",
])
def test_frames_no_row_fits_are_not_bent_to_a_tool(question):
    from assistant.plan import ToolPlan

    assert not isinstance(compile_frame(read(question)), ToolPlan)


def test_direction_from_scope():
    assert direction(read("which trends shape medtech both ways")) == "both"
    assert direction(read("industries marked downstream but not upstream for big data")) == "downstream_only"


@pytest.mark.parametrize("question,key", [
    ("which figure has the OEM, tier 1 to tier 3 suppliers and raw material supplier paths", "8"),
    ("business cooperation chart for polish clusters", "25"),  # a country stands for its region's chart
    ("where is the bubble chart of strategic importance against services offered", "9"),
    # a region's chart asked for by its figure number; a country that only restates the region named with it
    ("total cooperation targets of the nordics - figure number?", "20"),
    ("total cooperation chart for southeast europe (greece/bulgaria)", "22"),
    ("business partner regions of central western europe (germany, austria), which chart", "24"),
    ("the R&D target regions chart for spain and portugal", "35"),  # two countries of one region stand for it
    # a region typed by its compass initials; the kind of cooperation the question sets aside is not the chart's
    ("NW europe business target regions map", "27"),
    ("SW europe R&D partners chart?", "35"),
    ("i need the diagram showing where polish clusters cooperate in general, all kinds, not only business", "19"),
])
def test_figures_found_by_what_they_show(question, key):
    import tools

    plan = compile_frame(read(question))
    step = plan.steps[0]
    assert step.tool == "figure_lookup" and tools.figure_lookup(**step.args).value == key


# the figure located when its description holds count words ("the chart of how many …") or "page" is cut short
# ("pg"): the question asks where the figure is, not for a count (wordings written for session 7)
@pytest.mark.parametrize("question,key", [
    ("which figure shows how many sub-trends each hot-spot leads to", "6"),
    ("where is the picture of how much internationalisation support clusters give per industry", "9"),
    ("on which page is the map of how many R&D links the central western european clusters have", "11"),
    ("paths of internationalisation along the value chain picture pg?", "8"),
    ("macro-area micro-area picture of the mega trends, pg", "2"),
    ("the hot spots table - pg no?", "6"),
])
def test_figure_located_not_counted(question, key):
    import tools

    frame = read(question)
    plan = compile_frame(frame)
    assert frame.intent == "locate" and isinstance(plan, ToolPlan), (frame, plan)
    step = plan.steps[0]
    found = tools.figure_lookup(**step.args).value if step.tool == "figure_lookup" else step.args.get("figure")
    assert step.tool in ("figure_lookup", "figure_info") and found == key, plan


# the figure whose table is the relation asked, when the words fit it nearly as well as the best figure: the
# relation the question reads decides (wordings written for session 7)
@pytest.mark.parametrize("question,key", [
    ("the grid showing how strongly each region cooperates on business with the others - pg", "16"),
    ("where can I find the matrix with the dots of trends acting on industries", "3"),
    ("which page has the matrix of industries pushing the mega trends", "4"),
])
def test_relation_figure_kept_when_the_words_fit_it_nearly_as_well(question, key):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "figure_info", plan
    assert plan.steps[0].args["figure"] == key


def test_count_before_the_figure_still_counts():
    frame = read("how many dots does the upstream matrix have, and which page is it on")
    assert frame.intent == "count"


@pytest.mark.parametrize("question", ["wich megatrends influnce mobility technolgies",
                                      "industries and the immediate availability trend"])
def test_one_side_named_with_no_direction_asks_which_matrix(question):
    from assistant.plan import Clarify

    plan = compile_frame(read(question))
    assert isinstance(plan, Clarify) and len(plan.options) == 3
    assert [w for w in ("downstream", "upstream", "interdependency") if w in " ".join(plan.options)] == [
        "downstream", "upstream", "interdependency"]


@pytest.mark.parametrize("question", ["which has more R&D partners, the nordics or iberia",
                                      "which has more partners: poland or spain"])
def test_compare_on_partners_asks_which_cooperation_when_unsaid(question):
    from assistant.plan import Clarify

    if "R&D" in question:
        assert compile_frame(read(question)).steps[0].args["kind"] == "rd"
    else:
        assert isinstance(compile_frame(read(question)), Clarify)


def _counts(plan) -> dict[str, int]:
    import tools

    first = plan.steps[0]
    rows = getattr(tools, first.tool)(**first.args).rows
    return {str(r.get("name") or r.get("region")): r["count"] for r in rows}


@pytest.mark.parametrize("question", ["which has more AOSIs, logistics or mobility",
                                      "which has fewer crossover marks, medtech or logistics",
                                      "does logistics have more sub-trends than mobility?",
                                      "which of creative industries and digital industries is driven by more mega "
                                      "trends upstream"])
def test_compare_step_says_the_leader_or_the_tie(question):
    from assistant.core import Assistant

    plan = compile_frame(read(question))
    compare = plan.steps[-1].args
    counts = [_counts(plan)[n] for n in compare["names"]]
    ans = Assistant().ask(question)
    assert ans.tool == plan.steps[0].tool
    for n, c in zip(compare["names"], counts, strict=True):
        assert f"{n} {c}" in ans.answer
    if compare["than"]:
        want = counts[0] < counts[1] if compare["order"] == "fewest" else counts[0] > counts[1]
        assert ans.value == ("yes" if want else "no")
    elif len(set(counts)) == 1:
        assert ans.value == "tie" and "a tie" in ans.answer
    else:
        edge = (min if compare["order"] == "fewest" else max)(counts)
        assert ans.value == compare["names"][counts.index(edge)]


def test_counts_agree_with_the_listing_tools():
    import tools

    subs = {r["name"]: r["count"] for r in tools.count_subtrends("industry").rows}
    for ind in ("Logistical Services", "Medical Devices"):
        assert subs[ind] == len(tools.subtrends_for(industry=ind).rows)
    marks = {r["name"]: r["count"] for r in tools.count_crossover_marks("industry", "✓✓", at_least=False).rows}
    assert marks["Blue Growth Industries"] == tools.crossover_cells(industry="Blue Growth Industries", grade="✓✓").count


@pytest.mark.parametrize("question,flag", [("do creative industries have as many AOSIs as digital industries?", "same"),
                                           ("does logistics have more AOSIs than any other industry", "alone")])
def test_compare_yes_no_on_equal_counts_or_against_every_other(question, flag):
    from assistant.core import Assistant

    plan = compile_frame(read(question))
    assert plan.steps[-1].tool == "_compare" and plan.steps[-1].args[flag]
    counts = _counts(plan)
    first = counts[plan.steps[-1].args["names"][0]]
    if flag == "same":
        want = len({counts[n] for n in plan.steps[-1].args["names"]}) == 1
    else:
        want = all(first > c for n, c in counts.items() if n != plan.steps[-1].args["names"][0])
    assert Assistant().ask(question).value == ("yes" if want else "no")


def test_a_name_the_figure_does_not_count_is_said_not_compared_as_zero():
    import tools
    from assistant.poststeps import post

    result = tools.count_crossover_marks("industry")
    counted = [r["name"] for r in result.rows]
    absent = [n for n in tools.canonical_names("industry") if n not in counted]
    if not absent:
        pytest.skip("Figure 7 has rows for every industry")
    out = post("_compare", {"names": [counted[0], absent[0]], "what": "Marks"}, result)
    assert out.value is None and f"{absent[0]} not counted" in out.title


@pytest.mark.parametrize("question", [
    "what are the 8 value chain parameters in figure 7",
    "which mega trends have no upstream dots in figure 4",
    "which trends in fig 5 have no aosi at all",
    "list the industries in figure 3 that no trend marks",
])
def test_a_figure_named_for_its_entries_is_not_answered_with_the_figure(question):
    """A figure number that only says where to look ("… in figure 4") does not turn a question about the figure's
    entries into a look-up of the figure itself."""
    plan = compile_frame(read(question))
    tools = [s.tool for s in getattr(plan, "steps", ())]
    assert "figure_info" not in tools


@pytest.mark.parametrize("question", ["what does figure 7 show", "figure 4?", "which page is figure 5 on",
                                      "what is in figure 9"])
def test_a_figure_asked_about_itself_is_still_looked_up(question):
    plan = compile_frame(read(question))
    assert [s.tool for s in plan.steps] == ["figure_info"]


@pytest.mark.parametrize("question,name", [
    # a list the report gives in its text, asked for in the words that introduce it (its sentence, caption, title)
    ("which areas does a value chain analysis lead to", "key_areas"),
    ("the areas of critical importance from the value chain analysis?", "key_areas"),
    ("which services promote international cross-cluster cooperation", "service_spectrum"),
    ("list the spectrum of services that promotes international cooperation between clusters", "service_spectrum"),
    ("what characteristics do value chains have in common", "characteristics"),
])
def test_a_text_list_named_in_the_reports_own_words(question, name):
    plan = compile_frame(read(question))
    assert [(s.tool, s.args.get("name")) for s in plan.steps] == [("list_items", name)]


def test_the_words_of_each_text_list_are_the_reports():
    import corpus
    from tools.lists import list_phrases

    text = " ".join(corpus.report_text().split())
    assert set(list_phrases()) == {"key_areas", "service_spectrum", "characteristics"}
    assert all(" ".join(p.split()) in text for p in list_phrases().values())


def test_a_claim_that_only_negates_a_grade_is_not_checked_against_that_grade():
    """"no strong ties" with nothing asserted after it: checking "strong or better" would invert the answer."""
    plan = compile_frame(read("the report says there is no strong r&d cooperation between the nordics and iberia. "
                              "does figure 13 confirm it"))
    assert not any(s.tool in ("_is_grade", "_all_grade") for s in getattr(plan, "steps", ()))


# a name pointed at by its kind ("that industry") that the question never gives: the plan cannot read that
# constraint, so it is not sure and says what it did not know (wordings written for session 7)
@pytest.mark.parametrize("question,noun", [
    ("my client builds electric buses. which megatrends are the strongest interdependencies for that industry", "industry"),
    ("our client is in deep-sea robotics. how strong is that sub-trend for information sharing?", "sub-trend"),
    ("how many AOSIs does that industry have in figure 5?", "industry"),
])
def test_a_kind_pointed_at_but_never_named_is_unsure(question, noun):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and not plan.sure and f"which {noun}" in plan.reading, plan


@pytest.mark.parametrize("question", [
    "Our agency backs an EnvI cluster. With which mega trend does that industry have an AOSI?",
    "norway is our base. which countries share this region?",
])
def test_a_kind_pointed_at_and_named_stays_sure(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.sure, plan


# a figure request that one figure fits fairly well and clearly better than any other: that figure, unsure
# (wordings written for session 7)
@pytest.mark.parametrize("question,key", [
    ("the picture of how firms go abroad along the value chain - page?", "8"),
    ("where is the chart with bubbles per region in the conclusion", "17"),
])
def test_a_fair_fit_is_given_unsure(question, key):
    import tools

    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and not plan.sure and plan.steps[0].tool == "figure_lookup", plan
    assert tools.figure_lookup(**plan.steps[0].args).value == key


@pytest.mark.parametrize("question", ["the pie chart of cluster funding by member state",
                                      "which figure shows GDP per capita of each region"])
def test_no_figure_fits_no_figure_given(question):
    plan = compile_frame(read(question))
    assert not (isinstance(plan, ToolPlan) and plan.steps[0].tool == "figure_lookup"), plan
