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
    # a hot-spot's trend named by a user's word for it, typed in lower case
    ("internet of things x logistics - which sub-trends?", [
        ("subtrends_for", {"trend": "Cross-linkage of subjects & objects", "industry": "Logistical Services"})]),
    ("which sub trends sit under iot in logistics", [
        ("subtrends_for", {"trend": "Cross-linkage of subjects & objects", "industry": "Logistical Services"})]),
    # hot-spots ranked by the length of their sub-trend lists
    ("which hotspot lists the most sub trends", [("rank_hotspots", {"order": "most", "by": "hotspot"})]),
    ("the hot spot with the shortest list of sub-trends?", [("rank_hotspots", {"order": "fewest", "by": "hotspot"})]),
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
    ("southeast europe just has medium r&d ties according to the text; does figure 13 confirm it", [
        ("partners", {"region": "Southeast Europe", "kind": "rd"}), ("_all_grade", {"grade": "o"})]),
    # a per-region chart found by what it shows, however the chart is called
    ("r&d graph for the iberian region", [("figure_lookup", {})]),
    ("total cooperation visual for polish clusters", [("figure_lookup", {})]),
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
]


@pytest.mark.parametrize("question,tool,industry", ONLY)
def test_only_one_industry_is_a_yes_no_over_every_listing(question, tool, industry):
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
                                      "is it true that all of central eastern europe's business partners are weak?"])
def test_a_claim_is_checked_against_every_partner(question):
    import tools
    from assistant.core import Assistant

    plan = compile_frame(read(question))
    rows = tools.partners(**plan.steps[0].args).rows
    want = plan.steps[-1].args["grade"]
    ans = Assistant().ask(question)
    assert ans.sure and ans.value == ("yes" if rows and all(r["grade"] == want for r in rows) else "no")
