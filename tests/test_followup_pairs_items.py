"""Classes over a list of one hot-spot's sub-trends or of mega trends:
- "at which parameters are those very strong?" after a hot-spot's Figure 6 list: Figure 7's cells of those
  sub-trends (Figure 7 has no mega trend axis), never a passage searched without the turn before;
- "which of those / which ones …" answered by a table of pairs: the last answer's items the pairs hold, not the
  pairs (nor their other side).
Expected answers come from the tools; wordings are this file's own, not the tuning sets'."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import tools


def _cells_of(industry: str, subtrends: list[str]) -> set:
    return {tuple(p) for p in tools.crossover_cells(industry, grade="✓✓").items if p[0] in subtrends}


@pytest.mark.parametrize("turn,question,trend,industry", [
    ("figure 6: sub-trends for environmental industries under carbon foot-print reduction",
     "which value chain parameters are those very strong on", "Carbon foot-print reduction", "Environmental Industries"),
    ("what sub-trends does figure 6 give for logistical services and cross-linkage of subjects & objects",
     "where along the value chain are those very strong?", "Cross-linkage of subjects & objects", "Logistical Services"),
    ("sub-trends of advanced packaging under personalisation of products & services please",
     "on which parameters are those double-ticked?", "Personalisation of products & services", "Advanced Packaging"),
])
def test_parameters_of_a_hot_spots_sub_trends_are_their_figure_7_cells(assistant, turn, question, trend, industry):
    _, ans = converse(assistant, [turn], question)
    want = _cells_of(industry, tools.subtrends_for(trend=trend, industry=industry).items)
    assert ans.route == "tool" and {tuple(i) for i in ans.items} == want, (ans.reading, ans.items)


@pytest.mark.parametrize("turn,question,expect", [
    ("list the sub-trends of medical devices in figure 6", "which of them count as crossover points in figure 7?",
     lambda: {s for s in tools.subtrends_for(industry="Medical Devices").items}
     & {p[0] for p in tools.crossover_cells("Medical Devices", grade="✓✓").items}),
    ("which mega trends are AOSIs for mobility technologies", "of those, which ones list e-mobility as a sub-trend?",
     lambda: set(tools.trends_for_industry("Mobility Technologies", "aosi").items)
     & {p[0] for p in tools.aosis_with_subtrend("e-Mobility").items}),
    ("what sub-trends does environmental industries have",
     "which of these have a double tick anywhere in the value chain table",
     lambda: {p[0] for p in tools.crossover_cells("Environmental Industries", grade="✓✓").items}),
])
def test_which_of_those_answers_with_the_items_not_their_pairs(assistant, turn, question, expect):
    _, ans = converse(assistant, [turn], question)
    assert ans.route == "tool" and set(ans.items) == expect(), (ans.reading, ans.items)
