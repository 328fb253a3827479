"""An example is told as a whole: for a question asking for an example, the lead quote opens where the example does.

The report tells an example in a paragraph, often announced by a sentence of its own ("As an example … the following
example should be given:", "Example:") over one or more paragraphs. A quote that starts at the sentence best matching
the question ("Mobile access … becomes independent from the terminal") drops the example's first steps; one that
stops at the announcement drops the example. So, for an example question, the lead quote
- opens at the start of its paragraph (when that is at most ``OPENING_CHARS`` before the sentence), and
- when it ends with an announcement of an example (a sentence that names an example and ends with ":"), or with a
  paragraph of the example short of its end, reads on across the paragraph break into the example, ``INTO_SENTENCES`` sentences, within ``EXAMPLE_CHARS``;
and the sentences of an announced example (the text after an announcement, ``BODY_CHARS`` of its section) are the
example asked for even where no word says "example" (``scoring.EXAMPLE_BODY_BONUS``).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

import corpus
from retrieval.kinds import EXAMPLE, answers
from retrieval.roles import BODY
from retrieval.sentences import Sentences, leans_back

OPENING_CHARS = 600
INTO_SENTENCES = 3
EXAMPLE_CHARS = 1000
BODY_CHARS = 1400
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def announces(text: str) -> bool:
    """Does a sentence announce an example that follows it ("… the following example should be given:")?"""
    return text.rstrip().rstrip("*").endswith(":") and answers(EXAMPLE, text)


def paragraph_start(sents: Sentences, start: int) -> int:
    """The start of the paragraph of body text the sentence at ``start`` stands in, when it is at most
    ``OPENING_CHARS`` before it (else ``start``)."""
    i = sents.at(start)
    if i >= len(sents.items) or sents.items[i].start != start or sents.items[i].role != BODY:
        return start
    j = i
    text = corpus.report_text()
    while j > 0 and sents.items[j - 1].role == BODY and start - sents.items[j - 1].start <= OPENING_CHARS:
        gap = text[sents.items[j - 1].end : sents.items[j].start]
        if gap.strip() or "\n" in gap:
            break
        j -= 1
    return sents.items[j].start


def into_example(sents: Sentences, start: int, end: int) -> int:
    """The end of a quote that ends with an announcement of an example, or a paragraph of the example short of its
    end, read on into the example (across paragraph breaks, body text of one section, ``INTO_SENTENCES`` sentences
    within ``EXAMPLE_CHARS``); else ``end``."""
    i = sents.at(end) - 1
    if not (0 <= i < len(sents.items)) or sents.items[i].end != end:
        return end
    nxt = sents.body_after(end)
    if not (_announced(sents, i, start) or in_example(sents.items[i].start) and nxt is not None
            and in_example(nxt.start)):
        return end
    section = corpus.section_at(end).number
    n = 0
    while n < INTO_SENTENCES and (nxt := sents.body_after(end)) is not None and nxt.role == BODY:
        if nxt.end - start > EXAMPLE_CHARS or corpus.section_at(nxt.start).number != section:
            break
        end, n = nxt.end, n + 1
    return end


def _announced(sents: Sentences, last: int, start: int) -> bool:
    """Does the quote from ``start`` to sentence ``last`` hold an announcement of an example, followed only by the
    paragraph it announces?"""
    i = last
    while i >= 0 and sents.items[i].start >= start:
        if announces(sents.items[i].text):
            return last - i <= 1
        i -= 1
    return False


def told_whole(sents: Sentences, kind: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of a lead quote for a question of ``kind``: for an example question, from its paragraph's
    start and on into an example it announces; for any other, unchanged."""
    if kind != EXAMPLE:
        return start, end
    start = paragraph_start(sents, start)
    return start, into_example(sents, start, end)


@cache
def _bodies() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of the report's announced examples: the text after each paragraph whose last sentence
    announces an example, its whole paragraphs within ``BODY_CHARS`` and a paragraph after them that opens by
    leaning back on them ("This … relationship …"), never past its section."""
    text, starts, ends = corpus.report_text(), [], []
    for m in re.finditer(r"[^\n]+\n", text):
        if announces(_LAST_SENTENCE.split(m[0].strip())[-1]):
            section_end = corpus.section_at(m.start()).end
            end = min(m.end() + BODY_CHARS, section_end)
            cut = text.rfind("\n\n", m.end() + 1, end)  # the last whole paragraph within reach
            end = cut if cut > 0 else end
            if leans_back(text[end:section_end].lstrip()):  # "This … relationship …": the example's own close
                close = text.find("\n\n", end + 2, section_end)
                end = close if close > 0 else section_end
            starts.append(m.end())
            ends.append(end)
    return tuple(starts), tuple(ends)


def in_example(start: int) -> bool:
    """Does the sentence at report offset ``start`` stand in an example the report announces?"""
    starts, ends = _bodies()
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and start < ends[i]
