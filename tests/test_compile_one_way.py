"""Golden table: one impact matrix and not the other, said with verbs rather than the words "downstream" and
"upstream" ("shapes it but is not shaped by it", "that don't hit it back"), or with a figure as the subject of a
verb that says it lacks the cells ("the links figure 3 lacks"). A direction the second clause negates must make
the question one-way (``*_only``), never a complement inside one matrix. Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

ONE_WAY = [
    # a passive or an -ing clause after "without"
    ("which trends shape logistics without being shaped by it",
     ("trends_for_industry", {"industry": "Logistical Services", "direction": "downstream_only"})),
    ("which trends are empowered by logistics without influencing it",
     ("trends_for_industry", {"industry": "Logistical Services", "direction": "upstream_only"})),
    # a contrast whose clause has its own subject, a pronoun standing for the one name said
    ("which megatrends does blue growth drive although it isn't driven by them",
     ("trends_for_industry", {"industry": "Blue Growth Industries", "direction": "upstream_only"})),
    ("for creative industries, which trends affect it while it does not affect them in return",
     ("trends_for_industry", {"industry": "Creative Industries", "direction": "downstream_only"})),
    ("which industries push carbon footprint reduction but aren't pushed by it",
     ("industries_for_trend", {"trend": "Carbon foot-print reduction", "direction": "upstream_only"})),
    # "back": the first clause's direction reversed, also in a relative clause
    ("big data - which industries does it hit that don't hit it back",
     ("industries_for_trend", {"trend": "Big data", "direction": "downstream_only"})),
    ("experience industries: megatrends acting on it which it does not act on back",
     ("trends_for_industry", {"industry": "Experience Industries", "direction": "downstream_only"})),
    # a relative clause that names the same name again in the other role
    ("which megatrends does logistics push that don't push logistics",
     ("trends_for_industry", {"industry": "Logistical Services", "direction": "upstream_only"})),
]


@pytest.mark.parametrize("question", ["which trends influence logistics that don't influence medtech",
                                      "which industries does big data hit that aren't hit by social media"])
def test_another_name_after_the_contrast_is_a_difference_of_names(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.op for s in plan.steps] == ["set", "subtract"], plan
    assert not any(str(s.args.get("direction", "")).endswith("_only") for s in plan.steps)


@pytest.mark.parametrize("question,step", ONE_WAY)
def test_a_negated_second_clause_makes_the_question_one_way(question, step):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    tool, args = step
    assert plan.steps[0].tool == tool and all(plan.steps[0].args.get(k) == v for k, v in args.items()), plan
    assert not any(s.tool == "list_items" for s in plan.steps)  # not the other side minus the name's cells


CELLS = [
    # the two sides' nouns joined into one name the cells, whatever noun follows
    ("which trend/industry combos does figure 4 mark but figure 3 does not show", ["upstream"], ["downstream"]),
    ("list the industry-trend links in figure 4 that figure 3 lacks", ["upstream"], ["downstream"]),
    ("trend x industry cells marked downstream that the upstream matrix does not show", ["downstream"], ["upstream"]),
]


@pytest.mark.parametrize("question,include,exclude", CELLS)
def test_cells_one_figure_marks_and_the_other_lacks(question, include, exclude):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and [s.tool for s in plan.steps] == ["compare_matrices"], plan
    assert plan.steps[0].args == {"include": include, "exclude": exclude}


@pytest.mark.parametrize("question", ["which trends influence logistics", "which trends does figure 3 not mark for "
                                      "logistics", "which trends feed back into logistics"])
def test_one_clause_stays_one_matrix(question):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan)
    assert not any(str(s.args.get("direction", "")).endswith("_only") for s in plan.steps), plan



EITHER = [
    # either impact matrix, one of them enough: both directions joined as a union, never only the first
    ("does convergence of products influence logistics in either matrix", "trends_for_industry"),
    ("which trends affect experience industries in either direction", "trends_for_industry"),
    ("which industries does carbon footprint reduction touch in any direction", "industries_for_trend"),
]


@pytest.mark.parametrize("question,tool", EITHER)
def test_either_matrix_reads_both_as_a_union(question, tool):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == tool, plan
    assert plan.steps[0].args["direction"] == "either"


ACROSS = [
    # one name's AOSI cells kept or dropped by another impact matrix the question says
    ("which trends have an AOSI with logistics but no downstream mark", ["aosi", "downstream"], ["set", "subtract"]),
    ("which industries does big data form an AOSI with that it also influences downstream", ["aosi", "downstream"],
     ["set", "intersect"]),
    ("mobility technologies: AOSI trends that are not upstream", ["aosi", "upstream"], ["set", "subtract"]),
]


@pytest.mark.parametrize("question,directions,ops", ACROSS)
def test_one_names_aosis_against_another_matrix(question, directions, ops):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [s.args.get("direction") for s in plan.steps] == directions and [s.op for s in plan.steps] == ops, plan


JOINED = [
    # a verb of acting and an AOSI asked of the same entries: the AOSI list kept to the verb's matrix
    ("which trends influence logistics and also have an AOSI with it", "downstream"),
    ("which industries have an aosi with big data and are also influenced by it", "downstream"),
    ("which trends does logistics push and also form an AOSI with", "upstream"),
]


@pytest.mark.parametrize("question,direction", JOINED)
def test_an_aosi_and_a_verb_joined_intersect(question, direction):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.args.get("direction"), s.op) for s in plan.steps] == [("aosi", "set"), (direction, "intersect")], plan


@pytest.mark.parametrize("question", ["which trend/industry combos have an upstream mark but no downstream mark",
                                      "list every industry-trend pair marked in figure 5 but not in figure 4"])
def test_pair_nouns_and_a_listed_every_are_read(question):
    """The joined nouns are a cue whose words are read, and "list every" is all of them, not a per-entry count."""
    from assistant.coverage import coverage

    frame = read(question)
    assert frame.focus == "pairs" and frame.aggregation is None
    assert not {w for t in coverage(frame, question).unknown for w in t.split()} & {"combos", "pair"}
