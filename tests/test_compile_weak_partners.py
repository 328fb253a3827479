"""Golden table: "who does X work with" when none of X's partners reaches the floor no one asked for ("o") lists
every partner with its weaker grade, never "none"; a floor the question says, or a yes/no, keeps its own answer.
The expectation is computed from the tools for every region of both figures, never written here."""

import pytest

import tools
from assistant.compile import compile_frame
from assistant.execute import execute
from assistant.plan import ToolPlan
from assistant.understand import read

WORDINGS = ["who does {r} work with on {k}", "{r}: {k} partners?", "which regions are {r}'s partners in {k}"]
KIND_WORDS = {"rd": "r&d", "business": "business"}


def matrix_regions(kind: str) -> list[str]:
    """The European regions the cooperation figures grade (Figure 10's European ones)."""
    return list(tools.list_items("european_regions").items)


@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize("kind", ["rd", "business"])
def test_no_partner_at_the_default_floor_lists_the_weaker_ones(wording, kind):
    for region in matrix_regions(kind):
        plan = compile_frame(read(wording.format(r=region.lower(), k=KIND_WORDS[kind])))
        assert isinstance(plan, ToolPlan), (region, plan)
        got = execute(plan)
        floor = tools.partners(region, kind, min_grade="o")
        want = floor.items or tools.partners(region, kind, min_grade="-").items
        assert got.items == want, (region, kind)


def test_a_floor_said_keeps_its_empty_answer():
    kind = "rd"
    empty = [r for r in matrix_regions(kind) if not tools.partners(r, kind, min_grade="+").items]
    assert empty, "no region without a strong R&D partner: pick another floor"
    got = execute(compile_frame(read(f"which regions does {empty[0].lower()} have strong r&d ties with")))
    assert got.items == []


@pytest.mark.parametrize("question,kind,grade,n,op", [
    ("in the business matrix which region scores ++ with two partners", "business", "++", 2, "=="),
    ("which region has three partners rated + or better in r&d", "rd", "+", 3, "=="),
    ("which regions have at least two very strong r&d partners", "rd", "++", 2, ">=")])
def test_a_count_of_partners_said_picks_the_regions_with_that_count(question, kind, grade, n, op):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan) and plan.steps[-1].tool == "_rows_counted", plan
    got = execute(plan)
    every = tools.rank_regions(kind, grade).rows
    want = [r["region"] for r in every if (r["count"] == n if op == "==" else r["count"] >= n)]
    assert got.items == want
