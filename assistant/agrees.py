"""A follow-up that checks the answer before against a part of the report it names ("does the conclusion say the same",
"does that match section 4.3", "the conclusion lists X instead of Y, which one is it"): answered with what that part
says of the subject before, beside the answer before's own passage, so the user sees both; which one holds is the
user's to judge, so the answer is never sure.

The parts are read from the report's own structure: a section by its number ("section 4.3", "§4.3", "chapter 4"), or
by its title when the title is one word ("the conclusion", "the introduction"). The subject is the words of the turn
before (its question, what it was read as, its items) and the follow-up's own words beside the part and the check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import corpus
from assistant.answer import Answer

# asking whether two things agree: "say the same", "agree", "match", "back it", "instead", "which one is it"
_CHECK = re.compile(r"\b(?:agree\w*|disagree\w*|match\w*|the same|back(?:s|ed)? (?:it|that|this|up|the)|support\w*|"
                    r"confirm\w*|consistent|contradict\w*|differ\w*|instead|line up|in line|"
                    r"which (?:one )?(?:is (?:it|right|correct)|of the two))\b", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:\b(?:sections?|sect\.?|chapters?|ch\.)\s*|§\s*)(?P<n>\d+(?:\.\d+)*)", re.IGNORECASE)
# at most this many parts are quoted (a question names one or two)
MAX_PARTS = 2


@dataclass(frozen=True)
class Part:
    """A part of the report a question names: its section number and how the question named it."""

    number: str
    said: str


@cache
def _titled() -> dict[str, str]:
    """One-word section titles, lower case, with their section numbers ("conclusion" -> "4.5")."""
    return {s.title.lower(): s.number for s in corpus.sections() if re.fullmatch(r"[A-Za-z]+", s.title.strip())}


def _title_pattern() -> re.Pattern:
    words = "|".join(re.escape(t) for t in sorted(_titled(), key=len, reverse=True))
    return re.compile(rf"\b(?P<t>{words})s?\b", re.IGNORECASE)


def parts_named(question: str) -> list[Part]:
    """The parts of the report ``question`` names, in its order (at most MAX_PARTS)."""
    numbers = {s.number for s in corpus.sections()}
    found: list[tuple[int, Part]] = []
    for m in _NUMBERED.finditer(question):
        if m["n"] in numbers:
            found.append((m.start(), Part(m["n"], f"\u00a7{m['n']}")))
    for m in _title_pattern().finditer(question):
        number = _titled()[m["t"].lower()]
        found.append((m.start(), Part(number, f"the {m['t'].lower()} (\u00a7{number})")))
    parts = list(dict.fromkeys(p for _, p in sorted(found, key=lambda f: f[0])))
    return parts[:MAX_PARTS]


def asks_check(question: str) -> bool:
    """The question names a part of the report and asks whether it agrees with something."""
    return bool(parts_named(question)) and bool(_CHECK.search(question))


def _subject_words(asked: str, state) -> str:
    """The follow-up's own words beside the parts and the check, and the turn before's question, reading and items."""
    own = _CHECK.sub(" ", _title_pattern().sub(" ", _NUMBERED.sub(" ", asked)))
    last = state.last_answer
    before = [last.question, last.reading, " ".join(str(i) for i in last.items[:12])] if last is not None else []
    return " ".join([own, *before, state.topic or ""])


def _in_part(number: str, start: int) -> bool:
    at = corpus.section_at(start).number
    return at == number or at.startswith(number + ".")


def best_in(number: str, words: str, sents, skip: frozenset[int] = frozenset()) -> int | None:
    """The index of the body sentence of section ``number`` (or its subsections) that holds most of ``words``."""
    from retrieval.lexical import tokenize

    score = sents.overlap_of(tokenize(words))
    best = max(((score(s), -i) for i, s in enumerate(sents.items)
                if i not in skip and s.role == "body" and _in_part(number, s.start)), default=None)
    return -best[1] if best is not None and best[0] > 0 else None


def checked(asked: str, state, sents) -> Answer | None:
    """The answer to a follow-up checking the answer before against the parts of the report it names: each part's
    sentence on the subject before, then the answer before's own lead passage when it stands elsewhere. None when the
    question names no part, asks no check, or nothing was answered before."""
    from assistant import render
    from retrieval.extract import quote_at
    from retrieval.records import RetrievalResult

    parts = parts_named(asked)
    if not parts or not _CHECK.search(asked) or state.last_answer is None:
        return None
    words = _subject_words(asked, state)
    quotes, used = [], set()
    for part in parts:  # the second part is read for what the first says: the same names, the other side
        i = best_in(part.number, " ".join([words, *(q.text for q in quotes)]), sents, frozenset(used))
        if i is not None:
            used.add(i)
            start, end = _paragraph_on(i, sents)
            quotes.append(quote_at(start, end, 1.0 - len(quotes) * 0.1))
    if not quotes:
        return None
    quotes += _answer_before(state.last_answer, parts)
    res = RetrievalResult(question=asked, passages=[], quotes=quotes, in_scope=True, best_score=0.0, threshold=0.0)
    ans = render.retrieval_answer(res)
    before = " ".join(state.last_answer.question.split()).rstrip(" ?.!")
    said = " and ".join(p.said for p in parts)
    ans.reading = (f"A check of {said} against the answer before (\u201c{before}\u201d): what each says, side by side "
                   "(which one holds is not decided)")
    ans.sure, ans.inherited = False, state.topic or before
    return ans


def _paragraph_on(i: int, sents) -> tuple[int, int]:
    """Sentence ``i`` with the context it needs and the rest of its paragraph, as far as one quote may reach."""
    from retrieval.chunks import Span
    from retrieval.sentences import MAX_CONTEXT_CHARS

    s = sents.items[i]
    start, end = sents.context(Span(s.start, s.end, s.text))
    while (nxt := sents.next_in_paragraph(end)) is not None and nxt.end - start <= MAX_CONTEXT_CHARS:
        end = nxt.end
    return start, end


def _answer_before(last: Answer, parts: list[Part]) -> list:
    """The answer before's lead quote, when it was a passage outside the named parts (the other side of the check)."""
    from retrieval.extract import quote_at

    lead = next((c.quote for c in last.citations if c.quote), None) if last.route == "retrieval" else None
    at = corpus.report_text().find(lead) if lead else -1
    if at < 0 or any(_in_part(p.number, at) for p in parts):
        return []
    return [quote_at(at, at + len(lead), 0.0)]
