"""A follow-up asking which of the answer before's items the report calls something: "which one does the report call
the most important?", "which of them does the conclusion single out as most relevant", "which ones are described as
drivers". The answer is the passage that makes the claim of those items: a body sentence that holds the claim's own
words (as a phrase first) whose quote, with the list it opens, names one or more of the items. The items it names are
the answer; the passage is shown. Structural (the question's shape, the report's sentences, the last answer's items),
for any list, claim or part of the report.
"""

from __future__ import annotations

import re

import corpus
from assistant.answer import Answer

# "which (one|ones|four|of them) does <who> call/single out/… <claim>" and the passive "which one is called <claim>"
_GROUP = r"(?:one|two|three|four|five|six|\d+)(?: of (?:them|those|these))?|of (?:them|those|these)"  # of the items before, not "of the industries"
_WHICH = rf"\bwhich\b(?:\s+(?:ones|{_GROUP}))?"
_VERBS = (r"call(?:s|ed)?|nam(?:e|es|ed)|singl(?:e|es|ed) out|pick(?:s|ed)? out|consider(?:s|ed)?|sees?|seen|"
          r"regard(?:s|ed)?|describ(?:e|es|ed)|identif(?:y|ies|ied)|highlight(?:s|ed)?|deem(?:s|ed)?|label(?:s|led)?|"
          r"rank(?:s|ed)?")  # not "rated": a grade is the tables' word
_ACTIVE = re.compile(rf"{_WHICH}\s+(?:does|do|did)\s+(?P<who>[\w§. ]+?)\s+(?:{_VERBS})\s+(?P<claim>.+)$", re.IGNORECASE)
_PASSIVE = re.compile(rf"\bwhich\s+(?:{_GROUP})\s+(?:is|are|was|were|gets?|got)\s+(?:{_VERBS})\s+(?P<claim>.+)$", re.IGNORECASE)
_FILLER = re.compile(r"^(?:as|to be|being)\s+|\s+(?:by (?:the report|it|them|the authors))$", re.IGNORECASE)
_ONE = re.compile(r"\bwhich\s+(?:one|is|was)\b", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = re.compile(r"\bwhich\s+(two|three|four|five|six|\d+)\b", re.IGNORECASE)
# the last answer lists at least this many items to pick from
AT_LEAST = 2


def claim_asked(question: str) -> tuple[str, str] | None:
    """(who is said to claim it — "the report", "the conclusion", "" for a passive —, the claim's words) of a
    question asking which items the report calls something; None for any other question."""
    text = " ".join(question.split()).rstrip(" ?.!")
    m = _ACTIVE.search(text) or _PASSIVE.search(text)
    if m is None:
        return None
    claim = _FILLER.sub("", re.split(r"[,;]", m["claim"])[0].strip()).strip()  # "…, and why?": another question
    who = m.groupdict().get("who") or ""
    return (who.strip(), claim) if claim else None


def _fold(text: str) -> str:
    return " ".join(text.replace("*", "").casefold().split())


def _phrase(claim: str) -> str:
    """The claim's words as the report would write them, the article dropped ("the most important" -> "most
    important")."""
    return _fold(re.sub(r"^(?:the|a|an)\s+", "", claim, flags=re.IGNORECASE))


def named_in(text: str, items: list[str]) -> list[str]:
    """The items ``text`` names, in the items' order: as written (case, emphasis and spacing aside), or by a name of
    the report's the text spells another way ("Blue Growth" for Blue Growth Industries)."""
    from assistant.spot import spot

    folded = _fold(text)
    spotted = {_fold(m.canonical) for m in spot(text)}
    return [i for i in items if _fold(i) in spotted or re.search(rf"(?<!\w){re.escape(_fold(i))}(?!\w)", folded)]


def _candidates(claim: str, items: list[str], sents, part: str | None):
    """(phrase said, items named, -index, start, end) for each body sentence holding the claim's words whose quote
    names an item; in the named part only when one is named."""
    from retrieval.chunks import Span
    from retrieval.lexical import tokenize

    words = set(tokenize(claim))
    phrase = _phrase(claim)
    if not words:
        return []
    out = []
    for i, s in enumerate(sents.items):
        if s.role != "body" or not words <= s.tokens:
            continue
        if part is not None and not _in(part, s.start):
            continue
        start, end = sents.context(Span(s.start, s.end, s.text))
        # said of the items: they stand in the claim's own sentence, or in the list it opens ("…as the most relevant:")
        names = named_in(corpus.report_text()[start:end] if s.text.rstrip().endswith(":") else
                         _saying(s.text, phrase), items)
        if names:
            out.append((phrase in _fold(s.text), len(names), -i, start, end, names))
    return sorted(out, reverse=True)


def _saying(text: str, phrase: str) -> str:
    """The sentence of ``text`` (a list item may hold several) that holds ``phrase``; all of it when none does."""
    parts = re.split(r"(?<=[.!?])\s+(?=[*\"“A-Z])", text)
    return next((p for p in parts if phrase in _fold(p)), text)


def _in(number: str, start: int) -> bool:
    at = corpus.section_at(start).number
    return at == number or at.startswith(number + ".")


def _wanted(question: str) -> int | None:
    """How many items the question asks for: one ("which one", "which is"), a number ("which four"), or None."""
    if _ONE.search(question):
        return 1
    m = _COUNT.search(question)
    if m is None:
        return None
    word = m[1].lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def claimed(asked: str, state, sents) -> Answer | None:
    """The passage that says which of the answer before's items the report calls what ``asked`` asks, with those
    items as the answer; None when the question asks no such thing, the answer before listed fewer than two items,
    or no sentence of the report holds the claim's words beside an item. Sure only when the claim stands as a phrase
    in the sentence and it names as many items as asked."""
    from assistant import render
    from assistant.agrees import parts_named
    from retrieval.extract import quote_at
    from retrieval.records import RetrievalResult

    asked_claim = claim_asked(asked)
    last = state.last_answer
    items = [i for i in (last.items if last is not None else []) if isinstance(i, str)]
    if asked_claim is None or len(items) < AT_LEAST:
        return None
    who, claim = asked_claim
    parts = parts_named(who)
    found = _candidates(claim, items, sents, parts[0].number if parts else None)
    if not found:
        return None
    phrased, _, _, start, end, names = found[0]
    res = RetrievalResult(question=asked, passages=[], quotes=[quote_at(start, end, 1.0)], in_scope=True,
                          best_score=0.0, threshold=0.0)
    ans = render.retrieval_answer(res)
    before = " ".join(last.question.split()).rstrip(" ?.!")
    where = parts[0].said if parts else "the report"
    phrase = ans.reading
    ans.items, ans.value = names, names[0] if len(names) == 1 else None
    ans.reading = (f"Which of the {len(items)} items of the answer before (\u201c{before}\u201d) {where} calls "
                   f"{claim}: the passage that says so")
    said = f"**{', '.join(names)}** \u2014 {where} calls {'it' if len(names) == 1 else 'them'} {claim}:"
    ans.answer = ans.answer.replace(f"*{phrase}*", f"*{ans.reading}*\n\n{said}", 1)
    wanted = _wanted(asked)
    ans.sure = phrased and (wanted is None or wanted == len(names))
    ans.inherited = before
    return ans


def asks_text(asked: str) -> bool:
    """A follow-up the report's text answers about the answer before: a check against a part it names ("does the
    conclusion agree") or a claim of its items ("which one does the report call the most important")."""
    from assistant.agrees import asks_check

    return asks_check(asked) or claim_asked(asked) is not None


def in_text(asked: str, state, sents) -> Answer | None:
    """The answer to such a follow-up (``claimed``, else ``assistant.agrees.checked``); None to go on as any question."""
    from assistant.agrees import checked

    return claimed(asked, state, sents) or checked(asked, state, sents)
