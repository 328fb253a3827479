"""The compiler's table: a frame (read from a question) → the tool plan, or None when no row fits."""

import pytest

from assistant.compile import compile_frame, direction
from assistant.understand import read

TABLE = [
    ("Which mega trends drive Logistical Services?", [("trends_for_industry",
     {"industry": "Logistical Services", "direction": "downstream"})]),
    ("which megatrends do creative industries feed into", [("trends_for_industry",
     {"industry": "Creative Industries", "direction": "upstream"})]),
    ("Which industries are influenced by Big data downstream but don't influence it upstream?",
     [("industries_for_trend", {"trend": "Big data", "direction": "downstream_only"})]),
    ("Does Big data influence Medical Devices?", [("matrix_cell",
     {"trend": "Big data", "industry": "Medical Devices", "direction": "downstream"})]),
    ("which trends hit both digital industries and medical devices", [
        ("trends_for_industry", {"industry": "Digital Industries"}),
        ("trends_for_industry", {"industry": "Medical Devices"})]),
    ("which emerging industry gets hit by the fewest mega trends", [("rank_matrix",
     {"entity": "industry", "direction": "downstream", "order": "fewest"})]),
    ("which mega trends are not pushed back on by any of the industries", [("rank_matrix",
     {"entity": "trend", "direction": "upstream", "count": 0})]),
    ("is immediate availability an AOSI for any industry", [
        ("industries_for_trend", {"direction": "aosi"}), ("_any", {})]),
    ("which AOSI in fig 5 isnt backed by either the downstream or the upstream matrix", [("compare_matrices",
     {"include": ["aosi"], "exclude": ["downstream", "upstream"]})]),
    ("which of the AOSIs come from the downstream side only", [("compare_matrices",
     {"include": ["aosi", "downstream"], "exclude": ["upstream"]})]),
    ("rank the industries by how many megatrends impact them, top 3", [
        ("rank_matrix", {"entity": "industry", "direction": "downstream"}), ("_top_n", {"n": 3})]),
    ("Which region is Poland in?", [("region_of", {"country": "Poland"})]),
    ("is Austria grouped under Central Western Europe or Central Eastern Europe?", [("region_of",
     {"country": "Austria"})]),
    ("Is Greece in Southeast Europe?", [("countries_in", {"region": "Southeast Europe"}),
                                        ("_member", {"name": "Greece"})]),
    ("How strong is R&D cooperation between the Nordics and Iberia?", [("cooperation_grade",
     {"region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "rd"})]),
    ("business cooperation chart for polish clusters", [("find_figure",
     {"query": "Business cooperation Central Eastern Europe"})]),
]


@pytest.mark.parametrize("question,steps", TABLE)
def test_frame_to_plan(question, steps):
    plan = compile_frame(read(question))
    assert plan is not None, read(question)
    assert len(plan.steps) == len(steps)
    for step, (tool, args) in zip(plan.steps, steps, strict=True):
        assert step.tool == tool
        for k, v in args.items():
            assert step.args.get(k) == v, (k, step.args)


@pytest.mark.parametrize("question", [
    "Why do clusters internationalise?",  # explain: retrieval, never the nearest tool
    "what's the size of the blue growth market in euros",  # no relation asked
    "Which mega trend does NOT influence Digital Industries?",  # a negation the table does not express
    "how are logistics and the megatrends linked",  # no direction said
])
def test_frames_no_row_fits_are_not_bent_to_a_tool(question):
    assert compile_frame(read(question)) is None


def test_direction_from_scope():
    assert direction(read("which trends shape medtech both ways")) == "both"
    assert direction(read("industries marked downstream but not upstream for big data")) == "downstream_only"
