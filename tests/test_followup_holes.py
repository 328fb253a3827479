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
