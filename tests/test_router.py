"""Golden table: question -> route, tool and arguments. The router never imports torch."""

import subprocess
import sys

import pytest

from assistant.plan import Recall, Refuse, Retrieve, ToolPlan
from assistant.router import route
from assistant.state import State

GOLDEN = [
    ("Which mega trends drive Logistical Services?", "trends_for_industry",
     {"industry": "Logistical Services", "direction": "downstream"}),
    ("Which trends does LS drive?", "trends_for_industry", {"industry": "Logistical Services", "direction": "upstream"}),
    ("Which industries empower Big data?", "industries_for_trend", {"trend": "Big data", "direction": "upstream"}),
    ("Which industries are influenced by Big data downstream but don't influence it upstream?",
     "industries_for_trend", {"trend": "Big data", "direction": "downstream_only"}),
    ("Does Big data influence Medical Devices?", "matrix_cell",
     {"trend": "Big data", "industry": "Medical Devices", "direction": "downstream"}),
    ("Which trends influence Logisitcal Services?", "trends_for_industry", {"industry": "Logistical Services"}),
    ("Which industries are shaped by IoT?", "industries_for_trend",
     {"trend": "Cross-linkage of subjects & objects", "direction": "downstream"}),
    ("Which industry has the most AOSIs?", "rank_matrix", {"entity": "industry", "direction": "aosi"}),
    ("How strong is R&D cooperation between the Nordics and Iberia?", "cooperation_grade",
     {"region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "rd"}),
    ("Which region is Poland in?", "region_of", {"country": "Poland"}),
    ("Which Logistical Services sub-trends have a very strong information-sharing crossover?", "subtrends_at_grade",
     {"parameter": "Information sharing", "min_grade": "✓✓", "industry": "Logistical Services"}),
    ("Which sub-trends does Medical Devices have?", "subtrends_for", {"industry": "Medical Devices"}),
    ("List the 12 mega trends", "list_items", {"name": "mega_trends"}),
    ("What are the four key areas of value chains?", "list_items", {"name": "key_areas"}),
    ("What is Figure 13?", "figure_info", {"figure": "13"}),
    ("Where is the R&D cooperation matrix?", "figure_info", {"figure": "13"}),
    ("Which pairs of regions cooperate more strongly in R&D than in business?", "grade_differences",
     {"direction": "rd_stronger"}),
    ("Which regions does Northern Europe cooperate with at least medium in business?", "partners",
     {"region": "Northern Europe", "kind": "business", "min_grade": "o"}),
    ("Which regions have no very strong R&D partner?", "partners_of_all",
     {"kind": "rd", "min_grade": "-", "max_grade": "+"}),
    ("What region has no weak business cooperation?", "partners_of_all", {"kind": "business", "min_grade": "o"}),
    ("Who does Poland work with on R&D?", "partners",
     {"region": "Poland", "kind": "rd", "min_grade": "o"}),
    ("Who is the weakest business partner of Iberia?", "partners",
     {"region": "Southwest Europe", "kind": "business", "min_grade": "-"}),
    ("Welche Megatrends beeinflussen Logistical Services?", "trends_for_industry", {"industry": "Logistical Services"}),
]


@pytest.mark.parametrize("question,tool,args", GOLDEN)
def test_golden_routes(question, tool, args):
    plan = route(question, State())
    assert isinstance(plan, ToolPlan), plan
    step = plan.steps[0]
    assert step.tool == tool
    for k, v in args.items():
        assert step.args.get(k) == v, (k, step.args)


@pytest.mark.parametrize("question,reason", [
    ("", "empty"), ("   ", "empty"), ("🙂🙂", "empty"), ("?!...", "empty"),
    ("Which trends influence Space Industries?", "unknown_name"),
    ("Which region is Antarctica in?", "unknown_name"),
    ("Qué es esto?", "not_english"),
    ("x" * 5000, "too_long"),
])
def test_refusals(question, reason):
    plan = route(question, State())
    assert isinstance(plan, Refuse) and plan.reason == reason


@pytest.mark.parametrize("question", ["Why do clusters internationalise?",
                                      "What does the report mean by vertical disintegration?",
                                      "what's vertical disintegration"])  # a contraction is English
def test_narrative_questions_go_to_retrieval(question):
    assert isinstance(route(question, State()), Retrieve)


@pytest.mark.parametrize("question", [
    "anything on AI / machine learning for medtech clusters",  # an industry named, no relation asked
    "how many IoT devices do they expect by the end of the decade",  # a trend named, no relation asked
    "best biotech cluster in bavaria to partner with?",
])
def test_a_name_without_a_relation_is_never_answered_by_the_nearest_tool(question):
    assert not isinstance(route(question, State()), ToolPlan)


def test_big_data_reading_is_said():
    plan = route("Which industries does Big data influence?", State())
    assert "mega trend" in plan.reading


def test_recall_needs_a_previous_answer():
    st = State()
    assert not isinstance(route("Which section and page is that from?", st), Recall)
    st.last_citations = ["x"]
    assert isinstance(route("Which section and page is that from?", st), Recall)


def test_routing_a_matrix_question_does_not_import_torch():
    code = ("import sys; from assistant.router import route; from assistant.state import State; "
            "route('Which mega trends drive Logistical Services?', State()); "
            "print('torch' in sys.modules, 'chromadb' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_top_takes_the_strongest_or_the_weakest_grade_present_whatever_the_row_order():
    import tools
    from assistant.poststeps import post

    r = tools.partners(region="Northern Europe", kind="rd", min_grade="-")
    grades = [row["grade"] for row in r.rows]
    strong = post("_top", {}, r)
    weak = post("_top", {"weakest": True}, r)
    ranks = {g: i for i, g in enumerate(("++", "+", "o", "-"))}
    assert {row["grade"] for row in r.rows if row["region"] in strong.items} == {min(grades, key=ranks.get)}
    assert {row["grade"] for row in r.rows if row["region"] in weak.items} == {max(grades, key=ranks.get)}
    assert set(strong.items).isdisjoint(weak.items)
