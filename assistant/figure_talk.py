"""A follow-up that leans on the answer before and asks what only the text says about its figure: "and who's expected
to catch up" after the regions a figure shows as offering most services, "and digital and packaging, where are they
and why" after the industries in a corner of a portfolio chart, "and on the business side?" after why a region's R&D
links are weak. The report answers such a question where it discusses that figure ("As displayed in Figure 17, …
It can be expected that …"), so the answer is the sentence of that discussion that names what the follow-up names and
shares most of its own words, whenever the passage search's lead quote does not hold it. Never sure: the subject is the
turn before's.

The figure is the one a table answer before cites or the question before named, or, when the follow-up names a kind of cooperation ("on the business
side"), the figure of that kind of the region the turn before asked about (found from the captions). Structural: the
discussion is found from the body sentences that name the figure, never from the follow-up's words alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import corpus
from assistant.answer import Answer
from assistant.pair_text import FIGURE_NAMED

# a sentence counts only when it holds at least this share of the follow-up's own words (idf-weighted)
MIN_OVERLAP = 0.2
# the paragraphs read from a sentence that names a figure: its discussion
PARAGRAPHS = 4
# how far back a sentence cut in two (by a footnote, a page) finds its first half
WINDOW = 3


@dataclass(frozen=True)
class Talk:
    """A sentence of the text that discusses a figure, with the context it needs (report offsets)."""

    figure: str
    start: int
    end: int
    score: float


def _figures(asked: str, last: Answer, sents) -> list[str]:
    """The figures the follow-up is about: the cooperation figure of the kind it names of the region asked before;
    else the figures a table answer before cites, or those its question named ("what does figure 12 show"). A
    passage answer's other figures are where its quotes happen to stand, not what was asked."""
    from retrieval.figrefs import named

    own = own_figures(asked, last)
    if own:
        return own
    if last.route == "tool":
        return list(dict.fromkeys(c.figure for c in last.citations if c.figure))
    return sorted(named(last.question or "", sents), key=_number)


def own_figures(asked: str, last: Answer) -> list[str]:
    """The cooperation figures of the kind the follow-up names ("and on the business side?") of the region the turn
    before asked about."""
    from assistant.pair_text import regions_in
    from retrieval.figrefs import by_region

    regions = regions_in(last.question or "") | regions_in(asked)
    return sorted(by_region(asked, regions), key=_number)


def _number(key: str) -> int:
    return int("".join(ch for ch in key if ch.isdigit()) or 0)


def spans(number: str, sents) -> list[tuple[int, int]]:
    """(start, end) of every stretch of body text that discusses figure ``number``: from each sentence that names it,
    read on over the figure's caption and notes, in the same section, until a sentence names another figure (at
    most ``PARAGRAPHS`` paragraphs)."""
    from assistant.figure_text import naming

    out: list[tuple[int, int]] = []
    for first in naming(number, sents):
        span = _read_on(number, first, sents)
        if span not in out:
            out.append(span)
    return out


def _read_on(number: str, first: int, sents) -> tuple[int, int]:
    section = corpus.section_at(sents.items[first].start).number
    end, paragraphs, prev = sents.items[first].end, 1, sents.items[first]
    for s in sents.items[first + 1:]:
        if s.role != "body":  # the caption, a footnote: the discussion goes on after them
            continue
        if corpus.section_at(s.start).number != section or set(FIGURE_NAMED.findall(s.text)) - {number}:
            break
        paragraphs += sents.next_in_paragraph(prev.end) is not s
        if paragraphs > PARAGRAPHS:
            break
        end, prev = s.end, s
    return sents.items[first].start, end


def _own_words(asked: str) -> list[str]:
    """The follow-up's words that say what it asks, without the names it names (they are checked apart) and asking
    words."""
    from assistant.spot import spot
    from retrieval.kinds import ASKING_WORDS
    from retrieval.lexical import tokenize

    text = asked
    for m in sorted(spot(asked), key=lambda m: -m.start):
        text = text[: m.start] + " " + text[m.end:]
    return [t for t in tokenize(text) if t not in ASKING_WORDS]


def best_talk(asked: str, last: Answer, sents) -> Talk | None:
    """The sentence (with its context) of the discussion of the answer before's figure that names all the names
    ``asked`` names and holds most of its own words; None when no sentence does (or holds too few of them)."""
    from assistant.spot import spot

    names = {m.canonical for m in spot(asked) if m.kind in ("industry", "region", "trend")}
    overlap = sents.overlap_of(tuple(_own_words(asked)))
    best: Talk | None = None
    for number in _figures(asked, last, sents):
        for start, end in spans(number, sents):
            for i in range(sents.at(start), sents.at(end)):
                s = sents.items[i]
                if names and not names <= {m.canonical for m in spot(s.text)}:
                    continue
                score = overlap(s) + len(names)
                if score >= MIN_OVERLAP and (best is None or score > best.score):
                    best = Talk(number, *_context(i, sents), score)
    return best


def _context(i: int, sents) -> tuple[int, int]:
    """(start, end) of sentence ``i`` with the context it needs; a sentence that starts in the middle of a word or
    clause ("quently, less and fewer …", its first half before a footnote) is read from the body sentence before it."""
    from retrieval.chunks import Span

    s = sents.items[i]
    lo, hi = sents.context(Span(s.start, s.end, s.text))
    k = sents.at(lo)
    if sents.items[k].text[:1].islower():
        k = next((n for n in range(k - 1, max(k - WINDOW, 0) - 1, -1) if sents.items[n].role == "body"), k)
    return sents.items[k].start, hi


def _paragraph_on(found: Talk, sents) -> tuple[int, int]:
    """The sentence found with the rest of its paragraph, as far as one quote may reach ("… reluctant to accept
    support services. … often consist only of some individual artists …")."""
    from retrieval.sentences import MAX_CONTEXT_CHARS

    end = found.end
    while (nxt := sents.next_in_paragraph(end)) is not None and nxt.end - found.start <= MAX_CONTEXT_CHARS:
        end = nxt.end
    return found.start, end


def _searched(ans: Answer, found: Talk) -> list:
    """The search's own lead quote, shown after the text on the figure (the reading taken is a guess)."""
    from retrieval.extract import quote_at

    lead = next((c.quote for c in ans.citations if c.quote), None)
    at = corpus.report_text().find(lead) if lead else -1
    return [] if at < 0 or within(ans, found) else [quote_at(at, at + len(lead), 0.5)]


def within(ans: Answer, found: Talk) -> bool:
    """The passage answer's lead quote already holds the sentence found."""
    from assistant.leadquote import lead_at

    lead = lead_at(ans)
    return lead is not None and lead[0] < found.end and found.start < lead[1]


def on_figure_talk(asked: str, ans: Answer, last: Answer | None, leans: bool, sents) -> Answer | None:
    """The answer to a follow-up from the text on the figure of the answer before (see the module's docstring); None
    when the follow-up does not lean on that answer, was already searched with the subject before (a reason of a
    grade, an example beside a passage: assistant.leaning), the search's lead already holds the sentence, or no sentence of it fits.

    Args:
        asked: the follow-up's words.
        ans: the passage search's answer to it.
        last: the answer before.
        leans: the follow-up points back ("and …", "they", a few words).
        sents: the report's sentences.
    """
    from assistant import render
    from retrieval.extract import quote_at
    from retrieval.kinds import question_kind
    from retrieval.records import RetrievalResult

    if not leans or last is None or last.route == "refuse" or ans.route == "refuse":
        return None
    if ans.inherited and not own_figures(asked, last):  # searched with the subject before (assistant.leaning)
        return None
    found = best_talk(asked, last, sents)
    if found is None or within(ans, found):
        return None
    quotes = [quote_at(*_paragraph_on(found, sents), 1.0)] + _searched(ans, found)
    res = RetrievalResult(question=asked, passages=[], quotes=quotes, in_scope=True, best_score=0.0, threshold=0.0,
                          kind=question_kind(asked))
    out = render.retrieval_answer(res)
    # the figure discussed is cited, not one a footnote inside the quote names
    out.citations = [c for c in out.citations if c.figure in (None, found.figure)]
    if found.figure not in {c.figure for c in out.citations}:
        out.citations.append(render._figure_citation(found.figure))
    before = " ".join((last.question or "").split()).rstrip(" ?.!")
    out.sure, out.inherited = False, f"Figure {found.figure}"
    out.reading = (f"\u201c{' '.join(asked.split()).rstrip(' ?.!')}\u201d read as asked of Figure {found.figure}, "
                   f"the figure of the answer before (\u201c{before}\u201d): the report's text on that figure")
    return out
