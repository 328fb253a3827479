"""A two-part message: each figure of the answer (count, yes/no, entries) comes from the part that asks for it, a
yes/no a table answers only with a list is unsure, and a word that asks nothing is no part of its own."""

import pytest

from assistant import Assistant
from assistant.askparts import parts
from assistant.partasks import asks
from assistant.understand.clauses import Part

A = Assistant.load()


@pytest.mark.parametrize(("text", "kind"), [
    ("and how many of them are there", "count"), ("but is big data one of them", "yesno"),
    ("which one is left out", "one"), ("and what is the exception", "one"), ("which sub-trends", "list"),
    ("so does it also push it upstream", "yesno")])
def test_what_a_part_asks_is_read_from_its_question_word(text, kind):
    assert asks(Part(text)) == kind


@pytest.mark.parametrize(("message", "counted", "listed"), [
    ("how many mega trends shape mobility technologies downstream, and which are the ones left out?",
     "how many mega trends shape mobility technologies downstream?",
     "which mega trends do not shape mobility technologies downstream?"),
    ("Is Poland in Central Eastern Europe, and how many countries does that region have?",
     "how many countries does Central Eastern Europe have?", "Is Poland in Central Eastern Europe?"),
])
def test_the_count_comes_from_the_part_that_asks_how_many(message, counted, listed):
    ans, count, other = A.ask(message), A.ask(counted), A.ask(listed)
    assert ans.reading.startswith("2 questions in one") and count.count is not None
    assert ans.count == count.count and ans.count != len(other.items) or ans.count == len(other.items) == count.count
    assert ans.value == other.value


def test_the_yes_or_no_comes_from_the_part_that_asks_it_and_the_list_from_the_other():
    ans = A.ask("which trends does logistics push upstream, and is big data one of them?")
    listed = A.ask("which trends does logistics push upstream?")
    yes = A.ask("does logistics push big data upstream?")
    assert ans.items == listed.items and ans.value == yes.value and ans.value in ("yes", "no")


@pytest.mark.parametrize(("message", "question"), [
    ("ok, and which sub-trends does blue growth have?", "which sub-trends does blue growth have?"),
    ("right and how strong is R&D cooperation between Northern Europe and Southwest Europe",
     "how strong is R&D cooperation between Northern Europe and Southwest Europe"),
    ("well, and what does the upstream matrix mark for creative industries",
     "what does the upstream matrix mark for creative industries")])
def test_a_word_that_only_takes_the_turn_is_no_question_of_its_own(message, question):
    assert len(parts(message)) == 1
    ans, alone = A.ask(message), A.ask(question)
    assert ans.route == "tool" and (ans.reading, ans.items, ans.value) == (alone.reading, alone.items, alone.value)


@pytest.mark.parametrize(("message", "subject"), [
    ("what about biopharmaceuticals - which trends shape it downstream and which does it push upstream?",
     "Biopharmaceuticals"),
    ("how about Hungary: which region is it in, and who are that region's R&D partners?", "Hungary"),
    ("and for digital industries, which trends hit them downstream, and how many are AOSIs", "Digital Industries")])
def test_a_lead_in_that_only_names_the_subject_is_the_context_of_the_next_part(message, subject):
    split = parts(message)
    assert len(split) == 2 and not split[0].text.lower().rstrip(" ,-").endswith(subject.lower())
    ans = A.ask(message)
    assert ans.reading.count("not answered") == 0 and subject in ans.reading


def test_a_yes_or_no_part_answered_only_by_a_list_makes_the_answer_unsure():
    from assistant.answer import Answer
    from assistant.multipart import combine

    split = (Part("which partners does Poland have in R&D"), Part("and are they all in Europe"))
    table = Answer(route="tool", answer="list", items=["x", "y"], tool="t", args={"region": "r"}, reading="r1")
    listed = Answer(route="tool", answer="list again", items=["x", "y"], tool="t2", args={"region": "r"},
                    reading="r2")
    ans = combine(split, [table, listed])
    assert not ans.sure and "the yes or no asked" in ans.reading


@pytest.mark.parametrize("message", [
    "who are Southwest Europe's business partners, and what explains that pattern?",
    "which sub-trends does mobility technologies have, and what should cluster managers there do about them?",
    "Which region is Latvia in, and what does the report say about cooperation there?"])
def test_a_passage_part_beside_a_table_part_is_shown_with_its_passages_and_unsure(message):
    ans = A.ask(message)
    assert ans.route == "tool" and ans.reading.startswith("2 questions in one") and "(2) not sure:" in ans.reading
    assert ans.passages and not ans.sure and "could not answer" not in ans.answer
    assert {p.get("section") for p in ans.passages} & {c.section for c in ans.citations}


def test_an_unsure_passage_is_no_answer_to_a_yes_or_no_part():
    from assistant.answer import Answer
    from assistant.multipart import combine

    split = (Part("which sub-trends does logistics have"), Part("and are they all about sensors"))
    table = Answer(route="tool", answer="list", items=["x", "y"], tool="t", args={"industry": "i"}, reading="r1")
    search = Answer(route="retrieval", answer="some passage", sure=False, reading="r2")
    ans = combine(split, [table, search])
    assert not ans.sure and "(2) not answered" in ans.reading and "some passage" not in ans.answer


@pytest.mark.parametrize(("message", "alone"), [
    ("is personalisation an AOSI for packaging, and what sub-trends sit under it?",
     "which sub-trends are listed for personalisation in advanced packaging?"),
    ("does social media form an area of strong interdependency with creative industries, and what are the "
     "sub-trends there?", "which sub-trends are listed for impact of social media in creative industries?"),
    ("Is big data an AOSI for digital industries, and which sub-trends come under that?",
     "which sub-trends are listed for big data in digital industries?")])
def test_a_part_pointing_back_is_answered_on_the_subject_the_part_before_it_named(message, alone):
    ans, single = A.ask(message), A.ask(alone)
    assert ans.items == single.items and ans.value == A.ask(message.split(", and")[0] + "?").value
    assert "Figure 6" in ans.reading and ans.reading.startswith("2 questions in one")
