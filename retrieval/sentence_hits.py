"""The passages of the report's sentences that match a question best, wherever their passages rank.

A long passage's one answering sentence is diluted in the passage's embedding and its BM25 score ("Therefore, clusters
should focus their international … partnerships on those regions with the highest dynamic" stands in a passage about
transformation processes): the passage ranks low, and its sentence is never a candidate quote, though of all the
report's sentences it matches the question best. A question asking for one statement (a reason, a recommendation, who
did it, how it was done) is answered by such a sentence; a general question by a passage. So, for those kinds, the
passages holding the ``TOP_SENTENCES`` best-matching sentences of body text (by the sentence's own embedding) that
are that kind of answer, name the industries or regions it names (if any) and match it better than the lead quote
may be quoted too, and their sentences compete as
any other; not when the question points to where its answer is (a section or a figure it names), nor when the best
passages leave it out of scope (the in-scope score reads the quotes of the best passages only). Measured on the
narrative tuning sets (1347 questions with answering phrases): none 0.926 quote-hit / 0.852 lead-hit; for every kind
0.929 / 0.853 (15 won, 12 lost: general and whole-report questions lost theirs); for these four kinds, the sentence
that kind of answer, 0.932 / 0.855; and better than the lead, 0.930 / 0.854 (no quote shown to a question the report
does not cover gains a number it then seems to answer with).
"""

from __future__ import annotations

import numpy as np

from retrieval.asks import Ask, named_in
from retrieval.kinds import AGENT, METHOD, POINTER, REASON, RECOMMENDATION, answers
from retrieval.roles import BODY
from retrieval.sectionrefs import SECTION_REF, named_sections
from retrieval.sentences import Sentences

TOP_SENTENCES = 2
STATEMENT_KINDS = frozenset({REASON, RECOMMENDATION, AGENT, METHOD, POINTER})


def best_sentence_chunks(question: str, qvec: np.ndarray, ask: Ask, sentence_matrix: np.ndarray,
                         sent_starts: np.ndarray, chunks, sents: Sentences, above: float = -1.0) -> list[int]:
    """Indices of the chunks holding the ``TOP_SENTENCES`` sentences of body text most similar to the query, more
    than ``above`` (the lead's similarity), that are the kind of answer ``ask`` asks for (none for other kinds, nor
    when the question points to where the answer is: a section or a figure it names)."""
    kind = ask.kind
    if (kind not in STATEMENT_KINDS or not len(sentence_matrix) or ask.figures or ask.regional
            or SECTION_REF.search(question) or named_sections(question)):
        return []
    named = _names(question)
    sims = sentence_matrix @ np.asarray(qvec, dtype=np.float32)
    owner = np.searchsorted(sent_starts, np.arange(len(sims)), side="right") - 1
    out: list[int] = []
    for k in np.argsort(-sims):
        if sims[k] <= above:
            break
        c = chunks[int(owner[k])]
        s = sents.get(c.sentences[int(k - sent_starts[owner[k]])])
        if c.kind != "text" or s.role != BODY or not answers(kind, s.text) or named and not named & _names(s.text):
            continue
        if c.index not in out:
            out.append(c.index)
        if len(out) >= TOP_SENTENCES:
            break
    return out


def _names(text: str) -> frozenset[str]:
    """The report's industries and regions ``text`` names: a statement about the subject asked names it too."""
    return named_in("industry", text) | named_in("region", text)
