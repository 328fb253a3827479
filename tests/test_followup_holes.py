"""Follow-ups as frames with holes, filled from the turn before: the sub-trends of the last answer as the set an
"of those" question runs on, a pronoun beside the question's own names, the other side of a pair, a grade or a
figure said alone. Wordings here are this file's own, not the tuning sets'; expectations come from the tools."""

import pytest

import tools
from assistant import Assistant
from assistant.state import State

A = Assistant.load()


def _ask(turns, question):
    state = State()
    before = [A.ask(t, state=state) for t in turns]
    return A.ask(question, state=state), before


@pytest.mark.parametrize("turns,question,parameter", [
    (["which medtech sub-trends are very strong on information sharing"],
     "of those, which also get a tick for business process orientation", "Business process orientation"),
    (["which logistics sub-trends have a double tick for customer service orientation"],
     "which of these are also strong in information sharing", "Information sharing"),
    (["which sub-trends of environmental industries score very strong on agile implementation strategies"],
     "among those, which have any mark for virtual integration", "Virtual integration concepts"),
])
def test_of_those_over_subtrends_stays_inside_the_last_answer(turns, question, parameter):
    """Class: "of those" after a list of sub-trends, with a Figure 7 filter of its own."""
    ans, (before,) = _ask(turns, question)
    industry = before.args["industry"]
    marked = set(tools.subtrends_at_grade(parameter, "✓", industry=industry).items)
    assert ans.route == "tool" and ans.sure, ans.reading
    assert set(ans.items) == set(before.items) & marked, (ans.items, ans.reading)


@pytest.mark.parametrize("turns,question,kind,other", [
    (["which region is poland in"], "how good is its business cooperation with northern europe", "business",
     "Northern Europe"),
    (["which countries belong to southwest europe"], "and what is that region's r&d grade with central western europe",
     "rd", "Central Western Europe"),
    (["which region does hungary belong to"], "rate its R&D ties with northwest europe", "rd", "Northwest Europe"),
])
def test_a_pronoun_beside_a_name_is_the_region_said_before(turns, question, kind, other):
    """Class: "its … with <region>": the pronoun is the other side of the pair, the region said last."""
    ans, (before,) = _ask(turns, question)
    region = before.value if before.tool == "region_of" else before.args["region"]
    assert ans.tool == "cooperation_grade" and {ans.args["region_a"], ans.args["region_b"]} == {region, other}
    assert ans.value == tools.cooperation_grade(region, other, kind).value and ans.args["kind"] == kind


@pytest.mark.parametrize("turns,question", [
    (["what is the r&d grade from northern europe to southwest europe"], "and vice versa?"),
    (["how intense is business cooperation between northwest europe and central eastern europe"],
     "what about the opposite direction"),
    (["which trends does medtech push upstream"], "and the other way?"),
])
def test_the_other_direction_turns_the_last_plan_round(turns, question):
    """Class: "the other direction" after a pair (its sides swapped) or a value-chain list (up <-> down)."""
    ans, (before,) = _ask(turns, question)
    a = before.args
    if "region_a" in a:
        assert (ans.args["region_a"], ans.args["region_b"]) == (a["region_b"], a["region_a"])
        assert ans.value == tools.cooperation_grade(a["region_b"], a["region_a"], a["kind"]).value
    else:
        assert ans.args["direction"] == {"upstream": "downstream", "downstream": "upstream"}[a["direction"]]
        assert ans.items == tools.trends_for_industry(a["industry"], ans.args["direction"]).items


@pytest.mark.parametrize("turns,question,weaker", [
    (["business cooperation northern europe with northwest europe?"], "which of the two kinds is weaker for them",
     True),
    (["how strong is r&d cooperation between southeast europe and central western europe"],
     "and which type of cooperation is higher for those two", False),
    (["r&d grade between central western europe and northern europe"], "so which kind is better there", False),
])
def test_which_kind_is_stronger_names_the_kind_for_the_last_pair(turns, question, weaker):
    """Class: the two kinds of cooperation compared for the pair of the turn before, no kind said."""
    ans, (before,) = _ask(turns, question)
    a, b = before.args["region_a"], before.args["region_b"]
    grades = {k: tools.grade_rank("cooperation", tools.cooperation_grade(a, b, k).value) for k in ("rd", "business")}
    words = {"rd": "R&D", "business": "business"}
    if grades["rd"] == grades["business"]:
        assert ans.value.startswith("neither")
    else:
        assert ans.value == words[(min if weaker else max)(grades, key=grades.get)], ans.reading
    assert ans.args["kind"] == "both"


@pytest.mark.parametrize("turns,question,grade", [
    (["which regions does northern europe cooperate with in r&d"], "of those, which are rated strong", "+"),
    (["who does southwest europe do business with"], "which of them are very strong", "++"),
    (["partners of central western europe for r&d"], "among those which are medium", "o"),
])
def test_a_grade_said_alone_filters_the_last_answer(turns, question, grade):
    """Class: "of those" with only a grade: the last question again at that grade, kept to its items."""
    ans, (before,) = _ask(turns, question)
    region, kind = before.args["region"], before.args["kind"]
    expect = [r for r in before.items if tools.cooperation_grade(region, r, kind).value == grade or
              grade == "+" and tools.cooperation_grade(region, r, kind).value == "++"]
    assert ans.route == "tool" and sorted(ans.items) == sorted(expect), ans.reading


@pytest.mark.parametrize("turns,question,kind", [
    (["what is figure 13?"], "which pairs are rated very strong there", "rd"),
    (["tell me about figure 16"], "and what grade does it give northern europe and southwest europe", "business"),
    (["what page is figure 16 on"], "which region pairs get ++ in it", "business"),
])
def test_there_and_it_after_a_figure_are_that_figure(turns, question, kind):
    """Class: "there"/"it" after a turn about one figure itself: that figure's relation."""
    ans, _ = _ask(turns, question)
    assert ans.route == "tool" and ans.args.get("kind") == kind, ans.reading


@pytest.mark.parametrize("turns,question,other,kind", [
    (["what region is portugal part of"], "which regions do clusters there work with in business", None, "business"),
    (["which region does finland belong to"], "how strong is r&d between clusters there and central western europe",
     "Central Western Europe", "rd"),
    (["which region is greece in"], "and what r&d grade do clusters there get with central eastern europe",
     "Central Eastern Europe", "rd"),
])
def test_there_after_a_region_answer_is_that_region(turns, question, other, kind):
    """Class: "there" after an answer that named one region: that region, not the country asked about."""
    ans, (before,) = _ask(turns, question)
    region = before.value
    if other is None:
        assert ans.tool == "partners" and ans.args["region"] == region and ans.args["kind"] == kind
    else:
        assert {ans.args["region_a"], ans.args["region_b"]} == {region, other}
        assert ans.value == tools.cooperation_grade(region, other, kind).value


@pytest.mark.parametrize("turns,question", [
    (["grade for cloud computing under business relationships"], "which industry has that sub-trend"),
    (["how strong is theranostics on information sharing"], "which industry is this sub-trend under"),
    (["is urban mining very strong on agile implementation strategies"], "and that sub-trend belongs to which industry"),
])
def test_that_kind_takes_only_the_name_of_that_kind(turns, question):
    """Class: "that sub-trend" after a turn with a sub-trend and a parameter: the sub-trend alone."""
    ans, (before,) = _ask(turns, question)
    sub = before.args["subtrend"]
    assert ans.route == "tool" and before.args["industry"] in ans.items, (ans.tool, ans.args, ans.reading)
    assert set(ans.items) <= set(tools.subtrend_industries(sub).items)


@pytest.mark.parametrize("turns,question,fewest", [
    (["how many mega trends shape medtech downstream", "and logistics?", "and creative industries?"],
     "which of them has the most", False),
    (["how many trends does blue growth push upstream", "and environmental industries?", "and advanced packaging?"],
     "which has fewer", True),
    (["how many megatrends hit digital industries downstream", "what about biopharma?", "and experience industries?",
      "and medtech?"], "so which one leads", False),
])
def test_which_one_leads_compares_every_name_asked_in_turn(turns, question, fewest):
    """Class: the same count asked of several names in turn, then "which leads": all of them compared."""
    ans, before = _ask(turns, question)
    counts = {b.args["industry"]: b.count for b in before}
    edge = (min if fewest else max)(counts.values())
    lead = sorted(n for n, c in counts.items() if c == edge)
    assert sorted(ans.items) == lead, ans.reading
    assert all(n in ans.reading for n in counts)


@pytest.mark.parametrize("turns,question,kind", [
    (["the r&d cooperation table"], "southwest europe with central eastern europe?", "rd"),
    (["show me the business cooperation matrix"], "how does northern europe do with northwest europe", "business"),
    (["the figure on business cooperation between regions"], "central western europe and southeast europe?",
     "business"),
])
def test_a_turn_naming_a_table_is_context_for_names_alone(turns, question, kind):
    """Class: a turn that names a figure's relation only (answered from the text), then two names alone."""
    ans, _ = _ask(turns, question)
    a, b = ans.args.get("region_a"), ans.args.get("region_b")
    assert ans.tool == "cooperation_grade" and ans.args["kind"] == kind, ans.reading
    assert ans.value == tools.cooperation_grade(a, b, kind).value


@pytest.mark.parametrize("turns,question,old,new", [
    (["r&d grade between northern europe and northwest europe"], "sorry, I meant central western europe, not northwest",
     "Northwest Europe", "Central Western Europe"),
    (["business grade southwest europe with southeast europe"], "no - central eastern europe rather than southeast",
     "Southeast Europe", "Central Eastern Europe"),
    (["how strong is r&d between central western europe and southwest europe"],
     "I meant northern europe instead of southwest europe", "Southwest Europe", "Northern Europe"),
])
def test_a_correction_replaces_the_name_it_says_not(turns, question, old, new):
    """Class: "X, not Y" after a pair: Y (said last turn) replaced by X, the kind of cooperation kept."""
    ans, (before,) = _ask(turns, question)
    pair = [new if r == old else r for r in (before.args["region_a"], before.args["region_b"])]
    assert [ans.args["region_a"], ans.args["region_b"]] == pair and ans.args["kind"] == before.args["kind"]
    assert ans.value == tools.cooperation_grade(*pair, before.args["kind"]).value
