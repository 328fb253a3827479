"""How well one sentence of the report answers a question (``sentence_score``), and a chunk its best sentence.

A sentence is scored by its similarity to the question, the share of the question's rarer words it holds, and
whether it is the kind of answer asked for; bonuses for what the question names (a region, a figure, a quoted
phrase, a term's introduction), penalties for headings and fragments. ``retrieval.extract`` picks the quotes.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from retrieval import examples, figrefs
from retrieval.asks import Ask, named_in, names_one
from retrieval.chunks import Chunk
from retrieval.kinds import EXAMPLE, GENERAL, REASON, answers
from retrieval.roles import BODY, NEVER_AN_ANSWER
from retrieval.sentences import Sentence, Sentences, is_item

# List items, headings and other short fragments answer a question less well than a whole sentence.
FRAGMENT_PENALTY = 0.1
MIN_WORDS = 8
# A heading or a bare list label ("Customer service orientation") names a topic; it never answers.
HEADING_PENALTY = 0.25
HEADING_WORDS = 6
# A sentence that is the kind of answer asked for (a reason, a definition, …).
KIND_BONUS = 0.06
# A sentence naming one of the report's names of the kind a "which industries / regions / trends …" question asks
# for (its vocabulary, structured/data/vocabulary.csv). Measured on the narrative tuning sets (20 such questions in
# 447): 0 -> 0.848 quote-hit / 0.705 lead-hit, 0.1 -> 0.850 / 0.709, 0.15 -> 0.852 / 0.714, 0.2 -> 0.850 / 0.714.
NAMES_BONUS = 0.15
# Weight of the share of the question's information (idf) that the sentence holds.
OVERLAP_WEIGHT = 0.1
# A sentence holding what the question is about when the report names it only in a footnote or reference.
RARE_BONUS = 0.2
# A sentence naming the regions a question names (any spelling of the report's vocabulary), in proportion: a why-question
# about one region is answered by a sentence about that region, not by one about regions in general. It ranks the
# passages for why-questions only: "which countries belong to X" is answered by the table of regions, which names
# none in a sentence. In proportion to the share of the regions the question and the sentence name between them that
# both name: a sentence about the one region asked beats one listing it among others ("… with Northwest, Central
# Western or Southwest Europe"). Measured on the narrative tuning sets (1056): share of the question's regions 0.922
# quote-hit / 0.835 lead-hit, of both 0.922 / 0.838 (three more leads, none fewer).
REGION_BONUS = 0.1
# A sentence of body text that cites a figure the question names ("… (see Figure 2)", "Figure 8 shows …"). Measured
# on the narrative tuning sets (716 questions, with the caption never leading): 0 -> 0.851 quote-hit / 0.721
# lead-hit, 0.1 -> 0.852 / 0.725, 0.15 -> 0.853 / 0.726, 0.2 -> 0.855 / 0.726, 0.3 -> 0.855 / 0.721.
FIGURE_BONUS = 0.2
# A footnote marked on the very term the question asks about ("Nordic Countries ³³"): the report's own word on it.
# Measured on the narrative tuning sets (716): 0.2 (as a quoted phrase) -> 0.860 quote-hit / 0.732 lead-hit, 0.3 ->
# 0.862 / 0.736, 0.4 -> 0.862 / 0.736.
ANCHORED_BONUS = 0.3
# The sentence that introduces a term a what-is question names ("… (“downstream approach”)", retrieval.labels): the
# report's own word on what the term is.
LABEL_BONUS = 0.3
# A sentence of an example the report announces ("… the following example should be given:"), for a question asking
# for an example: it is one, though no word of it says so.
EXAMPLE_BODY_BONUS = 0.1
# A sentence holding a phrase the question quotes ("the 'trap of the complexity'") that the report uses rarely.
QUOTED_BONUS = 0.2


@lru_cache(maxsize=16384)  # report sentences recur in every search
def _fragment(text: str) -> bool:
    t = text.strip()
    return is_item(t) or len(t.split()) < MIN_WORDS or "\t" in t


@lru_cache(maxsize=16384)
def _heading(text: str) -> bool:
    t = text.strip().lstrip("-•⇒–* ").strip("*")
    return len(t.split()) < HEADING_WORDS and not t.endswith((".", "!", "?", ":"))


_answers = lru_cache(maxsize=65536)(answers)  # a report sentence is tested for the same kinds in every search


def sentence_score(sim: float, s: Sentence, ask: Ask, overlap: float, allowed: frozenset[str] | None = None,
                   regions: frozenset[str] | None = None) -> float | None:
    """How well one sentence answers ``ask``; None when its role may not be quoted (``allowed``: the apparatus roles
    that may, by default the question's own). ``regions``: the regions that count (by default the question's)."""
    role = s.role
    if role != BODY and role in NEVER_AN_ANSWER and role not in (ask.allowed if allowed is None else allowed):
        return None
    score = sim + OVERLAP_WEIGHT * overlap
    if ask.rare and ask.rare & s.tokens:
        score += RARE_BONUS
    if s.start in ask.quoted:
        score += ANCHORED_BONUS if s.start in ask.anchored else QUOTED_BONUS
    if s.start in ask.labelled:
        score += LABEL_BONUS
    regions = ask.regions if regions is None else regions
    if regions:
        named = named_in("region", s.text)
        score += REGION_BONUS * len(regions & named) / len(regions | named)
    if (ask.figures or ask.regional) and role == BODY and (ask.figures | ask.regional) & figrefs.cited(s.text):
        score += FIGURE_BONUS  # the text that discusses the figure the question names
    if _heading(s.text):
        score -= HEADING_PENALTY
    elif _fragment(s.text) or s.broken:  # half a sentence (a footnote cuts it) never leads
        score -= FRAGMENT_PENALTY
    if ask.kind != GENERAL and _answers(ask.kind, s.text):
        score += KIND_BONUS
    if ask.kind == EXAMPLE and examples.in_example(s.start):
        score += EXAMPLE_BODY_BONUS
    if ask.names and names_one(ask.names, s.text):  # "which industries …": a sentence that names some
        score += NAMES_BONUS
    return score


def evidence(chunk: Chunk, vecs: np.ndarray, qvec: np.ndarray, ask: Ask, sents: Sentences) -> float:
    """The best sentence score of a chunk (-1 when none of its sentences may be quoted)."""
    if not len(vecs):
        return -1.0
    best = -1.0
    # a figure's own chunk is judged by its caption (it is never quoted alone, but its table may answer)
    allowed = ask.allowed | NEVER_AN_ANSWER if chunk.kind != "text" else ask.allowed
    overlap = sents.overlap_of(ask.tokens)
    regions = ask.regions if ask.kind == REASON else frozenset()  # why-questions only: see REGION_BONUS
    for sim, span in zip((vecs @ qvec).tolist(), chunk.sentences, strict=False):
        s = sents.get(span)
        sc = sentence_score(sim, s, ask, overlap(s), allowed, regions)
        if sc is not None and sc > best:
            best = sc
    return best
