"""Golden table: the abbreviations of several industries asked at once are Figure 1's rows of those industries,
each shown with its abbreviation (derived from the table, never written here). Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

SEVERAL = [
    ("abbreviations for blue growth, logistics and medtech?",
     ["Blue Growth Industries", "Logistical Services", "Medical Devices"]),
    ("how are creative industries and digital industries abbreviated", ["Creative Industries", "Digital Industries"]),
    ("what short forms does figure 1 use for pharma and packaging", ["Biopharmaceuticals", "Advanced Packaging"]),
]


@pytest.mark.parametrize("question,names", SEVERAL)
def test_abbreviations_of_several_industries(question, names):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert [s.tool for s in plan.steps] == ["list_items", "restrict"] and plan.steps[1].args["names"] == names


def test_each_industry_is_shown_with_its_abbreviation():
    import tools
    from assistant.render import tool_answer

    table = tools.list_items("industries")
    kept = tools.restrict(table, {"Creative Industries", "Digital Industries"})
    text = tool_answer(kept).answer
    for row in table.rows:
        shown = f"- {row['name']} ({row['abbreviation']})"
        assert (shown in text) == (row["name"] in kept.items)
