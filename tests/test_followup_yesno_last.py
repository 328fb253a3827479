"""Classes: yes/no follow-ups over the last table answer, and a figure asked about in turn.
- a few words asking yes or no of one name ("is X?", "is X in it?") after a list: whether X is among its items;
- a count stated with its noun left out ("and for X - more than five?", "is it really N?"): the count checked;
- "and the X one" after a figure's page or caption: the figure whose table is X, told the same way;
- "what about X, in either direction?" after one direction: both directions for X, not the last one alone;
- "how many does X have?" after a turn on one table (even a definition of it): X's count on that table.
Expected answers come from the tools, never written here. Wordings are this file's own, not the tuning sets'."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

import tools
from assistant.understand.relation import FIGURE_OF_RELATION


@pytest.mark.parametrize("turns,question,expect", [
    (["which countries does the report put in northern europe"], "is norway?",
     lambda: "yes" if "Norway" in tools.countries_in("Northern Europe").items else "no"),
    (["list the countries of central eastern europe"], "and is Portugal in it?",
     lambda: "yes" if "Portugal" in tools.countries_in("Central Eastern Europe").items else "no"),
    (["which mega trends shape medical devices downstream"], "is big data in it?",
     lambda: "yes" if "Big data" in tools.trends_for_industry("Medical Devices", "downstream").items else "no"),
])
def test_a_bare_yes_no_of_one_name_is_a_member_check_of_the_last_list(assistant, turns, question, expect):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "tool" and ans.value == expect(), (ans.reading, ans.value)


@pytest.mark.parametrize("turns,question,industry,holds", [
    (["how many sub-trends does figure 7 list for medical devices"], "and for mobility technologies - more than 5?",
     "Mobility Technologies", lambda n: n > 5),
    (["how many rows has figure 7 got for advanced packaging"], "what about logistical services, is it under twenty?",
     "Logistical Services", lambda n: n < 20),
    (["which sub-trends does figure 7 give for creative industries"], "is it really 7?",
     "Creative Industries", lambda n: n == 7),
])
def test_a_count_said_without_its_noun_is_checked(assistant, turns, question, industry, holds):
    _, ans = converse(assistant, turns, question)
    n = tools.crossover_block(industry).count
    assert ans.route == "tool" and ans.value == ("yes" if holds(n) else "no"), (ans.reading, ans.value)
    assert str(n) in ans.reading  # the real count is said either way


def test_a_new_count_replaces_the_one_checked_before(assistant):
    state_turns = ["how many rows does figure 7 have for medical devices", "and for blue growth, more than 50?"]
    _, ans = converse(assistant, state_turns, "and logistics - fewer than 3?")
    n = tools.crossover_block("Logistical Services").count
    assert ans.value == ("yes" if n < 3 else "no") and "fewer than 3" in ans.reading, ans.reading


@pytest.mark.parametrize("turns,question,relation", [
    (["on which page is figure 3"], "what about the upstream one?", "upstream"),
    (["what does figure 16 show"], "and the r&d version?", "rd"),
    (["where is the downstream matrix"], "same for the aosi matrix", "aosi"),
])
def test_the_other_kind_of_figure_is_told_the_same_way(assistant, turns, question, relation):
    before, ans = converse(assistant, turns, question)
    assert ans.route == "tool" and [c.figure for c in ans.citations] == [FIGURE_OF_RELATION[relation]], \
        (ans.reading, ans.citations)
    assert before.citations and before.citations[0].figure != ans.citations[0].figure


@pytest.mark.parametrize("turns,question,industry", [
    (["which megatrends shape logistical services downstream", "and upstream?"],
     "what about mobility technologies, in either direction?", "Mobility Technologies"),
    (["upstream, which trends does biopharma push"], "and medical devices - either way?", "Medical Devices"),
    (["which trends hit digital industries downstream"], "how about creative industries in either direction",
     "Creative Industries"),
])
def test_either_direction_said_in_a_swap_reads_both_matrices(assistant, turns, question, industry):
    _, ans = converse(assistant, turns, question)
    want = set(tools.trends_for_industry(industry, "downstream").items) | \
        set(tools.trends_for_industry(industry, "upstream").items)
    assert ans.route == "tool" and set(ans.items) == want, (ans.reading, ans.items)


@pytest.mark.parametrize("turns,question,expect", [
    (["which trends shape medical devices upstream"], "how many does digital industries have?",
     lambda: tools.trends_for_industry("Digital Industries", "upstream").count),
    (["which industries does big data hit downstream"], "how many for carbon footprint?",
     lambda: tools.industries_for_trend("Carbon foot-print reduction", "downstream").count),
    (["what is an area of strong interdependency"], "how many does mobility technologies have?",
     lambda: tools.trends_for_industry("Mobility Technologies", "aosi").count),
])
def test_how_many_with_a_new_name_counts_on_the_last_table(assistant, turns, question, expect):
    _, ans = converse(assistant, turns, question)
    assert ans.route == "tool" and ans.count == expect(), (ans.reading, ans.count)
