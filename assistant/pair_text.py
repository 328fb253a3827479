"""The report's text on a pair of regions a table answer graded: "why so weak?" after "north america R&D with central
western european clusters — how strong?" is answered by the paragraph, among those that discuss one region's own
figure of that kind of cooperation, that names the other region ("From the perspective of Central Western European
clusters, Eastern Asia and North America may be accepted as difficult R&D markets …"). The figure is found from the
captions (assistant.figure_text), the paragraph by the region names the report itself writes in it: structural, for any
pair of regions and either kind of cooperation.
"""

from __future__ import annotations

import re

import corpus
from assistant.answer import Answer

PAIR = 2
# the paragraphs read after the one naming a figure, while none names another figure: its discussion
MAX_PARAGRAPHS = 4
# a figure named by its number ("Figure 13", "Fig. 13"), read by the discussions of a figure here and in
# assistant.figure_talk
FIGURE_NAMED = re.compile(r"\bFig(?:ure|\.)?\s*(\d+)\b")


def regions_in(text: str) -> frozenset[str]:
    """The regions (canonical) a piece of the report's text names."""
    from assistant.spot import spot

    return frozenset(m.canonical for m in spot(text) if m.kind == "region")


def pair_asked(asked: str, topic: str) -> frozenset[str]:
    """The regions a reason follow-up asks about: those of the turn before's subject (``topic``: a grade asked of two
    regions, answered by a table or not held by it) and those it names itself ("why so weak with central western")."""
    return regions_in(topic) | regions_in(asked)


def _paragraph_end(i: int, sents) -> int:
    """The index of the last sentence of the paragraph sentence ``i`` stands in."""
    while (nxt := sents.next_in_paragraph(sents.items[i].end)) is not None:
        i = sents.at(nxt.start)
    return i


def discussion(number: str, first: int, sents) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs that discuss figure ``number``: the one whose sentence ``first`` names it and
    those after it in the same section, until one names another figure (at most ``MAX_PARAGRAPHS``)."""
    out = []
    i = first
    section = corpus.section_at(sents.items[first].start).number
    while i < len(sents.items) and len(out) < MAX_PARAGRAPHS:
        last = _paragraph_end(i, sents)
        start, end = sents.items[i].start, sents.items[last].end
        text = corpus.report_text()[start:end]
        if out and (set(FIGURE_NAMED.findall(text)) - {number} or corpus.section_at(start).number != section):
            break
        out.append((start, end))
        nxt = sents.body_after(end)
        if nxt is None or nxt.role != "body":
            break
        i = sents.at(nxt.start)
    return out


def pair_paragraph(regions: frozenset[str], topic: str, sents) -> tuple[int, int] | None:
    """(start, end) of the paragraph that discusses one region's own figure of the kind ``topic`` tells ("R&D",
    "business") and names the other regions (one, or the several that region's links were asked towards); None
    when ``regions`` is fewer than a pair or no such paragraph exists."""
    from assistant.figure_text import naming
    from retrieval.figrefs import by_region

    if len(regions) < PAIR:
        return None
    for region in sorted(regions):
        other = regions - {region}
        for number in sorted(by_region(topic, frozenset([region])), key=int):
            for first in naming(number, sents)[:1]:
                for start, end in discussion(number, first, sents):
                    if other <= regions_in(corpus.report_text()[start:end]):
                        return start, end
    return None


def on_pair(ans: Answer, query: str, found: tuple[int, int]) -> Answer | None:
    """A reason follow-up's answer from the paragraph ``found`` on a pair of regions (``pair_paragraph``), when the
    search quoted something else; None when the search's lead already stands in it."""
    from assistant import render
    from assistant.leadquote import lead_at
    from retrieval.extract import quote_at
    from retrieval.kinds import REASON
    from retrieval.records import RetrievalResult

    start, end = found
    lead = lead_at(ans)
    if lead is not None and start <= lead[0] < end:
        return None  # the search found that paragraph itself
    res = RetrievalResult(question=query, passages=[], quotes=[quote_at(start, end, 1.0)], in_scope=True,
                          best_score=0.0, threshold=0.0, kind=REASON)
    return render.retrieval_answer(res)
