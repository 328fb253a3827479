"""The content terms of a question and of the quotes that answer it: stemmed, without the words of asking, an alias
of the report's vocabulary read as the report's name (``assistant.scope`` and ``assistant.quantities`` compare them).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant.coverage import FILLER, known
from assistant.spelling import spelled as _spelled
from retrieval import vocab
from retrieval.kinds import ASKING_WORDS
from retrieval.lexical import tokenize

# a question word the report uses in at most this many sentences is specific: an answer about it names it
RARE = 10


@cache
def _filler_tokens() -> frozenset[str]:
    return frozenset(tokenize(" ".join(FILLER | ASKING_WORDS)))


def _content(text: str) -> list[str]:
    """The content terms of ``text`` (stemmed), aliases written as the report's names, abbreviations spelled out."""
    return [t for t in dict.fromkeys(tokenize(vocab.substitute(_spelled(text)))) if t not in _filler_tokens()]



def _held(res, quotes=None) -> set[str]:
    """The terms the quotes hold, with a hyphenated word also as one word ("up-dated" holds "updated")."""
    texts = [q.text for q in (res.quotes if quotes is None else quotes)]
    return set().union(*(tokenize(t) + tokenize(_JOINED.sub("", t)) for t in texts))


_JOINED = re.compile(r"(?<=[a-z])-(?=[a-z])")


@lru_cache(maxsize=256)
def _groups(text: str) -> tuple[frozenset[str], ...]:
    """The content terms of ``text``, one group per word, or per name of the report's vocabulary its alias stands
    for ("decarbonisation": the words of "Carbon foot-print reduction", held when any of them is)."""
    out, rest = [], _spelled(text)
    for a in vocab.aliases():
        if a.pattern.search(rest):
            out.append(frozenset(t for t in tokenize(a.canonical) if t not in _filler_tokens()))
        rest = a.pattern.sub(" ", rest)
    out += [frozenset([t]) for t in dict.fromkeys(tokenize(rest)) if t not in _filler_tokens() and not t.isdigit()]
    return tuple(g for g in out if g)


def _rare(group: frozenset[str], sentences) -> bool:
    """A group of terms the report uses (or a name in its tables) in few sentences."""
    return any(len(sentences.where.get(t, ())) <= RARE and (t in sentences.where or known(t)) for t in group)
