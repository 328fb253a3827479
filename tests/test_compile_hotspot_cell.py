"""Golden table: a hot-spot (a trend × industry cell of Figure 6) asked of one impact matrix by its side ("the
geo-economic hot spot for logistics - is it marked upstream") is that cell in that matrix, not its sub-trends.
Wordings are our own."""

import pytest

from assistant.compile import compile_frame
from assistant.plan import ToolPlan
from assistant.understand import read

CELLS = [
    ("is the big data hot-spot of medical devices marked downstream", "Big data", "Medical Devices", "downstream"),
    ("the personalisation hotspot for packaging: does it show up in the upstream matrix",
     "Personalisation of products & services", "Advanced Packaging", "upstream"),
    ("is the social media hot spot of digital industries also marked upstream",
     "Impact of social media", "Digital Industries", "upstream"),
]


@pytest.mark.parametrize("question,trend,industry,direction", CELLS)
def test_a_hotspot_asked_of_one_matrix_is_its_cell(question, trend, industry, direction):
    plan = compile_frame(read(question))
    assert isinstance(plan, ToolPlan), read(question)
    assert plan.steps[0].tool == "matrix_cell", plan
    assert plan.steps[0].args == {"trend": trend, "industry": industry, "direction": direction}


def test_a_hotspot_asked_for_its_subtrends_stays_figure_6():
    plan = compile_frame(read("which sub-trends does the social media hot spot of logistics list"))
    assert isinstance(plan, ToolPlan) and plan.steps[0].tool == "subtrends_for"
