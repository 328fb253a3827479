"""Which of a question's unknown words (the report never uses them) are only the user's way of saying something.

A word whose removal leaves the question's meaning where it was (``retrieval.weight.kept`` at least ``INCIDENTAL``) is
not what the question is about: "staff: where does the report explain …", "autoliv is mentioned somewhere", "what the
packaging has to cope with". It does not make a question about the report's own subject one the report never covers.
A word that takes part of the meaning with it ("covid", "COSME", "hydrogen") stays a candidate topic, to be judged
by where it stands (``assistant.salient``), and so does a word the model does not know whole ("interreg").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from assistant.abbreviations import expansion
from assistant.salient import asked_for, word_at
from retrieval.vocab import report_words
from retrieval.weight import kept, kept_all, whole_word

log = logging.getLogger(__name__)

# the word a question word asks for: "what scores did …", "which calls …", "how many interviews …"
_ASKED = re.compile(r"\b(?:what|which|how (?:many|much))(?:\s+(?:kinds?|sorts?|types?) of)?\s+$", re.IGNORECASE)
# the cosine a question keeps without an incidental word: calibrated on the narrative and mixed tuning sets (the
# unknown words of covered questions keep 0.95-1.00; the topics of not-covered ones 0.75-0.93)
INCIDENTAL = 0.95


def incidental(embedder, question: str, words: Sequence[str]) -> list[str]:
    """The ``words`` the question's meaning hardly depends on (none when there is no embedder): ordinary words the
    embedding model knows whole, whose removal leaves the question's meaning in place, and which do not name what
    the question asks for ("what scores did …": the report may not give any)."""
    ordinary = ordinary_words(question, words)
    if embedder is None or not ordinary:
        return []
    weights = kept(embedder, question, ordinary)
    light = [w for w in ordinary if weights[w] >= INCIDENTAL]
    if len(light) > 1 and kept_all(embedder, question, light) < INCIDENTAL:
        return []  # "artificial intelligence and machine learning": each stands for the other, together they are the topic
    return light


def _before(question: str, word: str) -> str:
    m = word_at(question, word)
    return question[: m.start()] if m else ""


def typed_name(word: str) -> bool:
    """A word typed in capitals (three letters or more) that the report never writes and that abbreviates none of its
    terms ("COSME", "EEN"): a name the user gives, never a typo of a common word ("COSME" is not "come")."""
    w = word.lower()
    return word.isupper() and len(word) >= 3 and word.isalpha() and w not in report_words() \
        and w.removesuffix("s") not in report_words() and not expansion(word)


def acronym_names(question: str, unknown: Sequence[str]) -> list[str]:
    """A short acronym the report never writes (``unknown``), with the word before it when the report never writes
    that word either (in any form of its own): together a name of something the report does not cover ("generative
    AI"). A lone acronym stays the user's abbreviation of the report's words ("NW europe")."""
    from assistant.coverage import FILLER
    from assistant.salient import typo

    out = []
    for w in unknown:
        m = re.search(rf"([A-Za-z][\w-]*)\s+{re.escape(w)}(?![\w-])", question) if w.isupper() and len(w) <= 3 else None
        if m and m[1].lower() not in report_words() and m[1].lower() not in FILLER and not typo(m[1]):
            out.append(f"{m[1]} {w}")
    return out


def ordinary_words(question: str, words: Sequence[str]) -> list[str]:
    """The ``words`` that may be incidental at all: known whole to the model, and not what a question word asks for."""
    return [w for w in words if whole_word(w) and not asked_for(question, w) and not _ASKED.search(_before(question, w))]


def judged_by(index_dir) -> Callable[[str, list[str]], list[str]]:
    """``incidental`` with the query embedder of the index at ``index_dir``, loaded on first use; it judges no word
    when the model cannot be loaded (the words are then judged by where they stand, as before)."""
    from retrieval import RetrievalError

    def aside(question: str, words: list[str]) -> list[str]:
        if not ordinary_words(question, words):  # "COSME", "interreg": nothing to weigh, no model to load
            return []
        # here, not above: numpy and the embedder's module load only when words are weighed
        from retrieval.embed import query_embedder

        try:
            return incidental(query_embedder(index_dir), question, words)
        except (RetrievalError, OSError, RuntimeError, ImportError) as e:
            log.warning("incidental words not judged: %s", e)
            return []

    return aside
