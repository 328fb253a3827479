"""Class: "why?" after a table answer that names no region in its question ("which region is weakest on R&D") but
answers with one region, or with region pairs most of which share one: the reason is read from the text on that
region's own figure, and the answer says which region it took. Wordings here are this file's own."""

import pytest
from conftest_followups import assistant_fixture, index_dir  # noqa: F401 - shared fixtures
from conversation import converse

from assistant.figure_text import common_region
from retrieval import vocab
from retrieval.figrefs import by_region


def _regions() -> list[str]:
    from assistant.spot import spot  # the report's region names, canonical, from its own vocabulary

    return sorted({m.canonical for n in vocab.names_of("region") for m in spot(n) if m.kind == "region"})


def test_the_region_most_pairs_share_is_the_subject():
    a, b, c, d = _regions()[:4]
    assert common_region([(a, b), (a, c), (d, a), (b, c)]) == {a}


def test_a_tie_or_no_pairs_gives_no_subject():
    a, b, c, d = _regions()[:4]
    assert common_region([(a, b), (c, d)]) == frozenset()
    assert common_region([a, b]) == frozenset()
    assert common_region(["not a region"]) == frozenset()


def test_one_region_answered_is_the_subject():
    a = _regions()[0]
    assert common_region([a]) == {a}


@pytest.mark.parametrize("turns,question", [
    (["which region is the weakest r&d partner overall"], "and why would that be"),
    (["name the region with the weakest R&D ties"], "what explains that?"),
    (["which regions cooperate most strongly on R&D"], "how come?"),
])
def test_why_after_a_region_answer_quotes_that_regions_figure_text(assistant, turns, question):
    before, ans = converse(assistant, turns, question)
    assert before.route == "tool" and ans.route == "retrieval" and not ans.sure, ans.answer
    region = next(iter(common_region(before.items)))
    assert f"taken from the answer before: {region}" in ans.answer
    own = by_region(turns[0], frozenset([region]))  # the region's own figure of that kind of cooperation
    assert own & {c.figure for c in ans.citations if c.figure}, ans.citations
