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
# a sub-section's number written alone ("does 4.3 say"), never a figure's, a version's or an amount's
_BARE = re.compile(r"(?<![\w.§])(?<!fig )(?<!figure )(?<!fig\. )(?P<n>\d+\.\d+(?:\.\d+)?)(?![\w.%]|\.\d)", re.IGNORECASE)
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
    for m in _BARE.finditer(question):  # "what does 4.3 say": a sub-section's own number, written alone
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


def _subject_words(asked: str, state) -> tuple[str, str]:
    """The follow-up's own words beside the parts and the check; the turn before's question, reading and items."""
    own = _CHECK.sub(" ", _title_pattern().sub(" ", _NUMBERED.sub(" ", asked)))
    last = state.last_answer
    before = [last.question, last.reading, " ".join(str(i) for i in last.items[:12])] if last is not None else []
    return own, " ".join([*before, state.topic or ""])


def _in_part(number: str, start: int) -> bool:
    at = corpus.section_at(start).number
    return at == number or at.startswith(number + ".")


def best_in(number: str, said: tuple[str, ...], sents, skip: frozenset[int] = frozenset(),
            lists: bool = False) -> int | None:
    """The index of the body sentence of section ``number`` (or its subsections) that holds most of the words
    ``said`` (the question's own first, then the subject before's, then any more); with ``lists``, a sentence that
    names two or more of the report's names of the kind compared comes first (a list is compared)."""
    from retrieval.lexical import tokenize

    scores = [sents.overlap_of(tokenize(w)) for w in said]
    kind = _kind_asked(" ".join(said[:2])) if lists else None
    names = _listed(" ".join(said[2:])).get(kind or "", frozenset())  # the list before: the most alike is compared

    def key(i: int, s) -> tuple:
        listed = _listed(s.text).get(kind or "", frozenset())
        return (bool(listed), len(listed & names), *(f(s) for f in scores), -i)
    best = max((key(i, s) for i, s in enumerate(sents.items)
                if i not in skip and s.role == "body" and _in_part(number, s.start)), default=None)
    return -best[-1] if best is not None and any(best[2:-1]) else None


def _listed(text: str) -> dict[str, frozenset[str]]:
    """The report's names ``text`` lists, by kind, for each kind it names two or more of."""
    from assistant.spot import spot

    kinds: dict[str, set[str]] = {}
    for m in spot(text):
        kinds.setdefault(m.kind, set()).add(m.canonical)
    return {k: frozenset(v) for k, v in kinds.items() if len(v) >= PAIR}


def _kind_asked(words: str) -> str | None:
    """The kind of name a compared list holds: the kind the subject's words name most, by name or by kind word."""
    from collections import Counter

    from assistant.spot import spot

    counts = Counter(m.kind for m in spot(words))
    for kind, pat in (("industry", r"\bindustr"), ("region", r"\bregion"), ("trend", r"\btrend")):
        counts[kind] += len(re.findall(pat, words, re.IGNORECASE))
    return counts.most_common(1)[0][0] if counts else None


PAIR = 2
_LIST = re.compile(r"\blist(?:s|ed)?\b|\bthe same (?:ones|names|industries|regions|trends)\b", re.IGNORECASE)


def verdict(first: str, second: str, labels: tuple[str, str] = ("the first", "the second")) -> tuple[str, str] | None:
    """Whether two sentences list the same names of one kind: ("yes" or "no", a sentence naming the difference);
    None when they do not both list names of a kind. Said of the quotes shown, and the answer's value in an answer
    never sure: which passages are compared is a guess."""
    a, b = _listed(first), _listed(second)
    kind = next((k for k in a if k in b), None)
    if kind is None:
        return None
    only_a, only_b = sorted(a[kind] - b[kind]), sorted(b[kind] - a[kind])
    if not only_a and not only_b:
        return "yes", "name the same ones"
    said = [f"only {labels[0]} names {', '.join(only_a)}" if only_a else "",
            f"only {labels[1]} names {', '.join(only_b)}" if only_b else ""]
    return "no", "differ: " + "; ".join(x for x in said if x)


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
    before_part = parts_named(state.last_answer.question or "")[:1]  # "which industries does 4.3 say …" before
    if len(parts) == 1 and before_part and before_part[0].number != parts[0].number:
        parts = parts + before_part  # "does the conclusion list the same ones?": that part is the other side
    own, subject = _subject_words(asked, state)
    lists = bool(_LIST.search(asked)) or len(state.last_answer.items) >= PAIR
    quotes, used = [], []
    for part in parts:  # the second part is read for what the first says: the same names, the other side
        i = best_in(part.number, (own, subject, *(q.text for q in quotes)), sents, frozenset(used), lists)
        if i is not None:
            used.append(i)
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
    told = verdict(*(sents.items[i].text for i in used), (parts[0].said, parts[-1].said)) \
        if lists and len(used) == PAIR else None
    if told is not None:  # the two quoted lists compared: which names differ is computed, of the quotes shown
        ans.answer = f"{ans.answer}\n\nThe quoted passages {told[1]}."
        ans.value = told[0]  # the answer stays unsure: which passages are compared is a guess
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
