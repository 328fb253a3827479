"""Follow-ups are frames with holes completed from the previous frame; a question naming its own subject and
relation is new and inherits nothing (tool paths only: no index needed)."""

import pytest

from assistant import Assistant
from assistant.followups import complete
from assistant.state import State
from assistant.understand import read
from assistant.understand.followup import strip_switch

A = Assistant.load()

CASES = [
    (["Which mega trends drive Logistical Services?"], "and upstream?",
     "trends_for_industry", {"industry": "Logistical Services", "direction": "upstream"}, "Logistical Services"),
    (["Which mega trends drive Logistical Services?"], "what about medtech?",
     "trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"}, "downstream (Figure 3)"),
    (["which megatrends hit the blue economy"], "and which does it push back on",
     "trends_for_industry", {"industry": "Blue Growth Industries", "direction": "upstream"}, "Blue Growth Industries"),
    (["Which region is Poland in?"], "Which trends shape medtech?",
     "trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"}, None),
    # a pair's partner swapped: the subject stays, the kind of cooperation is inherited
    (["what is the business grade between northern europe and southwest europe"], "and with southeast europe?",
     "cooperation_grade", {"region_a": "Northern Europe", "region_b": "Southeast Europe", "kind": "business"},
     "Northern Europe, business cooperation (Figure 16)"),
    (["how strong is r&d cooperation of central eastern europe with northwest europe"], "what about northern europe",
     "cooperation_grade", {"region_a": "Central Eastern Europe", "region_b": "Northern Europe", "kind": "rd"},
     "Central Eastern Europe, R&D cooperation (Figure 13)"),
    # a kind of cooperation said alone swaps the kind in the last plan and keeps its ranking
    (["which region does northern europe do most business with"], "and r&d?",
     "partners", {"region": "Northern Europe", "kind": "rd"}, "Northern Europe"),
    # the two names said last, taken together ("both of them", "either of them", "those two")
    (["which trends does logistics push upstream", "and medical devices?"], "which do both of them push",
     "intersect", {"a": {"tool": "trends_for_industry", "industry": "Logistical Services", "direction": "upstream"},
                   "b": {"tool": "trends_for_industry", "industry": "Medical Devices", "direction": "upstream"}},
     "Logistical Services, Medical Devices"),
    (["which trends does logistics push upstream", "and medical devices?"], "which trends do they share",
     "intersect", {"a": {"tool": "trends_for_industry", "industry": "Logistical Services", "direction": "upstream"}},
     "Logistical Services, Medical Devices, upstream (Figure 4)"),
    (["which trends does logistics push upstream", "and medical devices?"], "what do the two have in common",
     "intersect", {"b": {"tool": "trends_for_industry", "industry": "Medical Devices", "direction": "upstream"}},
     "Logistical Services, Medical Devices, upstream (Figure 4)"),
    (["Which mega trends drive Logistical Services?", "what about biopharma?"], "which trends drive either of them",
     "union", {"a": {"tool": "trends_for_industry", "industry": "Logistical Services", "direction": "downstream"},
               "b": {"tool": "trends_for_industry", "industry": "Biopharmaceuticals", "direction": "downstream"}},
     "Logistical Services, Biopharmaceuticals"),
    # several names inherited keep their combination
    (["which trends drive logistics and medtech"], "and upstream?", "intersect",
     {"a": {"tool": "trends_for_industry", "industry": "Logistical Services", "direction": "upstream"}},
     "Logistical Services, Medical Devices"),
    # an item of the last answer by its place
    (["which industries does big data hit"], "which trends drive the first one",
     "trends_for_industry", {"direction": "downstream"}, None),
    # the kind of cooperation said alone keeps the pair
    (["R&D cooperation between the nordics and iberia"], "and business?",
     "cooperation_grade", {"region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "business"},
     "Northern Europe, Southwest Europe"),
    # another name of a kind the last plan used: the same plan with that name ("what about X?", "and X?")
    (["which region is israel in"], "and Cameron?", "region_of", {"country": "Cameron"},
     "region membership (Figure 10)"),
    (["medtec personalisation sub-trends pls", "which of them has info sharing at double tick"],
     "and customer service orientation?", "subtrends_at_grade",
     {"parameter": "Customer service orientation", "industry": "Medical Devices"},
     "Medical Devices, Personalisation of products & services, value-chain crossover (Figure 7)"),
    # the other end of the last ranking
    (["which industry has the most AOSIs"], "and the fewest?", "rank_matrix",
     {"entity": "industry", "direction": "aosi", "order": "fewest"}, "areas of strong interdependency (Figure 5)"),
    (["which trend drives the fewest industries"], "and the most?", "rank_matrix",
     {"entity": "trend", "direction": "downstream", "order": "most"}, "downstream (Figure 3)"),
    # "which ones do they influence": the pronoun is the subject, not a restriction to the last answer
    (["what trends drive creative industries downstream"], "and which ones do they influence themselves",
     "trends_for_industry", {"industry": "Creative Industries", "direction": "upstream"}, "Creative Industries"),
    # a question that says it starts afresh inherits nothing, even when it is elliptic
    (["Which mega trends drive Logistical Services?"], "new question: which trends drive medtech",
     "trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"}, None),
    (["which industries does big data influence"], "switching gears - norway, which region is it in the cooperation study",
     "region_of", {"country": "Norway"}, None),
]


@pytest.mark.parametrize("turns,question,tool,args,inherited", CASES)
def test_followup_frames(turns, question, tool, args, inherited):
    cid = f"fu-{abs(hash((tuple(turns), question)))}"
    for t in turns:
        A.ask(t, conversation_id=cid)
    ans = A.ask(question, conversation_id=cid)
    assert ans.tool == tool, ans.answer
    for k, v in args.items():
        assert ans.args.get(k) == v, (k, ans.args)
    if inherited is not None or tool != "trends_for_industry" or question.startswith("new"):
        assert ans.inherited == inherited
    assert ans.sure, ans.reading


def test_of_those_combines_with_the_previous_answer():
    A.ask("carbon footprint: which industries does it hit", conversation_id="fu-those")
    first = set(A.ask("carbon footprint: which industries does it hit").items)
    ans = A.ask("of those which also feed it back", conversation_id="fu-those")
    assert set(ans.items) <= first and ans.items
    assert "4" in {c.figure for c in ans.citations}


def test_the_first_one_is_the_first_item_of_the_last_answer():
    first = A.ask("which industries does big data hit").items[0]
    A.ask("which industries does big data hit", conversation_id="fu-nth")
    ans = A.ask("which trends drive the first one", conversation_id="fu-nth")
    assert ans.args["industry"] == first and ans.inherited == first


def test_a_fresh_start_with_a_hole_is_not_filled_from_the_conversation():
    state = State()
    A.ask("Which mega trends drive Logistical Services?", state=state)
    assert complete(read("and upstream?"), state).given("industry") == ["Logistical Services"]
    assert complete(read("forget that. and upstream?"), state) is None
    assert strip_switch("Forget that. And upstream?") == ("And upstream?", True)
    assert strip_switch("new question") == ("new question", False)  # nothing after it: the words are the question


def test_a_question_naming_one_side_of_figure_6_takes_the_other_from_the_turn_before():
    state = State()
    A.ask("which trends shape mobility technologies", state=state)
    done = complete(read("sub-trends for the co2 one?"), state)
    assert done is not None and done.given("industry") == ["Mobility Technologies"] and done.given("trend")


def test_an_elliptic_question_with_nothing_to_lean_on_asks_back():
    ans = A.ask("and upstream?")
    assert ans.route == "refuse" and ans.reason == "clarify" and not ans.sure
    assert "upstream" in ans.reading and len(ans.alternatives) == 2
    assert all(a.question.endswith("upstream?") for a in ans.alternatives)


def test_a_name_the_last_table_does_not_take_asks_what_is_wanted():
    A.ask("R&D cooperation between the nordics and iberia", conversation_id="fu-kind")
    ans = A.ask("what about medtech?", conversation_id="fu-kind")
    assert ans.reason == "clarify" and "Medical Devices" in ans.reading
    assert [a.question for a in ans.alternatives][0] == "Which mega trends shape Medical Devices downstream?"
    # a name the last table does take is answered, not asked back
    A.ask("Which region is Poland in?", conversation_id="fu-kind2")
    assert A.ask("what about latvia?", conversation_id="fu-kind2").tool == "region_of"


def test_those_of_another_kind_than_asked_are_the_last_answers_items_taken_together():
    state = State()
    first = A.ask("which trends does logistics push upstream", state=state)
    ans = A.ask("which industries do those trends hit", state=state)
    assert ans.tool == "union" and set(ans.inherited.split(", ")) == set(first.items)
    each = set().union(*(A.ask(f"which industries does {t} shape downstream").items for t in first.items))
    assert set(ans.items) == each
    # the same kind as asked is a restriction to the last answer, not a new subject
    state = State()
    A.ask("which industries does big data hit", state=state)
    kept = A.ask("which of them are AOSIs", state=state)
    assert kept.tool == "restrict" and kept.inherited == "Big data" and set(kept.items) <= set(A.ask("which industries does big data hit").items)


def test_the_carbon_one_is_the_item_whose_words_begin_so():
    state = State()
    first = A.ask("which trends shape mobility technologies", state=state)
    for question in ("sub-trends for the carbon one?", "what sub-trends sit under the geo one"):
        done = complete(read(question), state)
        trend = done.given("trend")
        assert len(trend) == 1 and trend[0] in first.items and done.given("industry") == ["Mobility Technologies"]
        assert question.split()[-2] in trend[0].lower()
    assert complete(read("sub-trends for the zebra one?"), state) is None or \
        not complete(read("sub-trends for the zebra one?"), state).given("trend")


def test_the_second_one_with_nothing_asked_of_it_asks_what_is_wanted():
    state = State()
    second = A.ask("which trends drive logistics", state=state).items[1]
    ans = A.ask("what about the second one", state=state)
    assert ans.reason == "clarify" and second in ans.reading and all(second in a.question for a in ans.alternatives)


@pytest.mark.parametrize("question,kept", [
    ("of those which also feed it back", True),
    ("which of them are AOSIs", True),
    ("which ones are AOSIs", True),
    ("which of these are upstream too", True),
    ("and which ones do they influence themselves", False),
    ("what sub-trends sit under the personalisation one", False),
    ("which trends drive the first one", False),
    ("which do both of them push", False),
])
def test_which_follow_ups_keep_the_answer_inside_the_last_one(question, kept):
    from assistant.replan import restricts

    assert restricts(read(question)) is kept


def test_of_those_with_a_negation_takes_the_positive_plan_out_of_the_last_answer():
    state = State()
    first = set(A.ask("which trends drive logistics", state=state).items)
    ans = A.ask("and which of those don't drive medtech?", state=state)
    medtech = set(A.ask("which trends drive medtech").items)
    assert ans.tool == "subtract" and set(ans.items) == first - medtech and ans.items


def test_a_kind_said_alone_keeps_the_last_ranking():
    """"and r&d?" after "… most business with": the strongest R&D partner, not every partner from "o" up."""
    state = State()
    A.ask("which region does northern europe do most business with", state=state)
    A.ask("and r&d?", state=state)
    tools_run = [s.tool for s in state.last_plan.steps]
    assert tools_run[-1] == "_top" and state.last_plan.steps[0].args["kind"] == "rd"
