"""Every answer says how it was read: reading, sure, alternatives, inherited (tool paths; no index needed)."""

import pytest

from assistant import Assistant

A = Assistant.load()


def test_a_tool_answer_says_what_was_computed():
    ans = A.ask("Which mega trends drive Logistical Services?")
    assert ans.reading == "Mega trends that shape Logistical Services — downstream, Figure 3"
    assert ans.sure and ans.alternatives == [] and ans.inherited is None
    d = ans.to_dict()
    assert {"reading", "sure", "alternatives", "inherited"} <= set(d)


def test_what_an_industry_shapes_is_read_upstream():
    ans = A.ask("Which trends does Logistical Services shape?")
    assert ans.reading.startswith("Mega trends that Logistical Services shapes — upstream")


def test_a_plan_that_contradicts_the_named_figure_is_unsure_with_the_other_reading():
    ans = A.ask("which trends does medtech shape in Figure 3?")
    assert not ans.sure
    readings = [ans.reading] + [alt.reading for alt in ans.alternatives]
    assert any("Figure 3" in r for r in readings) and any("Figure 4" in r for r in readings)
    assert ans.alternatives[0].question.endswith("?")
    assert ans.answer.startswith("I read your question as")


def test_a_refusal_names_the_unknown_term_and_has_a_reading():
    ans = A.ask("Which trends shape hydrogen valleys?")
    assert ans.route == "refuse" and ans.reason == "unknown_term"
    assert "hydrogen valleys" in ans.answer and ans.reading


def test_followups_say_what_they_inherited_and_new_questions_inherit_nothing():
    A.ask("Which mega trends drive Logistical Services?", conversation_id="r1")
    up = A.ask("and upstream?", conversation_id="r1")
    assert up.inherited == "Logistical Services" and "upstream" in up.reading
    new = A.ask("Which trends shape medtech?", conversation_id="r1")
    assert new.inherited is None and new.args["industry"] == "Medical Devices"


def test_an_undirected_link_is_answered_unsure_with_each_direction_offered():
    ans = A.ask("how are logistics and the megatrends linked")
    assert ans.args == {"industry": "Logistical Services", "direction": "aosi"} and not ans.sure
    assert "5" in {c.figure for c in ans.citations}
    assert [a.question for a in ans.alternatives] == ["Which mega trends shape Logistical Services downstream?",
                                                      "Which mega trends does Logistical Services shape upstream?"]


@pytest.mark.parametrize(("question", "sure"), [
    # where a figure is: a ranking or an "each" in the question describes the figure, it is not a slot left unread
    ("where can I find the table of sub-trends for each hot spot", True),
    ("where is the figure showing which industry has the most crossover points", True),
    ("which page has the chart that ranks regions by their R&D partners", True),
    # a ranking asked for, answered with a figure's description: the ranking was not computed
    ("which industry has the most AOSIs", False),
])
def test_a_question_where_a_figure_is_reads_its_ranking_words_as_the_figures(question, sure):
    from assistant.plan import Step, ToolPlan
    from assistant.reading import check
    from assistant.understand import read

    assert check(read(question), ToolPlan((Step("figure_info", {"figure": "6"}),))).sure is sure
