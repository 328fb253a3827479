"""The report's text on the figure of a table answer's subject: "why?" after "how strong is Southeast Europe's business
cooperation" is answered where the report discusses that region's own figure of that kind of cooperation ("Figure 15
shows another, but no less typical picture: …"), found from the figures' captions (which region, which kind), never
from the question's words alone, which match any reason the report gives of any region.
"""

from __future__ import annotations

import re

import corpus
from assistant.answer import Answer
from assistant.beside import WINDOW
from assistant.pair_text import on_pair, pair_asked, pair_paragraph


def naming(number: str, sents) -> list[int]:
    """Indices of the body sentences that name figure ``number`` ("Figure 15 shows …", "see Figure 12 for …")."""
    from retrieval.chunks import figure_key

    pat = re.compile(rf"\bFig(?:ure|\.)?\s*{re.escape(number)}\b")
    out = []
    for i, s in enumerate(sents.items):
        m = pat.search(s.text) if s.role == "body" else None
        if m and figure_key(int(number), s.start + m.start()).rstrip("b") == number:
            out.append(i)
    return out


def figure_paragraph(regions: frozenset[str], topic: str, sents) -> tuple[int, int, int] | None:
    """(start, end, index of the naming sentence) of the paragraph that discusses the figure of ``regions`` told
    apart by a word of ``topic`` ("business", "R&D"); None when no body sentence names such a figure."""
    from retrieval.chunks import Span
    from retrieval.figrefs import by_region
    from retrieval.sentences import MAX_CONTEXT_CHARS

    for number in sorted(by_region(topic, regions), key=int):
        for i in naming(number, sents):
            s = sents.items[i]
            start, end = sents.context(Span(s.start, s.end, s.text))
            while (nxt := sents.next_in_paragraph(end)) is not None and nxt.end - start <= MAX_CONTEXT_CHARS:
                end = nxt.end
            return start, end, i
    return None


def on_figure(ans: Answer, query: str, regions: frozenset[str], topic: str, sents) -> Answer | None:
    """A reason follow-up's answer from the text on the subject's own figure, when the subject search quoted
    something else (another section, or text before the figure is discussed or far after it); None when the
    search's lead stands in that text or no figure of the subject is discussed in the body."""
    from assistant import render
    from assistant.leadquote import lead_at
    from retrieval.extract import quote_at
    from retrieval.kinds import REASON
    from retrieval.records import RetrievalResult

    found = figure_paragraph(regions, topic, sents) if regions else None
    if found is None:
        return None
    start, end, i = found
    lead = lead_at(ans)
    at = lead[0] if lead else -1
    if at >= 0 and corpus.section_at(at).number == corpus.section_at(start).number and \
            i <= sents.at(at) <= i + WINDOW:
        return None  # the search found the figure's own discussion
    res = RetrievalResult(question=query, passages=[], quotes=[quote_at(start, end, 1.0)], in_scope=True,
                          best_score=0.0, threshold=0.0, kind=REASON)
    out = render.retrieval_answer(res)
    out.sure = False
    return out


def reason_on_figure(asked: str, query: str, ans: Answer, state, sents) -> Answer | None:
    """``on_figure`` for a reason asked after a table answer about regions (``state``: the conversation before this
    turn; its last frame holds the regions and its topic the table's kind); None for any other follow-up."""
    from retrieval.kinds import REASON, question_kind

    last, frame = state.last_answer, state.last_frame
    if question_kind(asked) != REASON or not state.topic:
        return None
    pair = pair_paragraph(pair_asked(asked, state.topic), state.topic, sents)  # "why so weak" after a pair's grade
    if pair is not None:
        return on_pair(ans, query, pair)
    if last is None or last.route != "tool" or frame is None:
        return None
    named = frozenset(n.canonical for n in frame.names if n.kind == "region")
    regions = named or common_region(last.items)
    out = on_figure(ans, query, regions, state.topic, sents)
    if out is not None and not named:  # the subject read from the pairs answered: said, so the user can check it
        out.answer += f"\n\nThe region taken from the answer before: {', '.join(sorted(regions))}."
    return out


def common_region(items: list) -> frozenset[str]:
    """The one region a table answer gave, or the one its region pairs have most in common ("which region is weakest on R&D" answered
    with the pairs graded "-": the region in most of them), as the subject of a reason asked next; empty when the
    items are no pairs or two regions tie."""
    from collections import Counter

    from retrieval import vocab

    if len(items) == 1 and isinstance(items[0], str) and items[0].lower() in vocab.names_of("region"):  # "which region …" answered with one region
        return frozenset(items)
    pairs = [i for i in items if isinstance(i, tuple | list) and len(i) == PAIR and all(isinstance(r, str) for r in i)]
    counts = Counter(r for p in pairs for r in set(p)).most_common(2)
    if not counts or len(pairs) < len(items) or len(counts) > 1 and counts[0][1] == counts[1][1]:
        return frozenset()
    return frozenset([counts[0][0]])


PAIR = 2
