"""Golden table: regions written as the initials the vocabulary derives from their names — the compass part of
"NW Europe" alone ("SW") typed in capitals, and in lower case a three-letter form ("cwe", when the report never uses
it as a word) or a compass part joined to another region ("between sw and cee", "nw/cwe"). An English word ("see")
or initials standing alone in lower case are no region (tests/test_grades_printed.py). Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.spot import spot
from assistant.understand import read


def _regions(question):
    return [m.canonical for m in spot(question) if m.kind == "region"]


@pytest.mark.parametrize("question,regions", [
    ("business ties between sw and cee?", ["Southwest Europe", "Central Eastern Europe"]),
    ("nw/cwe r&d grade", ["Northwest Europe", "Central Western Europe"]),
    ("How does SE rate CEE on business", ["Southeast Europe", "Central Eastern Europe"]),
    ("how do cwe and nwe clusters rate each other on business", ["Central Western Europe", "Northwest Europe"]),
    ("which partners does NW have in r&d", ["Northwest Europe"]),
])
def test_initials_are_regions(question, regions):
    assert _regions(question) == regions


@pytest.mark.parametrize("question", ["i see the table on page 40", "what does se asia look like",
                                      "so nw is the odd one out"])
def test_a_word_or_a_lone_lower_case_compass_part_is_no_region(question):
    assert not [r for r in _regions(question) if r.endswith("Europe")]


@pytest.mark.parametrize("question,a,b,kind", [
    ("business ties between sw and cee?", "Southwest Europe", "Central Eastern Europe", "business"),
    ("nw/cwe r&d grade", "Northwest Europe", "Central Western Europe", "rd"),
])
def test_a_pair_of_initials_reads_the_pairs_grade(question, a, b, kind):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [(s.tool, s.args) for s in plan.steps] == [("cooperation_grade", {"region_a": a, "region_b": b, "kind": kind})]
