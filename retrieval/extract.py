"""Extractive answers: the 1-3 sentences of the top passages that answer the question, in context, verbatim.

Each sentence is scored (retrieval.scoring) by its similarity to the question, the share of its rarer words it holds, and
whether it is the kind of answer asked for (a reason for a why-question, a definition for a what-is question …).
Footnotes, references, contents lines, the list of figures, captions and table rows are never quoted unless the
question asks for them or names something the report uses only there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

import corpus
from retrieval import examples, figrefs, headings
from retrieval.asks import Ask, named_in, names_one  # noqa: F401 (named_in, names_one: read from here too)
from retrieval.chunks import Chunk
from retrieval.kinds import DEFINITION, EXAMPLE, GENERAL, READERS, WHOLE, answers
from retrieval.records import Passage, Quote
from retrieval.roles import BODY, CAPTION, FIGURE_LIST, FOOTNOTE, REFERENCE
from retrieval.scoring import (  # noqa: F401 (FRAGMENT_PENALTY, OVERLAP_WEIGHT, evidence: retrieval.search's)
    FRAGMENT_PENALTY,
    OVERLAP_WEIGHT,
    _answers,
    _heading,
    evidence,
    sentence_score,
)
from retrieval.sentences import Sentence, Sentences, leans_back

MAX_QUOTES = 3
# A further quote only when it is nearly as good as the best one; a supporting quote of body text within a wider
# margin (the answer shows a lead and up to two supporting quotes, each with its section and page).
MARGIN = 0.08
SUPPORT_MARGIN = 0.25
# Sentences of the best passage get a small head start: the hybrid ranking knows more than one sentence. Measured
# on the narrative tuning sets (447 questions): none 0.834 quote-hit / 0.678 lead-hit, (0.03, 0.015) 0.839 / 0.689,
# (0.06, 0.03) 0.846 / 0.694, (0.08, 0.04) 0.848 / 0.698, (0.1, 0.05) 0.843 / 0.702, (0.15, 0.07) 0.832 / 0.711:
# the middle of the plateau.
RANK_BONUS = (0.08, 0.04, 0.0)
# For a whole-report question, the opening of the introduction or conclusion (its first sentences most), or for a
# question about results, the sentences that state a finding.
OPENING_CHARS = 800
OPENING_BONUS = 0.4
FIRST_BONUS = 0.2  # the section's first sentence: where the report says what it is
_FINDING = re.compile(r"\b(?:were|was|been|are|is) (?:identified|found|shown|revealed|observed|confirmed)\b|\brevealed\b"
                      r"|\b(?:became|becomes|is|was) (?:evident|obvious|clear)\b|\bshow(?:s|ed)? that\b|\bresults? "
                      r"(?:show|indicate|suggest)", re.IGNORECASE)

# where the report says what it set out to do: its aims, focus and the questions it asks
AIM_CUE = re.compile(r"\b(?:key points|aims?|aiming|objectives?|purpose|focus(?:es)?|goals?|questions?|set out|explores?"
                  r"|will show|shall)\b", re.IGNORECASE)


def _overview_bonus(s, ask: Ask) -> float:
    """How much a sentence of the introduction or conclusion says what the report is or found."""
    if ask.findings:
        return OPENING_BONUS if _FINDING.search(s.text) else 0.0
    if ask.audience:
        return OPENING_BONUS if READERS.search(s.text) else 0.0
    if ask.aim:
        return OPENING_BONUS if AIM_CUE.search(s.text) else 0.0
    offset = s.start - corpus.section_at(s.start).start
    first = not corpus.report_text()[corpus.section_at(s.start).start : s.start].strip().count("\n")
    return OPENING_BONUS * (offset < OPENING_CHARS) + FIRST_BONUS * first
# The lead quote reads on into the next sentences of its paragraph (up to LEAD_SENTENCES more, within LEAD_CHARS): a
# topic sentence is followed by the reason, the definition or the example, often one sentence further on ("… are
# difficult markets. Cooperation is weak. Existing funding schemes … hamper it."). Measured on the narrative tuning
# sets (447 questions): reading on one sentence beats never (quote-hit 0.69 vs 0.63); two within 800 characters beat
# one within 600 (0.837 vs 0.828, lead 0.689 vs 0.669); three add nothing. Whether the next sentence is the kind of
# answer asked for does not tell (the kind cues are broad): always reading on measured best.
LEAD_CHARS = 800
LEAD_SENTENCES = 2
# A supporting quote reads on too, one sentence: a topic sentence quoted alone ("The rise of X has been driven by …")
# leaves out what it leads to, one sentence on. Measured on the narrative tuning sets (716 questions): none 0.870
# quote-hit, one 0.878, two 0.884 (lead-hit unchanged); one keeps a supporting quote short enough to read at a glance.
SUPPORT_SENTENCES = 1


# Two quotes that touch in the report (they overlap, or only JOIN_GAP sentences of one stretch of body text lie
# between them) are one quote, in reading order, within JOIN_CHARS: a topic sentence and the reason, number or list
# it leads to a sentence or two on are read as one passage, not as a lead and an "also" out of order.
JOIN_GAP = 1
JOIN_CHARS = 1200


def _joined(out: list[Quote], start: int, end: int, sents: Sentences) -> bool:
    """Join the span ``start``-``end`` to the first quote of ``out`` it touches, and that quote to any other it then
    touches (each within ``JOIN_CHARS``); False when it touches none it may join."""
    n = next((n for n, q in enumerate(out) if sents.touching(q.start, q.end, start, end, JOIN_GAP)
              and max(end, q.end) - min(start, q.start) <= JOIN_CHARS), None)
    if n is None:
        return False
    q = out[n]
    start, end = min(start, q.start), max(end, q.end)
    for other in [o for o in out if o is not q and sents.touching(o.start, o.end, start, end, JOIN_GAP)
                  and (max(end, o.end) - min(start, o.start) <= JOIN_CHARS or start <= o.start and o.end <= end)]:
        start, end = min(start, other.start), max(end, other.end)
        out.remove(other)
    out[out.index(q)] = quote_at(start, end, q.score, q.passage_id)
    return True


# A sentence below the quoting margins that is the kind of answer asked for (the reason a why-question asks) may
# still join a quote it touches, within this much of the best: next to a quote, it costs a reader one sentence.
JOIN_MARGIN = 0.4


def _joins_only(score: float, best: float, s: Sentence, ask: Ask) -> bool:
    """May a sentence below the quoting margins join a quote it touches (never stand as a quote of its own)?"""
    return (s.role == BODY and score >= best - JOIN_MARGIN and ask.kind not in (GENERAL, WHOLE)
            and _answers(ask.kind, s.text))


def _lead_end(sents: Sentences, start: int, end: int, more: int = LEAD_SENTENCES) -> int:
    """The end of a quote that reads on ``more`` sentences of its paragraph, and on through any that carry its
    subject on ("This transformation …"), within ``LEAD_CHARS``."""
    n = 0
    while (nxt := sents.next_in_paragraph(end)) is not None and nxt.end - start <= LEAD_CHARS:
        if n >= more and not leans_back(nxt.text):
            break
        end, n = nxt.end, n + 1
    return end


# When the best sentence is not the kind of answer asked for, a sentence that is and scores within this much of it
# leads instead (a why-question leads with the reason).
KIND_LEAD_MARGIN = 0.04


def _kind_first(cands: list, ask: Ask, chunks: Sequence[Chunk], sents: Sentences) -> list:
    """``cands`` (best first) with the best sentence that is the kind of answer asked for moved to the front,
    when it scores nearly as well as the best."""
    if ask.kind in (GENERAL, WHOLE):
        return cands
    def text(c):
        return sents.get(chunks[c[2]].sentences[c[3]]).text
    if answers(ask.kind, text(cands[0])):
        return cands
    for n, c in enumerate(cands[1:], 1):
        if c[0] < cands[0][0] - KIND_LEAD_MARGIN:
            break
        if answers(ask.kind, text(c)) and not _heading(text(c)):
            return _to_front(cands, n)
    return cands


def _example_first(cands: list, ask: Ask, chunks: Sequence[Chunk], sents: Sentences) -> list:
    """``cands`` (best first) led, for an example question, by the best sentence of an example the report announces
    (``retrieval.examples``) within ``SUPPORT_MARGIN`` of the best: an example told as one beats a sentence that
    says "for instance" in passing."""
    if ask.kind != EXAMPLE:
        return cands
    for n, c in enumerate(cands):
        if c[0] < cands[0][0] - SUPPORT_MARGIN:
            break
        if examples.in_example(chunks[c[2]].sentences[c[3]].start):
            return _to_front(cands, n) if n else cands
    return cands


def _under_label_first(cands: list, ask: Ask, chunks: Sequence[Chunk], sents: Sentences) -> list:
    """``cands`` (best first) led, when the best is a label (a sub-topic's heading) and the question asks for a kind
    of answer (a recommendation, a reason …), by the best sentence of the label's body that is that kind: the label
    names what the question is about; its body, however far down, says what it asks."""
    if ask.kind in (GENERAL, WHOLE):
        return cands
    lead = sents.get(chunks[cands[0][2]].sentences[cands[0][3]])
    if not headings.is_label(lead.text):
        return cands
    body = headings.under(sents, lead.start)
    found = (n for n, c in enumerate(cands) if (s := sents.get(chunks[c[2]].sentences[c[3]])).start in body
             and answers(ask.kind, s.text))
    n = next(found, None)
    return cands if n is None else _to_front(cands, n)


def _to_front(cands: list, n: int) -> list:
    """``cands`` with its ``n``-th candidate moved to the front, the others in their order."""
    return [cands[n], *cands[:n], *cands[n + 1 :]]


# Captions and the list of figures name a figure; the body text that discusses it answers what it shows.
_TITLES = frozenset({CAPTION, FIGURE_LIST})


def _body_first(cands: list, ask: Ask, chunks: Sequence[Chunk], sents: Sentences) -> list:
    """``cands`` (best first) led by the text that discusses the figure the question names, or the figure of the
    region and kind of cooperation it names (the best body sentence citing it within ``SUPPORT_MARGIN`` of the lead),
    else, before a leading caption, by the best body sentence that cites it or scores within ``SUPPORT_MARGIN``:
    unless the question asks for its title, a caption never leads."""
    def sentence(c):
        return sents.get(chunks[c[2]].sentences[c[3]])
    lead = sentence(cands[0])
    named = ask.figures | ask.regional
    if named and not (lead.role == BODY and named & figrefs.cited(lead.text)):
        for n, c in enumerate(cands[1:], 1):
            s = sentence(c)
            if c[0] < cands[0][0] - SUPPORT_MARGIN:
                break
            if s.role == BODY and named & figrefs.cited(s.text):
                return _to_front(cands, n)
    if ask.titled or lead.role not in _TITLES:
        return cands
    for n, c in enumerate(cands[1:], 1):
        s = sentence(c)
        if s.role == BODY and (c[0] >= cands[0][0] - SUPPORT_MARGIN or ask.figures & figrefs.cited(s.text)):
            return _to_front(cands, n)
    return cands


def _anchored_first(cands: list, ask: Ask, chunks: Sequence[Chunk]) -> list:
    """``cands`` led by the footnote marked on the term the question asks about, if it is one of them: the report
    uses the term nowhere else (``Sentences.anchored``), so no sentence of its body says more about it."""
    if not ask.anchored:
        return cands
    for n, c in enumerate(cands):
        if chunks[c[2]].sentences[c[3]].start in ask.anchored:
            return _to_front(cands, n)
    return cands


# A heading or a label (a sub-trend's name) over its body.
_label = headings.is_label


def quote_at(start: int, end: int, score: float, passage_id: str = "") -> Quote:
    """The report's text from ``start`` to ``end`` as a quote, with the section and page it stands in."""
    sec, page = corpus.section_at(start), corpus.page_of(start)
    return Quote(corpus.report_text()[start:end], start, end, sec.number, sec.title, page.page, page.estimated,
                 score, passage_id)


def _body_end(sents: Sentences, text: str, start: int, end: int) -> int:
    """A heading or bare label ("Changes in entrepreneurship culture") is quoted with the sentence it heads."""
    if not _label(text[start:end]):
        return end
    body = sents.body_after(end)
    return body.end if body is not None and body.end - start <= LEAD_CHARS else end


# A footnote or reference entry of the best passages answers (as a passing mention) only when it scores this much
# better than every body sentence: a definition or a source the body names only through its footnote. Calibrated
# on the tuning sets (narrative1, round6, retrieval_dev): no explanatory question's footnote comes within 0.1.
NOTE_MARGIN = 0.15
NOTE_ROLES = frozenset({FOOTNOTE, REFERENCE})
NOTE_DEPTH = 3


# A footnote that defines what a definition question asks about needs no margin: the report keeps definitions there.
DEFINITION_NOTE_MARGIN = 0.0


def _note_margin(note, ask: Ask, chunks: Sequence[Chunk], sents: Sentences) -> float:
    defines = ask.kind == DEFINITION and answers(DEFINITION, sents.get(chunks[note[2]].sentences[note[3]]).text)
    return DEFINITION_NOTE_MARGIN if defines else NOTE_MARGIN


def _candidates(chunks: Sequence[Chunk], sentence_vectors: Sequence[np.ndarray], qvec: np.ndarray, ask: Ask,
                sents: Sentences) -> tuple[list, list]:
    """(body candidates, footnote and reference candidates), each (score, similarity, passage rank, sentence)."""
    cands, notes = [], []
    note_allowed = ask.allowed | NOTE_ROLES
    overlap = sents.overlap_of(ask.tokens)
    for r, vecs in enumerate(sentence_vectors):
        if not len(vecs) or (ask.sections and chunks[r].section not in ask.sections):
            continue
        for j, sim in enumerate((vecs @ qvec).tolist()):
            s = sents.get(chunks[r].sentences[j])
            sc = sentence_score(sim, s, ask, overlap(s))
            if sc is None and s.role in NOTE_ROLES and r < NOTE_DEPTH:
                sc = sentence_score(sim, s, ask, overlap(s), note_allowed)
                notes.append((sc + RANK_BONUS[min(r, 2)], sim, r, j))
            elif sc is not None:
                if ask.kind == WHOLE:
                    sc += _overview_bonus(s, ask)
                cands.append((sc + RANK_BONUS[min(r, 2)], sim, r, j))
    return cands, notes


def pick_quotes(passages: Sequence[Passage], chunks: Sequence[Chunk], sentence_vectors: Sequence[np.ndarray],
                qvec: np.ndarray, ask: Ask | None = None, sents: Sentences | None = None) -> list[Quote]:
    """Score every candidate sentence of ``chunks`` and keep the best 1-3, each with its context."""
    ask = ask or Ask()
    sents = sents or Sentences(chunks)
    cands, notes = _candidates(chunks, sentence_vectors, qvec, ask, sents)
    if not cands:
        return []
    cands.sort(key=lambda c: -c[0])
    best = cands[0][0]
    cands = _example_first(_kind_first(cands, ask, chunks, sents), ask, chunks, sents)
    lead = cands[0]
    cands = _anchored_first(_body_first(_under_label_first(cands, ask, chunks, sents), ask, chunks, sents), ask, chunks)
    if cands[0] is not lead:  # the body text leads instead of a caption, or the footnote on the term asked about:
        best = cands[0][0]    # the quotes are measured from it
    note = max(notes, default=None)
    if note is not None and note[0] >= best + _note_margin(note, ask, chunks, sents) and ask.kind != WHOLE:
        cands.insert(0, note)  # only a footnote answers: it leads, and the answer says it is a passing mention
    text = corpus.report_text()
    out: list[Quote] = []
    for score, sim, r, j in cands:
        s = sents.get(chunks[r].sentences[j])
        low = len(out) == MAX_QUOTES or score < best - MARGIN and (score < best - SUPPORT_MARGIN or s.role != BODY)
        if low and not _joins_only(score, best, s, ask):
            continue
        start, end = sents.context(chunks[r].sentences[j])
        end = _body_end(sents, text, start, end)
        overlaps = any(start < q.end and q.start < end for q in out)
        end = _lead_end(sents, start, end, SUPPORT_SENTENCES if out else LEAD_SENTENCES)
        if not out:  # an example is quoted from its start, and on into the example a lead announces
            start, end = examples.told_whole(sents, ask.kind, start, end)
        if _joined(out, start, end, sents) or overlaps or low:
            continue
        out.append(quote_at(start, end, sim, passages[r].id))
    if ask.kind == WHOLE:  # the report's own overview, in its reading order
        out.sort(key=lambda q: q.start)
    return out
