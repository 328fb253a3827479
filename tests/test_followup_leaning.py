"""What a follow-up leans on: a question whose own names read another relation is new (sure on its own); a cut of
the last answer ("only the ones …") keeps to it and cites its figure too; a follow-up that carries an unsure
answer's reading (its tool, its names, a pronoun) stays unsure. Wordings are this file's own."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.understand import read

A = Assistant.load()


@pytest.mark.parametrize("turns,question,country,region", [
    (["which regions does southeast europe do r&d with"], "is romania in southeast europe?", "Romania",
     "Southeast Europe"),
    (["who are northern europe's business partners"], "does northern europe include norway", "Norway",
     "Northern Europe"),
    (["r&d partners of central eastern europe"], "is hungary part of central eastern europe?", "Hungary",
     "Central Eastern Europe"),
])
def test_a_membership_question_after_a_cooperation_answer_is_its_own(turns, question, country, region):
    _, ans = converse(A, turns, question)
    want = "yes" if country in tools.countries_in(region).items else "no"
    assert ans.route == "tool" and ans.value == want, (ans.reading, ans.value)
    assert "10" in {c.figure for c in ans.citations}


@pytest.mark.parametrize("question", ["only the ones that also act downstream", "just the ones with an AOSI",
                                      "keep the ones that are upstream too"])
def test_only_the_ones_is_a_cut_of_the_last_answer(question):
    assert read(question).followup.of_those


def test_a_cut_of_the_last_answer_cites_both_figures():
    before, ans = converse(A, ["which mega trends does medtech push upstream"], "only the ones that also act downstream")
    down = set(tools.trends_for_industry("Medical Devices", "downstream").items)
    assert ans.route == "tool" and set(ans.items) == set(before.items) & down, ans.reading
    assert {"3", "4"} <= {c.figure for c in ans.citations}


@pytest.mark.parametrize("turns,question", [
    (["what's northern europe's strongest partner region"], "and central western europe's"),
    (["what's northern europe's strongest partner region"], "what about for southwest europe"),
])
def test_a_name_swapped_into_an_unsure_reading_stays_unsure(turns, question):
    before, ans = converse(A, turns, question)
    assert not before.sure and ans.route == "tool" and not ans.sure, (before.reading, ans.reading)


@pytest.mark.parametrize("turns,question,country", [
    (["is poland in central eastern europe"], "and greece?", "Greece"),
    (["is slovakia part of central eastern europe"], "what about hungary", "Hungary"),
    (["does southeast europe include turkey"], "and cyprus?", "Cyprus"),
])
def test_another_country_after_a_membership_check_gets_its_region(turns, question, country):
    before, ans = converse(A, turns, question)
    region = tools.region_of(country).value
    asked = next(v for v in before.args.values() if v in tools.list_items("regions").items)
    assert ans.route == "tool" and ans.items == [region], (ans.reading, ans.items)
    assert ans.value == ("yes" if region == asked else "no")
    assert "10" in {c.figure for c in ans.citations}
