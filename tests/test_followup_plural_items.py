"""Class: a plural pronoun for the last answer's items ("does either of them push it back upstream", "do they feed
back into it") after a list of industries one trend acts on: "either of them" / "they" are those industries (the
last question named none), "it" is the trend, and "back" without a direction word is the other impact matrix. The
answer is kept inside the last list; expected sets come from the tools. Wordings are this file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.frame import Followup, Frame, Name
from assistant.pairitems import either_marked
from assistant.pluralitems import as_any_of_those
from assistant.spot import fold
from assistant.state import State
from assistant.understand import read

A = Assistant.load()


def _both(trend: str) -> list[str]:
    down = tools.industries_for_trend(trend, "downstream").items
    up = set(tools.industries_for_trend(trend, "upstream").items)
    return [i for i in down if i in up]


@pytest.mark.parametrize("turns,question,trend", [
    (["which industries does the shortening of lifetime cycles trend act on, downstream"],
     "does either of them push it back upstream", "Shortening of lifetime cycles"),
    (["which sectors does big data drive downstream"], "does either of them feed back into it upstream", "Big data"),
    (["which industries does big data shape downstream"], "do they push back on it too", "Big data"),
    (["what industries are hit by changes of geo-economical dynamics"], "do any of them push back on it",
     "Changes of geo-economical dynamics"),
])
def test_the_items_are_asked_of_the_other_matrix(turns, question, trend):
    before, ans = converse(A, turns, question)
    assert before.route == "tool" and len(before.items) >= 2, before.reading
    want = _both(trend)
    assert ans.route == "tool" and ans.sure, ans.reading
    assert "Figure 4" in ans.reading and sorted(ans.items) == sorted(want), (ans.items, ans.reading)
    assert ans.value == ("yes" if want else "no"), ans.reading


def _frame(text: str, names=(), focus=None, **fu) -> Frame:
    return Frame(text=text, names=tuple(names), focus=focus, followup=Followup(**fu))


def _state(last: Frame, items: list[str]) -> State:
    state = State()
    state.last_frame, state.last_items = last, items
    return state


def test_a_pronoun_is_the_items_only_when_the_last_question_named_none_of_their_kind():
    items = ["Digital Industries", "Creative Industries"]
    trend = Name("trend", "Big data", "big data", 0, 8)
    asked = _frame("does either of them shape it upstream", group="either", of_those=True, pronoun=True)
    turned, meant = as_any_of_those(asked, _state(_frame("which industries does big data shape", (trend,),
                                                         "industries"), items))
    assert meant and turned.followup.of_those and turned.followup.group is None
    two = (Name("industry", "Digital Industries", "di", 0, 2), Name("industry", "Creative Industries", "ci", 7, 9))
    _, meant = as_any_of_those(asked, _state(_frame("which trends do di and ci share", two, "industries"), items))
    assert not meant  # "either of them" may be the two industries said
    _, meant = as_any_of_those(asked, _state(_frame("which industries does big data shape", (trend,), "industries"),
                                             items[:1]))
    assert not meant  # one item is not "either of them"
    ind = Name("industry", "Experience Industries", "experience industries", 0, 21)
    they = _frame("and which trend do they push back on", focus="trends", opener=True, pronoun=True)
    _, meant = as_any_of_those(they, _state(_frame("experience industries: what trends hit them", (ind,), "trends"),
                                            ["Impact of social media", "Changes in entrepreneurship culture"]))
    assert not meant  # a bare "they" with no "it" beside it may be the last subject ("experience industries")


def test_a_hyphened_very_strong_is_the_grade():
    assert fold("the most very-strong marks") == "the most very strong marks"
    assert len(fold("very-strong")) == len("very-strong")  # offsets kept


@pytest.mark.parametrize("turns,question,trend,claimed", [
    (["which industries does convergence of products, devices and services hit downstream"],
     "just one of those is an AOSI, isn't it? which", "Convergence of products, devices and services", 1),
    (["which industries does big data shape downstream"], "is only one of them an area of strong interdependency?",
     "Big data", 1),
])
def test_a_count_of_them_counts_the_items_that_hold(turns, question, trend, claimed):
    before, ans = converse(A, turns, question)
    want = [i for i in before.items if i in set(tools.industries_for_trend(trend, "aosi").items)]
    assert ans.route == "tool" and sorted(ans.items) == sorted(want), (ans.items, ans.reading)
    assert "exactly" not in ans.reading, ans.reading  # not the industries with exactly one marked cell
    if ans.value in ("yes", "no"):
        assert ans.value == ("yes" if len(want) == claimed else "no"), ans.reading


@pytest.mark.parametrize("turns,question,grade", [
    (["what does figure 7 show for e-commerce under logistics"], "which of its cells are double ticks", "✓✓"),
    (["figure 7 row for cloud computing in mobility"], "which of its cells are very strong", "✓✓"),
])
def test_its_cells_after_a_figure_7_row_are_its_parameters(turns, question, grade):
    before, ans = converse(A, turns, question)
    assert before.tool == "subtrend_profile", before.reading
    want = tools.subtrend_profile(before.args["subtrend"], before.args["industry"]).groups.get(grade, [])
    assert ans.route == "tool" and sorted(ans.items) == sorted(want), (ans.items, ans.reading)


@pytest.mark.parametrize("turns,question,direction", [
    (["which industries have zero areas of strong interdependency"], "did either of them shape any trend upstream",
     "upstream"),
    (["which industries get no AOSI at all"], "did either of them shape any mega trend upstream", "upstream"),
    (["which industries does big data shape downstream"], "do any of them drive a trend upstream", "upstream"),
])
def test_either_of_them_over_the_other_kind_gives_each_ones_cells(turns, question, direction):
    before, ans = converse(A, turns, question)
    names = set(before.items)
    want = {frozenset(p) for p in tools.compare_matrices([direction]).items if p[1] in names}
    assert ans.route == "tool" and ans.sure and {frozenset(p) for p in ans.items} == want, (ans.items, ans.reading)
    assert ans.value == ("yes" if want else "no")


def test_the_industry_named_before_is_not_each_items_cells():
    state = State()
    A.ask("mobility tech, which mega trends affect it downstream", state=state)
    assert either_marked(read("does the industry push back upstream on either of those"), state) is None
    assert either_marked(read("does either of those push any industry upstream"), state) is not None
