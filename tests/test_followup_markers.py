"""Discourse markers at the start of a turn, read as a vocabulary: a marker that starts a new subject ("unrelated:",
"new q -", "and separately,") makes the rest a new question that inherits nothing; a correction ("no, I meant …",
"sorry, I meant …") makes the rest a follow-up that changes the previous question; a filler ("hmm", "ok so")
is no word of the question. Wordings here are this file's own, not the tuning sets'."""

import pytest
from conversation import converse

from assistant import Assistant
from assistant.understand.followup import opening

A = Assistant.load()


def _after(turns, question):
    """The answer to ``question`` asked after ``turns`` in one conversation."""
    cid = f"mk-{abs(hash((tuple(turns), question)))}"
    for t in turns:
        A.ask(t, conversation_id=cid)
    return A.ask(question, conversation_id=cid)


@pytest.mark.parametrize("question,rest,kind", [
    # new subject: marker, then punctuation or a question word
    ("new q: which countries are in central eastern europe", "which countries are in central eastern europe", "switch"),
    ("and separately, what does the report say about clusters in asia", "what does the report say about clusters in asia",
     "switch"),
    ("On a different note - which industries shape big data upstream", "which industries shape big data upstream",
     "switch"),
    ("changing the subject: how many parameters are there", "how many parameters are there", "switch"),
    ("never mind that. which trends drive biopharma", "which trends drive biopharma", "switch"),
    ("ok, different topic — what is an aosi", "what is an aosi", "switch"),
    ("one more thing, unrelated: where is figure 9", "where is figure 9", "switch"),
    ("leaving that aside, which region is malta in", "which region is malta in", "switch"),
    ("Unrelated question how many mega trends are there", "how many mega trends are there", "switch"),
    # thanks or praise for the answer before, then the marker: still a new subject
    ("thank you! changing the subject: where is figure 9", "where is figure 9", "switch"),
    ("cheers - something else: which region is malta in", "which region is malta in", "switch"),
    ("great, thx. new q: how many parameters are there", "how many parameters are there", "switch"),
    # a correction of the previous question
    ("no sorry, i meant downstream", "downstream", "correction"),
    ("sorry i meant the business matrix", "the business matrix", "correction"),
    ("actually I meant r&d", "r&d", "correction"),
    ("no wait - i meant medtech", "medtech", "correction"),
    ("my mistake, i meant upstream, which trends does it push", "upstream, which trends does it push", "correction"),
    ("correction: for northern europe", "for northern europe", "correction"),
    # fillers only
    ("hmm and with southwest europe", "and with southwest europe", None),
    ("um, so which of them is strongest", "so which of them is strongest", None),
    ("list those please", "list those", None),
    ("perfect, and for business?", "and for business?", None),
    # no marker: the words are the question
    ("great growth opportunities where?", "great growth opportunities where?", None),
    ("thanks to which trends does logistics grow", "thanks to which trends does logistics grow", None),
    ("unrelated industries in figure 3?", "unrelated industries in figure 3?", None),
    ("which new trends shape logistics", "which new trends shape logistics", None),
    ("separately for r&d and business?", "separately for r&d and business?", None),
    ("no industry has it?", "no industry has it?", None),
    ("and another one?", "and another one?", None),
])
def test_openings(question, rest, kind):
    assert opening(question) == (rest, kind)


@pytest.mark.parametrize("turns,question,tool,args", [
    # the marker's rest is read alone: its hole is not filled from the conversation
    (["which trends shape medtech downstream"], "separate question - which countries form northern europe",
     "countries_in", {"region": "Northern Europe"}),
    (["what is the r&d grade between northern europe and southwest europe"],
     "new topic, which industries does carbon footprint reduction hit downstream", "industries_for_trend",
     {"trend": "Carbon foot-print reduction", "direction": "downstream"}),
])
def test_a_new_subject_inherits_nothing(turns, question, tool, args):
    ans = _after(turns, question)
    assert ans.tool == tool and ans.inherited is None, (ans.tool, ans.args, ans.inherited)
    assert all(ans.args.get(k) == v for k, v in args.items()), ans.args


@pytest.mark.parametrize("turns,question,figure", [
    (["which trends hit medtech downstream", "cheers. switching subjects - what page holds the business cooperation matrix"],
     "and the r&d one?", "13"),
    (["which region is malta in", "thank you! new topic: on which page is the downstream trend matrix"],
     "and the upstream one?", "4"),
])
def test_a_figure_looked_up_after_thanks_and_a_new_subject_is_the_subject_of_the_next_turn(turns, question, figure):
    """Class: thanks before a subject switch are no part of the question: the look-up after them is read as asked,
    and "and the other one?" next reaches the sibling figure."""
    ans = _after(turns, question)
    assert ans.route != "refuse" and ans.citations and ans.citations[0].figure == figure, ans.reading


def test_a_new_subject_with_a_hole_asks_back_instead_of_inheriting():
    cid = "mk-hole"
    A.ask("which trends does logistics push upstream", conversation_id=cid)
    ans = A.ask("different question: and downstream?", conversation_id=cid)
    assert ans.route == "refuse" and ans.reason == "clarify" and not ans.sure


@pytest.mark.parametrize("turns,question,tool,args", [
    (["which trends shape medtech downstream"], "no sorry, i meant upstream", "trends_for_industry",
     {"industry": "Medical Devices", "direction": "upstream"}),
    (["which industries does big data hit downstream"], "sorry i meant upstream, which industries push that trend",
     "industries_for_trend", {"trend": "Big data", "direction": "upstream"}),
    (["what is the business grade between northern europe and southwest europe"], "no, i meant r&d",
     "cooperation_grade", {"region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "rd"}),
    (["which trends shape logistics downstream"], "actually i meant packaging", "trends_for_industry",
     {"industry": "Advanced Packaging", "direction": "downstream"}),
])
def test_a_correction_changes_the_previous_question(turns, question, tool, args):
    ans = _after(turns, question)
    assert ans.tool == tool, (ans.route, ans.reading)
    assert all(ans.args.get(k) == v for k, v in args.items()), ans.args
    assert ans.inherited, ans.reading  # it says what it took from the turn before


def test_a_correction_with_nothing_before_it_is_not_answered_as_sure():
    ans = A.ask("no, i meant upstream")
    assert not ans.sure


@pytest.mark.parametrize("turns,question,tool,args", [
    (["which sub-trends of logistics are very strong for information sharing"],
     "which industries have no aosi in figure 5", "rank_matrix", {"entity": "industry", "direction": "aosi"}),
    (["what is the r&d grade between northern europe and southwest europe"],
     "which mega trends shape no industry downstream", "rank_matrix", {"entity": "trend", "direction": "downstream"}),
])
def test_a_question_over_a_whole_figure_with_no_sign_of_leaning_takes_no_names(turns, question, tool, args):
    ans = _after(turns, question)
    assert ans.tool == tool and ans.inherited is None, (ans.tool, ans.args, ans.inherited)
    assert all(ans.args.get(k) == v for k, v in args.items()), ans.args


@pytest.mark.parametrize("question", [
    "which industries push big data upstream, not the other way round",
    "which industries drive carbon footprint reduction upstream and not vice versa",
    "what is the R&D grade from northern europe to southwest europe - not the reverse",
])
def test_not_the_other_way_round_confirms_the_direction_said(question):
    """Class: a closing "not the other way round" is read as no negation: the same answer as without it."""
    own, _ = opening(question)
    assert "round" not in own and "vice versa" not in own and "reverse" not in own
    plain, ans = A.ask(own), A.ask(question)
    assert ans.route == "tool" and ans.sure and ans.items == plain.items and ans.value == plain.value, ans.reading


@pytest.mark.parametrize("turns,question", [
    (["which trends shape logistics downstream"], "page?"),
    (["which regions does northern europe cooperate with in r&d"], "which fig is that on"),
    (["which sub-trends does figure 6 list for blue growth under carbon footprint"], "what page is it on?"),
    (["which regions does southwest europe cooperate with on business"], "pg nr?"),
])
def test_a_source_question_about_the_last_answer_recalls_its_sources(turns, question):
    """"page?", "which fig is that on": where the last answer came from — never a refusal of one foreign word."""
    before, ans = converse(A, turns, question)
    assert before.citations and ans.reason == "recall", ans.reading
    assert {(c.figure, c.page) for c in ans.citations} == {(c.figure, c.page) for c in before.citations}
