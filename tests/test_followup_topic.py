"""Narrative follow-ups that lean on the turn before ("why is that?", "can you give an example of it"): searched on
their own words first, then with the subject of the turn before, named in the reading and marked unsure. Wordings
here are this file's own, not the tuning sets'; the subjects expected are the previous answers' own arguments."""

import pytest
from conversation import converse

from assistant.answer import Answer
from assistant.plan import Recall, Retrieve, ToolPlan
from assistant.state import State
from assistant.topic import bare, leans_back, narrative_followup
from assistant.understand import read


def _state(topic):
    state = State()
    state.topic = topic
    return state


@pytest.mark.parametrize("question", ["why is that?", "and why?", "what example does it give",
                                      "what does it recommend there", "how does it explain that"])
def test_a_narrative_question_that_points_back_takes_the_last_subject(question):
    """Class: a question asking for a reason, an example or advice, naming nothing, pointing back."""
    plan = narrative_followup(read(question), question, Retrieve(question), _state("Northern Europe, R&D cooperation"))
    assert isinstance(plan, Retrieve) and not plan.sure
    assert plan.query.endswith("about Northern Europe, R&D cooperation")
    assert plan.query.startswith(question.rstrip("?"))


@pytest.mark.parametrize("question", [
    "why does digitalisation matter for logistics clusters",  # names its own subject
    "which trends drive medtech downstream",  # a table question, no narrative ask
    "what is a cluster organisation",  # asks a definition, but points at nothing before
])
def test_a_question_with_its_own_subject_takes_nothing(question):
    frame = read(question)
    assert narrative_followup(frame, question, Retrieve(question), _state("Northern Europe, R&D cooperation")) is None


def test_nothing_answered_before_nothing_taken():
    assert narrative_followup(read("why is that?"), "why is that?", Retrieve("why is that?"), State()) is None


def test_a_table_plan_that_names_its_own_table_stays():
    """"why does it push them upstream": the words name a table; the plan is the compiler's, not a search."""
    q = "why does it push them upstream"
    plan = ToolPlan(())
    assert narrative_followup(read(q), q, plan, _state("Logistical Services, downstream")) is None


def test_leans_back_needs_a_pointer_and_no_names():
    assert leans_back(read("and why?")) and leans_back(read("what example does it give"))
    assert not leans_back(read("why do clusters internationalise"))


@pytest.fixture(scope="module")
def assistant(index_dir):  # noqa: F811 - the shared session index (conftest_retrieval)
    from assistant.core import Assistant

    return Assistant.load(index_dir=str(index_dir))


from conftest_retrieval import index_dir  # noqa: E402,F401


@pytest.mark.parametrize("turns,question,key", [
    (["which regions does southwest europe work with on business"], "why is that?", "region"),
    (["which mega trends drive logistical services downstream"], "can you give an example of it", "industry"),
    (["who does northern europe cooperate with on r&d"], "and why?", "region"),
])
def test_a_narrative_followup_after_a_table_answer_is_searched_with_its_subject(assistant, turns, question, key):
    before, ans = converse(assistant, turns, question)
    name = before.args[key]
    assert before.route == "tool" and ans.route == "retrieval", ans.reading
    assert not ans.sure and name in ans.reading and name in (ans.inherited or ""), ans.reading
    assert ans.citations


def test_a_self_contained_question_after_a_table_answer_inherits_nothing(assistant):
    state = State()
    before = assistant.ask("which trends drive medtech downstream", state=state)
    ans = assistant.ask("what is a cluster organisation?", state=state)
    assert before.args["industry"] not in ans.reading and not ans.inherited


@pytest.mark.parametrize("question", ["how come", "where does it say that", "where in the report is that written"])
def test_bare_words_take_the_last_subject(question):
    """Class: words that only ask (a reason, a place in the text) and name nothing: the subject is the turn before."""
    plan = narrative_followup(read(question), question, Retrieve(question), _state("Southeast Europe, business"))
    assert bare(question) and isinstance(plan, Retrieve) and plan.query.endswith("about Southeast Europe, business")


def test_a_source_question_keeps_its_recall():
    """"what page" after a passage answer: the sources of that answer, not a new search."""
    state = _state("“I need the region definitions”")
    state.last_answer = Answer(route="retrieval", answer="…")
    assert narrative_followup(read("what page"), "what page", Recall(), state) is None
    assert narrative_followup(read("and which one is still lacking"), "and which one is still lacking",
                              Retrieve("x"), state) is not None  # after a passage answer, any pointing question


@pytest.mark.parametrize("turns,question", [
    (["which regions does southeast europe do business with"], "how come"),
    (["what does the report mean by upstream"], "and downstream?"),
    (["which region has the weakest r&d ties in figure 13"], "where in the report is that"),
])
def test_a_bare_or_elliptic_followup_is_searched_with_the_last_subject(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert ans.route == "retrieval" and not ans.sure and ans.inherited and "about" in ans.reading, ans.reading
    assert before.route != "refuse"
