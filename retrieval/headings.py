"""The body under a heading: a sub-topic's label ("Consumerisation, proliferation and ubiquity of IT") heads the
paragraphs after it, often more than one chunk long, and the chunker may leave the label at the end of the chunk
before. A question naming the label is answered anywhere in that body, not only in its first chunk."""

from __future__ import annotations

from collections.abc import Sequence

import corpus
from retrieval.chunks import Chunk
from retrieval.roles import BODY
from retrieval.sentences import Sentences

# How many chunks after a label may hold its body (a sub-trend of §2.2 runs over two or three).
BODY_CHUNKS = 3
# A line this short that does not end a sentence is a heading or a label over its body.
LABEL_WORDS = 12


def is_label(text: str) -> bool:
    """A heading or bare label: a short line that does not end a sentence."""
    t = text.strip().lstrip("-•⇒–* ").strip("*")
    return bool(t) and len(t.split()) < LABEL_WORDS and not t.endswith((".", "!", "?", ":", ";"))


def body_chunks(chunks: Sequence[Chunk], i: int) -> list[int]:
    """The chunks after chunk ``i`` that hold the body of the label it ends with or opens with (same section, text
    chunks, up to the next chunk that opens with a label), at most ``BODY_CHUNKS``; none when it has no label."""
    c = chunks[i]
    if c.kind != "text" or not c.sentences:
        return []
    ends, opens = is_label(c.sentences[-1].text), is_label(c.sentences[0].text)
    if not (ends or (opens and len(c.sentences) > 1)):
        return []
    out = []
    for j in range(i + 1, min(i + 1 + BODY_CHUNKS, len(chunks))):
        nxt = chunks[j]
        if nxt.section != c.section or nxt.kind != "text" or not nxt.sentences or is_label(nxt.sentences[0].text):
            break
        out.append(j)
    return out


# How far a label's body is read for the sentence that answers (about three paragraphs).
BODY_CHARS = 2400


def under(sents: Sentences, label_start: int) -> frozenset[int]:
    """Start offsets of the body sentences under the label starting at ``label_start``: those that follow it in its
    section, up to the next label, within ``BODY_CHARS``."""
    i = sents.at(label_start)
    if i >= len(sents.items) or sents.items[i].start != label_start:
        return frozenset()
    section = corpus.section_at(label_start).number
    out = []
    for s in sents.items[i + 1 :]:
        if (s.end - label_start > BODY_CHARS or is_label(s.text) or s.role != BODY
                or corpus.section_at(s.start).number != section):
            break
        out.append(s.start)
    return frozenset(out)
