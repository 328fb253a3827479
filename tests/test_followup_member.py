"""Follow-ups over the last answer's items, for any kind of name: "is X among them" (yes/no; the name said in full
or by its first word), "the ones outside X", "which comes first in that list". Wordings here are this file's own,
not the tuning sets'; what is expected is read from the previous answer's own items."""

import pytest
from conversation import converse

import tools
from assistant import Assistant
from assistant.state import State

A = Assistant.load()


@pytest.mark.parametrize("turns,question,name", [
    (["which industries does big data shape downstream"], "is biopharma among them?", "Biopharmaceuticals"),
    (["which industries does big data shape downstream"], "so is the creative one among them?", "Creative Industries"),
    (["which countries are in southwest europe"], "is greece one of those?", "Greece"),
    (["which countries are in central eastern europe"], "is russia part of that group", "Russia"),
    (["which trends does logistics feel downstream"], "is big data in that list?", "Big data"),
    (["which industries have an area of strong interdependency with carbon footprint reduction"],
     "is digital among them", "Digital Industries"),
    (["which regions does northern europe work with on business"], "is southwest europe among its partners?",
     "Southwest Europe"),
    # "<name> too?": a name of the listed kind alone, with "too"/"as well"
    (["which industries does big data shape downstream"], "medtech as well?", "Medical Devices"),
    (["which countries are in northern europe"], "iceland too?", "Iceland"),
    (["which countries are in northern europe"], "poland too?", "Poland"),
])
def test_is_a_name_among_the_last_answer(turns, question, name):
    """Class: "is <name> among them / one of those / in that list" after a list of names of that kind."""
    before, ans = converse(A, turns, question)
    assert before.route == "tool" and before.items, before.reading
    assert ans.route == "tool" and ans.tool == before.tool and ans.args.get("name", name) == name, ans.reading
    assert ans.value == ("yes" if name in before.items else "no"), (ans.value, ans.reading)
    assert name in ans.reading and ans.sure


def test_a_name_too_after_one_name_answered_is_the_question_asked_again():
    """"slovenia too?" after a country's region: the same question of Slovenia, not a list membership."""
    state = State()
    A.ask("which region is croatia in", state=state)
    ans = A.ask("slovenia too?", state=state)
    assert ans.route == "tool" and ans.value == tools.region_of("Slovenia").value, ans.reading


def test_a_name_of_another_kind_is_not_looked_for_in_the_list():
    """After a list of industries, "is northern europe among them" names a region: not a membership of the list."""
    state = State()
    A.ask("which industries does big data shape downstream", state=state)
    ans = A.ask("is northern europe among them?", state=state)
    assert "is Northern Europe among them" not in ans.reading


def test_a_first_word_shared_by_two_names_picks_none():
    """"is changes among them": two trends begin with "changes"; no name is guessed."""
    from assistant.lastlist import _short_name
    from assistant.understand import read

    assert len([t for t in tools.list_items("mega_trends").items if t.lower().startswith("changes")]) > 1
    assert _short_name(read("is changes among them"), "trend") is None
    assert _short_name(read("is digital among them"), "industry") == "Digital Industries"
    assert _short_name(read("is it in there too"), "country") is None  # a pronoun, not the start of "Italy"


@pytest.mark.parametrize("turns,question,name", [
    (["which hot-spots in figure 6 list e-commerce"], "just the ones outside logistics", "Logistical Services"),
    (["which industries does big data shape downstream"], "now everything except medtech", "Medical Devices"),
    (["which countries are in central eastern europe"], "and apart from poland?", "Poland"),
])
def test_the_last_answer_without_one_name(turns, question, name):
    """Class: "the ones outside / except / apart from <name>" after a list of names or of pairs holding it."""
    before, ans = converse(A, turns, question)
    def holds(i):
        return name == i or isinstance(i, tuple | list) and name in i
    assert any(holds(i) for i in before.items), before.items
    assert ans.route == "tool" and ans.items, ans.reading
    assert [i for i in before.items if not holds(i)] == list(ans.items), (ans.items, ans.reading)


@pytest.mark.parametrize("turns,question,pos", [
    (["list the service spectrum of section 4.4.2"], "which service comes first in that chain", 0),
    (["what are the eight value chain parameters?"], "and which one is listed last?", -1),
    (["which industries does big data shape downstream"], "which comes first in that list?", 0),
])
def test_the_first_or_last_of_the_last_answer(turns, question, pos):
    """Class: "which … comes first / is last in that list" after a list of names in the report's order."""
    before, ans = converse(A, turns, question)
    assert len(before.items) > 1 and ans.route == "tool" and ans.value == before.items[pos], ans.reading
