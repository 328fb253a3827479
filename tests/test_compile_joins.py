"""Golden table for joins the frame must express: set operations across two names or two matrices, exclusivity,
empty rows, sub-trend and crossover joins, region and country joins, grade bounds said negatively, figure
look-ups by what a chart shows. Wordings are our own (never a tuning question's)."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

TABLE = [
    # a difference of two industries, said as a comparison ("A vs B: … A but not B")
    ("mobility tech versus logistics: megatrends impacting mobility but not logistics", [
        ("trends_for_industry", {"industry": "Mobility Technologies", "direction": "downstream"}),
        ("trends_for_industry", {"industry": "Logistical Services", "direction": "downstream"})]),
    ("compare pharma and medtech downstream - trends affecting pharma but not medtech", [
        ("trends_for_industry", {"industry": "Biopharmaceuticals"}),
        ("trends_for_industry", {"industry": "Medical Devices"})]),
    # rows a matrix leaves empty, with the negation in a contraction typed without its apostrophe
    ("downstream: which industries arent hit by any megatrend", [
        ("rank_matrix", {"entity": "industry", "direction": "downstream", "count": 0})]),
    ("upstream, which trends dont get fed by any industry", [
        ("rank_matrix", {"entity": "trend", "direction": "upstream", "count": 0})]),
    ("which megatrends werent linked to any industry in the aosi matrix", [
        ("rank_matrix", {"entity": "trend", "direction": "aosi", "count": 0})]),
    # cells marked in one impact matrix and absent from another (the cells are called links, connections, pairs)
    ("which trend-industry connections are downstream only, not upstream", [
        ("compare_matrices", {"include": ["downstream"], "exclude": ["upstream"]})]),
    ("how many links are marked in figure 3 but not in figure 4", [
        ("compare_matrices", {"include": ["downstream"], "exclude": ["upstream"]})]),
    ("show the industry/trend pairs marked upstream but missing downstream", [
        ("compare_matrices", {"include": ["upstream"], "exclude": ["downstream"]})]),
    ("count the links present in both the upstream and the downstream matrix", [
        ("compare_matrices", {"include": ["downstream", "upstream"], "exclude": []})]),
    ("which pairs appear downstream and upstream but are not aosis", [
        ("compare_matrices", {"include": ["downstream", "upstream"], "exclude": ["aosi"]})]),
    # one name's marked cells but for names of the other side said after "except / but not"
    ("which industries does big data hit but not mobility technologies... downstream", [
        ("industries_for_trend", {"trend": "Big data", "direction": "downstream"}),
        ("_exclude", {"name": "Mobility Technologies"})]),
    ("apart from big data, which trends drive medtech downstream?", [
        ("trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"}),
        ("_exclude", {"name": "Big data"})]),
    # the asked matrix itself negated: no marks in it
    ("which industry has no upstream links at all", [
        ("rank_matrix", {"entity": "industry", "direction": "upstream", "count": 0})]),
    # a hot-spot's trend named by a user's word for it, typed in lower case
    ("internet of things x logistics - which sub-trends?", [
        ("subtrends_for", {"trend": "Cross-linkage of subjects & objects", "industry": "Logistical Services"})]),
    ("which sub trends sit under iot in logistics", [
        ("subtrends_for", {"trend": "Cross-linkage of subjects & objects", "industry": "Logistical Services"})]),
    # hot-spots ranked by the length of their sub-trend lists
    ("which hotspot lists the most sub trends", [("rank_hotspots", {"order": "most", "by": "hotspot"})]),
    ("the hot spot with the shortest list of sub-trends?", [("rank_hotspots", {"order": "fewest", "by": "hotspot"})]),
    ("which of the hot spots have the most sub-trends, top 3", [
        ("rank_hotspots", {"order": "most", "by": "hotspot"}), ("_top_n", {"n": 3})]),
    # a per-region chart asked for in users' words for cooperation ("ties", "links")
    ("where can I find the graph of R&D ties for central eastern europe", [("figure_lookup", {})]),
    # one sub-trend, two parameters: which grade is stronger (or weaker)
    ("local content: which is weaker, business process orientation or information sharing", [
        ("subtrend_profile", {"subtrend": "Local content"}),
        ("_stronger", {"names": ["Business process orientation", "Information sharing"], "weakest": True})]),
    ("e-commerce: customer service orientation versus business relationships, which rates higher?", [
        ("subtrend_profile", {"subtrend": "e-Commerce"}),
        ("_stronger", {"names": ["Customer service orientation", "Business relationships"], "weakest": False})]),
    ("for fighting counterfeiting is information sharing stronger than business relationships?", [
        ("subtrend_profile", {"subtrend": "Fighting counterfeiting"}),
        ("_stronger", {"names": ["Information sharing", "Business relationships"], "than": True})]),
    # an industry Figure 7 has no rows for: its crossover cells, none
    ("experience industries crossover points in figure 7", [
        ("crossover_cells", {"industry": "Experience Industries"})]),
    # grade bounds said negatively; a country stands for its region
    ("which regions are not weak business partners for northern europe", [
        ("partners", {"region": "Northern Europe", "kind": "business", "min_grade": "o"})]),
    ("greek clusters: which regions are better than medium for r&d with them", [
        ("partners", {"region": "Greece", "kind": "rd", "min_grade": "+"})]),
    # regions outside Europe: every region of Figure 10 minus the European ones
    ("which non-european regions does the report define", [
        ("list_items", {"name": "regions"}), ("list_items", {"name": "european_regions"})]),
    ("list the regions besides the european ones", [
        ("list_items", {"name": "regions"}), ("list_items", {"name": "european_regions"})]),
    ("how many regions beyond europe are there, and which?", [
        ("list_items", {"name": "regions"}), ("list_items", {"name": "european_regions"})]),
    # a claim put to the table: are all of one place's partners at the grade the claim names
    ("the report claims northern europe has only weak r&d links - is that right?", [
        ("partners", {"region": "Northern Europe", "kind": "rd", "min_grade": "-"}), ("_all_grade", {"grade": "-"})]),
    ("is it true that all of central eastern europe's business partners are weak?", [
        ("partners", {"region": "Central Eastern Europe", "kind": "business"}), ("_all_grade", {"grade": "-"})]),
    ("are all of the nordics' business partners at least medium?", [
        ("partners", {"region": "Northern Europe", "kind": "business"}),
        ("_all_grade", {"grade": "o", "at_least": True})]),
    ("southeast europe just has medium r&d ties according to the text; does figure 13 confirm it", [
        ("partners", {"region": "Southeast Europe", "kind": "rd"}), ("_all_grade", {"grade": "o"})]),
    # several countries in one membership question: each one's region
    ("what regions do sweden, italy and turkey belong to", [
        ("regions_of", {"countries": ["Sweden", "Italy", "Turkey"]})]),
    ("in which regions are greek and polish clusters?", [("regions_of", {"countries": ["Greece", "Poland"]})]),
    # the countries of a country's region: "the same region as X", "grouped with"
    ("which countries share a region with the netherlands", [
        ("countries_in", {"region": "The Netherlands"}), ("_exclude", {"name": "The Netherlands"})]),
    ("name the countries grouped together with poland", [
        ("countries_in", {"region": "Poland"}), ("_exclude", {"name": "Poland"})]),
    ("are austria and hungary in the same region?", [
        ("countries_in", {"region": "Austria"}), ("_member", {"name": "Hungary"})]),
    # a cell asked about in the figures the last clause names, after a clause about another figure
    ("fig 5 flags big data x digital industries - does fig 3 or fig 4 mark that cell", [
        ("trends_for_industry", {"industry": "Digital Industries", "direction": "either"}),
        ("restrict", {"names": ["Big data"]}), ("_any", {}), ("_cite", {"figure": "5"})]),
    ("figure 4 shows personalisation for medtech; is it in figure 3 as well?", [
        ("matrix_cell", {"trend": "Personalisation of products & services", "industry": "Medical Devices",
                         "direction": "downstream"}), ("_cite", {"figure": "4"})]),
    # the claim's figure is cited beside the ones that check it (new wordings, session 7)
    ("the consolidated matrix (fig 5) flags carbon footprint x blue growth. is the pair in fig 3?", [
        ("matrix_cell", {"trend": "Carbon foot-print reduction", "industry": "Blue Growth Industries",
                         "direction": "downstream"}), ("_cite", {"figure": "5"})]),
    ("fig 3 has geo-economic dynamics acting on logistics; is that cell marked in figure 4 too?", [
        ("matrix_cell", {"trend": "Changes of geo-economical dynamics", "industry": "Logistical Services",
                         "direction": "upstream"}), ("_cite", {"figure": "3"})]),
    ("Figure 5 shows big data x digital industries as a strong interdependency - does figure 4 mark that cell?", [
        ("matrix_cell", {"trend": "Big data", "industry": "Digital Industries", "direction": "upstream"}),
        ("_cite", {"figure": "5"})]),
    # a claim about one pair put to the table
    ("the report says business cooperation between northwest and central western europe is very strong; is that "
     "right?", [("cooperation_grade", {"region_a": "Northwest Europe", "region_b": "Central Western Europe",
                                         "kind": "business"}), ("_is_grade", {"grade": "++"})]),
    # a per-region chart found by what it shows, however the chart is called
    ("r&d graph for the iberian region", [("figure_lookup", {})]),
    ("total cooperation visual for polish clusters", [("figure_lookup", {})]),
    ("what does the business cooperation graphic for central western europe show", [("figure_lookup", {})]),
]


@pytest.mark.parametrize("question,steps", TABLE)
def test_frame_to_plan(question, steps):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), (read(question), plan)
    assert [s.tool for s in plan.steps] == [t for t, _ in steps], plan
    for step, (_, args) in zip(plan.steps, steps, strict=True):
        for k, v in args.items():
            assert step.args.get(k) == v, (k, step.args)


ONLY = [
    # exclusivity: an entry listed for the one industry named and no other
    ("is e-commerce only a logistics sub-trend?", "aosis_with_subtrend", "Logistical Services"),
    ("does the local content sub-trend show up solely for creative industries", "aosis_with_subtrend",
     "Creative Industries"),
    ("are cyber physical systems specific to logistics?", "aosis_with_subtrend", "Logistical Services"),
    ("is big data purely a digital industries thing downstream", "industries_for_trend", "Digital Industries"),
    ("is personalisation an aosi for medtech alone?", "industries_for_trend", "Medical Devices"),
    ("is logistics the only industry with an AOSI for social media", "industries_for_trend", "Logistical Services"),
    ("is personalisation a logistics-only aosi?", "industries_for_trend", "Logistical Services"),
    # the other way round: one industry confined to one mega trend
    ("is medtech shaped by personalisation alone downstream?", "trends_for_industry",
     "Personalisation of products & services"),
    ("is logistics only affected by big data downstream?", "trends_for_industry", "Big data"),
]


@pytest.mark.parametrize("question,tool,industry", ONLY)
def test_only_one_name_is_a_yes_no_over_every_listing(question, tool, industry):
    """The plan lists every industry (or hot-spot) the entry has, then checks it is the named one alone; the
    answer is computed against the same tool run directly."""
    import tools
    from assistant.core import Assistant

    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), (read(question), plan)
    assert plan.steps[0].tool == tool and plan.steps[-1].tool == "_only"
    assert plan.steps[-1].args["name"] == industry
    listed = getattr(tools, tool)(**plan.steps[0].args).items
    alone = bool(listed) and all(industry in (i if isinstance(i, tuple) else (i,)) for i in listed)
    ans = Assistant().ask(question)
    assert ans.value == ("yes" if alone else "no") and ans.sure


@pytest.mark.parametrize("question", ["the report claims northern europe has only weak r&d links - is that right?",
                                      "is it true that all of central eastern europe's business partners are weak?",
                                      "are all of the nordics' business partners at least medium?"])
def test_a_claim_is_checked_against_every_partner(question):
    import tools
    from assistant.core import Assistant

    plan = compile_frame(read(question))
    rows = tools.partners(**plan.steps[0].args).rows
    last = plan.steps[-1].args
    want = tools.grade_rank("cooperation", last["grade"])
    ranks = [tools.grade_rank("cooperation", r["grade"]) for r in rows]
    fits = [k >= want if last["at_least"] else k == want for k in ranks]
    ans = Assistant().ask(question)
    assert ans.sure and ans.value == ("yes" if rows and all(fits) else "no")


@pytest.mark.parametrize("question", ["how many AOSIs are there in total", "count the areas of strong interdependency",
                                      "list every area of strong interdependency"])
def test_a_count_the_report_gives_two_ways_names_both(question):
    """The text and Figure 5 count the AOSIs differently (a data note computed from the corpus): the answer says
    both counts up front. A question that asks the count or the list and states no count of its own gets both, each
    named, so the answer is sure (``doubts._counts_shown``; measured: unsure here was a right answer marked unsure
    in 7 held-out sets, tests/test_counts_shown.py keeps a stated count unsure)."""
    import json

    from assistant.core import Assistant
    from structured import load_tables

    ans = Assistant().ask(question)
    cells = {tuple(i) for i in ans.items}
    notes = [n for n in load_tables().notes if n.kind == "count_mismatch" and
             {tuple(c[1:]) for c in json.loads(n.cells)} == cells]
    assert ans.count == len(cells) > 0
    if notes:
        assert ans.sure and f"The report gives two counts: {notes[0].message}" in ans.answer
    else:
        assert ans.sure


@pytest.mark.parametrize("question,term", [
    ("can blockchain help with e-commerce in logistics", "blockchain"),
    ("is cryptocurrency one of the sub-trends of digital industries", "cryptocurrency"),
    ("will quantum computing change the big data hot-spot of digital industries", "quantum"),
])
def test_an_unknown_subject_beside_the_reports_names_is_refused_by_name(question, term):
    """The term the question asks about is one the report never uses: said by name, the rest never answered as
    if the term were not there."""
    from assistant.core import Assistant

    ans = Assistant().ask(question)
    assert ans.route == "refuse" and f"\u201c{term}\u201d" in ans.answer


@pytest.mark.parametrize("question,name", [("is luxembourg assigned to any region", "Luxembourg"),
                                           ("is Liechtenstein in one of the regions", "Liechtenstein"),
                                           ("does andorra belong to one of the regions?", "Andorra")])
def test_a_place_figure_10_never_lists_is_said_to_be_in_no_region(question, name):
    import tools
    from assistant.core import Assistant

    listed = tools.list_items("countries").items
    ans = Assistant().ask(question)
    assert ans.tool == "list_items" and any(c.figure == "10" for c in ans.citations)
    assert ans.value == ("yes" if name in listed else "no") and name in ans.answer


def test_which_region_of_a_place_figure_10_never_lists_is_refused_by_name():
    from assistant.core import Assistant

    ans = Assistant().ask("which region does the report put andorra in")
    assert ans.route == "refuse" and "andorra" in ans.answer.lower()


@pytest.mark.parametrize("question,names,ops", [
    ("logistics vs medtech: which trends hit medtech but not logistics",
     ["Medical Devices", "Logistical Services"], ["set", "subtract"]),
    ("trends shared by logistics and packaging downstream but missing for mobility",
     ["Logistical Services", "Advanced Packaging", "Mobility Technologies"], ["set", "intersect", "subtract"]),
    ("which industries are shaped by big data or by personalisation, but not by social media, downstream",
     ["Big data", "Personalisation of products & services", "Impact of social media"], ["set", "union", "subtract"]),
    ("sub-trends shared by logistics and creative industries but not by medtech",
     ["Logistical Services", "Creative Industries", "Medical Devices"], ["set", "intersect", "subtract"]),
])
def test_each_name_joins_as_its_clause_says(question, names, ops):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), (read(question), plan)
    got = [(next(v for k, v in s.args.items() if k in ("industry", "trend") and v), s.op) for s in plan.steps]
    assert got == list(zip(names, ops, strict=True))


@pytest.mark.parametrize("question,entity,rel", [
    ("which trends don't get any upstream push from industries", "trend", "upstream"),
    ("which industries don't get any downstream impact from the trends", "industry", "downstream"),
    ("which megatrends aren't upstream-influenced by any industry", "trend", "upstream"),
    ("which industries never receive any aosi with a trend", "industry", "aosi"),
])
def test_not_any_around_a_relation_word_asks_for_none_in_that_matrix(question, entity, rel):
    """"not … any" around the relation word is an aggregation (none marked in that matrix), never the relation
    negated (which would read the other matrix, or "X only, not Y")."""
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), (read(question), plan)
    assert [(s.tool, s.args.get("entity"), s.args.get("direction"), s.args.get("count")) for s in plan.steps] == \
        [("rank_matrix", entity, rel, 0)]


def test_a_relation_said_then_excluded_is_negated():
    from assistant.understand.scope import scope

    said = {s.relation: s.negated for s in scope("which industries does big data shape, upstream excluded")}
    assert said == {"upstream": True}
    plan = compile_frame(read("which industries does big data shape, upstream excluded"))
    assert plan.steps[0].args["direction"] != "upstream"


def test_two_different_figures_that_fit_equally_make_a_look_up_unsure():
    from assistant.answer import Answer
    from assistant.understood import _tied_figures

    row = {"key": "14", "caption": "Business cooperation – Northern Europe", "score": 1.0}
    same = Answer(route="tool", answer="", tool="figure_lookup", rows=[row, {**row, "key": "26"}])
    other = Answer(route="tool", answer="", tool="figure_lookup", rows=[row, {**row, "key": "20", "caption": "R&D"}])
    lower = Answer(route="tool", answer="", tool="figure_lookup",
                   rows=[row, {**row, "key": "20", "caption": "R&D", "score": 0.8}])
    assert not _tied_figures(same) and _tied_figures(other) and not _tied_figures(lower)
