"""Golden table: "how many does X hit, and which ones does it miss / which one doesn't touch it" — the second part
is the rest of the figure (every name of that side minus the counted ones), never the counted list kept to itself
(empty by construction) given as sure. Wordings are our own; the expected names are computed from the tools."""

import pytest

import tools
from assistant import Assistant

A = Assistant.load()

REST = [
    ("how many industries does personalisation influence, and which ones does it miss",
     "industries", lambda: tools.industries_for_trend("Personalisation of products & services", "downstream")),
    ("how many trends hit medical devices downstream and which ones don't",
     "mega_trends", lambda: tools.trends_for_industry("Medical Devices", "downstream")),
    ("blue growth is pushed upstream by how many megatrends, and which ones skip it",
     "mega_trends", lambda: tools.trends_for_industry("Blue Growth Industries", "upstream")),
]


@pytest.mark.parametrize("question,everything,counted", REST)
def test_the_second_part_is_the_rest_of_the_figure(question, everything, counted):
    ans = A.ask(question)
    rest = [n for n in tools.list_items(everything).items if n not in counted().items]
    assert rest and sorted(ans.items) == sorted(rest), ans.reading
