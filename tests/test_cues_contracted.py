"""Cue words said in everyday form: a grade negated by a contraction ("which partners aren't weak") is a bound, as
"not weak" is; "it" in an idiom ("when it comes to", "as it stands") stands for nothing said before; a comparative
said alone ("and worse?", "any higher?") is another grade of the last answer. Wordings written for this test;
what is expected comes from the tools."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant import cues as C
from assistant.answer import Answer
from assistant.contrary import grade_negated
from assistant.frame import Frame, Grade
from assistant.plan import Step, ToolPlan
from assistant.regrade import compared
from assistant.understand import read
from assistant.understand.grade import grade

A = Assistant.load()


@pytest.mark.parametrize("question", [
    "which partners aren't weak",
    "which partners arent weak",
    "the ones that isn't rated weak",
    "which don't score weak",
    "those that wasn't graded as weak",
    "which cell there is not weak",
])
def test_a_contracted_not_before_weak_is_a_bound(question):
    assert grade(question) == Grade("cooperation", "o", "at_least"), question


@pytest.mark.parametrize("question", ["which partners are weak", "the different weak ones", "is the pavement weak"])
def test_weak_without_a_negation_stays_weak(question):
    assert grade(question) == Grade("cooperation", "-", "exact"), question


@pytest.mark.parametrize(("question", "plan"), [
    ("those that isn't rated medium", ToolPlan((Step("partners", {"region": "Northern Europe", "kind": "rd",
                                                                  "min_grade": "o", "max_grade": "o"}),))),
    ("which don't score ++", ToolPlan((Step("partners", {"region": "Northern Europe", "kind": "business",
                                                         "min_grade": "++", "max_grade": "++"}),))),
    ("which of them doesn't get a +", ToolPlan((Step("partners", {"region": "Northern Europe", "kind": "business",
                                                                  "min_grade": "+", "max_grade": "+"}),))),
])
def test_a_negated_grade_read_as_that_grade_is_doubted(question, plan):
    assert grade_negated(Answer(route="tool", answer="…"), plan, read(question)) is not None, question


@pytest.mark.parametrize(("text", "refers"), [
    ("is that the only ++ pair when it comes to business", False),
    ("as it stands, which are medium", False),
    ("it looks like r&d is stronger, right?", False),
    ("it seems that business is weaker", False),
    ("when it came to r&d, which were strong", False),
    ("what does it look like for business", True),
    ("how strong is it with iberia", True),
    ("does it push big data upstream", True),
])
def test_it_in_an_idiom_refers_to_nothing(text, refers):
    assert bool(C.PRONOUN_REF.search(text)) is refers, text


def test_an_idiom_it_leaves_the_question_sure():
    before, ans = converse(A, ["which pair of regions has the strongest business ties"],
                           "is that the only very strong pair when it comes to r&d, or are there others")
    want = tools.pairs_at_grade("rd", "++", "++").items
    assert ans.route == "tool" and want, ans.reading
    assert {frozenset(i) for i in ans.items} == {frozenset(i) for i in want}, ans.reading
    assert "it\u201d" not in ans.reading, ans.reading


def _last(symbol: str, scale: str = "cooperation") -> Frame:
    return Frame(text="…", grade=Grade(scale, symbol, "exact"))


@pytest.mark.parametrize(("text", "last", "scale", "want"), [
    ("and worse?", _last("o"), "cooperation", Grade("cooperation", "-", "exact")),
    ("any lower ones?", _last("++"), "cooperation", Grade("cooperation", "-", "exact")),
    ("and higher?", _last("o"), "cooperation", Grade("cooperation", "+", "at_least")),
    ("what about better ones", _last("-"), "cooperation", Grade("cooperation", "o", "at_least")),
    ("and worse?", _last("\u2713\u2713", "crossover"), "crossover", Grade("crossover", "\u2713", "exact")),
    ("and better?", _last("\u2713", "crossover"), "crossover", Grade("crossover", "\u2713\u2713", "at_least")),
    # nothing on that side of the last grade, or more said than a comparative
    ("and worse?", _last("-"), "cooperation", None),
    ("and higher?", _last("++"), "cooperation", None),
    ("which region does worse in r&d", _last("o"), "cooperation", None),
])
def test_a_comparative_alone_is_the_next_grade(text, last, scale, want):
    assert compared(text, last, scale) == want


@pytest.mark.parametrize(("first", "question", "kind", "low", "high"), [
    ("medium business partners of southwest europe", "and worse?", "business", "-", "-"),
    ("which r&d partners of northern europe are rated medium", "and higher ones?", "rd", "+", None),
])
def test_a_comparative_follow_up_asks_the_last_question_at_that_grade(first, question, kind, low, high):
    before, ans = converse(A, [first], question)
    region = before.args["region"]
    want = tools.partners(region, kind, min_grade=low, max_grade=high).items
    assert before.route == "tool" and ans.route == "tool", ans.reading
    assert set(ans.items) == set(want), ans.reading
