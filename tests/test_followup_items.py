"""Follow-ups over the previous ANSWER: its items are the set the new step runs on ("list them", "how many is
that", "of those which …", "which of them …"). Wordings here are this file's own, not the tuning sets'."""

import pytest

from assistant import Assistant

A = Assistant.load()


def _ask(turns, question):
    cid = f"it-{abs(hash((tuple(turns), question)))}"
    for t in turns:
        A.ask(t, conversation_id=cid)
    return A.ask(question, conversation_id=cid), A.ask(turns[-1])


@pytest.mark.parametrize("turns,question", [
    (["which countries are in central eastern europe"], "how many is that"),
    (["which trends does logistics push upstream"], "name them please"),
    (["which industries does carbon footprint reduction hit downstream"], "show me those again"),
    (["what are the value chain parameters"], "so how many parameters is that"),
    (["which regions does northern europe cooperate with in r&d"], "list them pls"),
])
def test_pointing_at_the_last_answer_gives_it_again(turns, question):
    ans, before = _ask(turns, question)
    assert ans.route == "tool" and ans.tool == before.tool and ans.args == before.args, (ans.route, ans.reading)
    assert ans.items == before.items and ans.sure


@pytest.mark.parametrize("turns,question", [
    (["which trends shape biopharma downstream"], "is that the same list as for medtech?"),
    (["how many industries are in an aosi with personalisation"], "would i get the same count from figure 3"),
    (["which regions does southwest europe cooperate with in business"],
     "the report calls those links weak - does figure 16 agree?"),
    (["which mega trends does creative industries shape upstream"], "are those the same ones that shape it downstream"),
    (["which regions does northern europe cooperate with in r&d"], "is business any stronger than that"),
    ([], "the text says logistics has the most AOSIs; does figure 5 back that up"),
])
def test_a_check_against_something_else_is_never_a_sure_lookup(turns, question):
    """Yes/no checks against the previous turn, another figure or the text: compiled as a comparison, or unsure."""
    ans = _ask(turns, question)[0] if turns else A.ask(question)
    assert ans.route == "refuse" or not ans.sure, (ans.tool, ans.reading)


@pytest.mark.parametrize("question", [
    "which region has more than 5 countries", "is that also true for medtech", "which industries share the most trends",
    "how many trends are there", "which regions does northern europe work with more than any other",
])
def test_no_check_is_read_where_none_is_made(question):
    from assistant.understand import read
    from assistant.understand.check import check

    assert check(read(question).text) is None


def test_of_those_which_ones_asks_for_the_last_answers_kind_whatever_noun_follows():
    import tools

    ans, before = _ask(["which industries does carbon footprint reduction shape downstream"],
                       "of those, which ones are not shaped by any trend upstream")
    zero = {i for i in before.items if tools.trends_for_industry(i, "upstream").count == 0}
    assert ans.route == "tool" and set(ans.items) == zero and "4" in {c.figure for c in ans.citations}, ans.reading


def test_a_ranking_over_every_name_of_a_kind_is_the_figures_ranking():
    import tools

    ans, _ = _ask(["list the value chain parameters"], "of these which one gets the most double ticks")
    assert ans.value == tools.parameter_ranking(grade="✓✓", at_least=False).items[0] and ans.sure


def test_it_after_a_ranking_is_the_name_the_ranking_gave():
    ans, before = _ask(["which industry has the most aosis"], "which trends does it push upstream")
    assert before.value and ans.inherited == before.value, ans.reading
    assert ans.tool == "trends_for_industry" and ans.args == {"industry": before.value, "direction": "upstream"}


def test_the_other_end_of_a_ranking_said_with_a_grade_word():
    ans, before = _ask(["who is southwest europe's strongest business partner"], "and the weakest?")
    assert ans.tool == before.tool == "partners" and ans.args["region"] == "Southwest Europe"
    assert "weakest" in ans.reading and set(ans.items) != set(before.items)


def test_which_ones_with_a_subject_of_its_own_is_a_guess_with_the_other_reading_offered():
    ans, _ = _ask(["which mega trends shape medtech downstream"], "which ones does medtech push back on")
    assert not ans.sure and ans.alternatives and "mega trends" in ans.alternatives[0].question


def test_a_word_of_a_name_the_question_says_does_not_pick_an_item_of_the_last_answer():
    ans, _ = _ask(["the sub-trends of impact of social media for creative industries"],
                  "which of them are very strong on business relationships")
    assert ans.tool == "subtrends_at_grade" and ans.args["industry"] == "Creative Industries", ans.reading


@pytest.mark.parametrize("turns,question,entity,direction", [
    (["which industry is hit by the fewest trends upstream"], "and which are hit by none", "industry", "upstream"),
    (["which mega trend is in the most areas of strong interdependency"], "and which ones are in none at all",
     "trend", "aosi"),
])
def test_a_count_of_its_own_after_a_question_over_a_whole_figure_asks_that_figure_again(turns, question, entity,
                                                                                      direction):
    import tools

    ans, _ = _ask(turns, question)
    every = tools.list_items("industries" if entity == "industry" else "mega_trends").items
    count = tools.trends_for_industry if entity == "industry" else tools.industries_for_trend
    assert ans.tool == "rank_matrix" and ans.args["entity"] == entity and ans.args["direction"] == direction
    assert set(ans.items) == {n for n in every if count(n, direction).count == 0}, ans.reading


def test_a_grade_of_its_own_after_a_figure_7_question_is_not_refused():
    ans, _ = _ask(["which value chain parameters are very strong for e-commerce in logistics"],
                  "and which have only one tick?")
    assert ans.route == "tool" and "7" in {c.figure for c in ans.citations}, ans.reading


@pytest.mark.parametrize("question", [
    "and their business partners graded at least medium",
    "what are its strongest r&d links",
    "which trends do they push upstream",
])
def test_a_pronoun_nothing_said_before_stands_for_is_never_answered_as_sure(question):
    ans = A.ask(question)
    assert ans.route == "refuse" or not ans.sure, ans.reading


@pytest.mark.parametrize("question,recall", [
    ("which page is that from", True), ("what section is this", True), ("which figure was it in?", True),
    ("what page does it start on", True), ("which figure shows that spectrum", False),
    ("which section covers that topic", False), ("what figure has this ranking", False),
])
def test_the_sources_of_the_last_answer_are_asked_with_that_alone_not_that_thing(question, recall):
    from assistant.cues import RECALL

    assert bool(RECALL.search(question)) is recall


def test_both_of_them_with_one_name_to_hand_is_never_answered_as_sure():
    ans, _ = _ask(["which trends shape creative industries downstream"], "is there a trend both of them push upstream")
    assert ans.route == "refuse" or not ans.sure, ans.reading


@pytest.mark.parametrize("question,intent,page", [
    ("where's its weakest r&d link", "rank", False),
    ("and where is medtech strongest in the value chain", "rank", False),
    ("where are northern europe's closest business partners", "rank", False),
    ("where does the report show the strongest links", "locate", True),
    ("where is figure 13", "locate", True),
])
def test_where_asking_which_ranks_first_is_no_place_in_the_report(question, intent, page):
    from assistant.understand import read

    f = read(question)
    assert (f.intent, f.page) == (intent, page)


@pytest.mark.parametrize("question", ["sub trends for big data in digital industries", "which sub trend is it"])
def test_sub_trends_spelled_apart_are_sub_trends(question):
    from assistant.understand import read

    assert read(question).focus == "subtrends"


@pytest.mark.parametrize("turns,question,count", [
    (["how many trends shape biopharma upstream", "and medtech?"], "which of the two has more",
     lambda n: A.ask(f"which trends does {n} shape upstream").count),
    (["which industries does big data hit downstream", "and carbon footprint reduction?"], "which one hits fewer",
     lambda n: A.ask(f"which industries does {n} hit downstream").count),
])
def test_which_one_leads_compares_the_two_names_asked_in_turn(turns, question, count):
    ans, _ = _ask(turns, question)
    names = ans.rows and [r.get("name") for r in ans.rows]
    assert ans.route == "tool" and len(names) == 2, ans.reading
    counts = [count(n) for n in names]
    fewer = "fewer" in question
    want = names[counts.index(min(counts) if fewer else max(counts))] if len(set(counts)) == 2 else "tie"
    assert ans.value == want, (ans.reading, counts)


def test_which_one_has_the_most_among_a_few_items_compares_those_items():
    ans, before = _ask(["which industries does carbon footprint reduction push downstream"],
                       "which one has the most aosis")
    names = [r.get("name") for r in ans.rows]
    assert ans.route == "tool" and set(names) == set(before.items), ans.reading  # the items, not the whole figure
    counts = {n: A.ask(f"which trends are in an aosi with {n}").count for n in names}
    top = [n for n, c in counts.items() if c == max(counts.values())]
    assert ans.value == (top[0] if len(top) == 1 else "tie"), (ans.reading, counts)


@pytest.mark.parametrize("question,rel", [
    ("where is enhancing traceability strongest", "crossover"),
    ("how strong is e-commerce for logistics", "crossover"),
    ("and for urban mining, where is it weakest?", "crossover"),
    ("which industries list e-commerce as a sub-trend", "subtrends"),
    ("which mega trend does urban mining come from", "subtrends"),
])
def test_a_sub_trend_with_a_grade_word_is_read_on_figure_7(question, rel):
    from assistant.understand import read

    assert read(question).relation == rel


@pytest.mark.parametrize("question", [
    "how do those clusters internationalise", "what does the report recommend for them",
    "which barriers do these face, according to the text",
    "how do those clusters work with central western europe, in the text",  # a name of its own beside it
])
def test_a_reference_the_search_did_not_resolve_is_never_a_sure_passage(question):
    ans, _ = _ask(["what is the r&d grade between northern europe and southwest europe"], question)
    assert ans.route == "refuse" or not ans.sure, ans.reading


@pytest.mark.parametrize("turns,question,sure", [
    (["what is the business grade between northern europe and southwest europe"],
     "which countries does that region include", False),
    (["which trends shape logistics and medtech downstream"], "and what does it push upstream", False),
    (["which region is norway in"], "which countries are in it", True),  # one name: nothing to choose between
])
def test_one_of_two_names_taken_for_it_is_said_and_unsure(turns, question, sure):
    ans, _ = _ask(turns, question)
    assert ans.route == "tool", ans.reading
    if not sure:
        assert not ans.sure and "the turn before also named" in ans.reading
    else:
        assert "the turn before also named" not in ans.reading


@pytest.mark.parametrize("turn,question", [
    ("where is estonia in the region table", "how does that area do on research with central western europe"),
    ("which trends shape logistics downstream", "why does that industry react so strongly, in the text"),
])
def test_that_and_a_kind_of_name_unread_by_the_search_is_never_a_sure_passage_even_beside_a_name(turn, question):
    ans, _ = _ask([turn], question)
    assert ans.route == "refuse" or not ans.sure, ans.reading


def test_that_and_a_kind_the_plan_never_reads_is_unbound():
    from assistant.doubts import _kind_unbound
    from assistant.plan import Step, ToolPlan

    by_industry = ToolPlan((Step("trends_for_industry", {"industry": "I1", "direction": "aosi"}),))
    assert _kind_unbound(["that trend"], by_industry)
    assert not _kind_unbound(["that industry"], by_industry)
    assert not _kind_unbound(["this sector"], by_industry)
    assert _kind_unbound(["that area"], by_industry)
    assert not _kind_unbound(["it"], by_industry)


def test_count_as_is_qualifying_not_counting():
    from assistant.understand import read

    assert read("does medtech count as an aosi for personalisation").intent == "yesno"
    assert read("how many aosis does logistics count").intent == "count"


@pytest.mark.parametrize("turn,question", [
    ("which industries are affected upstream by changes in entrepreneurship culture",
     "does either of them qualify as an aosi for that trend"),
    ("which trends does medtech feel downstream", "which of those rank highest for logistics too"),
])
def test_an_unread_verb_about_the_last_answers_names_is_answered_unsure_not_refused(turn, question):
    ans, _ = _ask([turn], question)
    assert ans.route == "tool" and not ans.sure, (ans.route, ans.reading)
