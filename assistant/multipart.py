"""A message that asks two things at once ("which trends hit medtech, and where in the value chain?"): each part
is answered in turn, a later part leaning on an earlier one as a follow-up would, and one answer shows every
part and says plainly which part was not answered. No part is ever dropped in silence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.answer import Alternative, Answer
from assistant.partasks import asks, figures, unmet
from assistant.spot import fold, spot
from assistant.understand import read
from assistant.understand.clauses import Part


def answer_parts(parts: tuple[Part, ...], ask: Callable[[str], Answer]) -> list[Answer]:
    """Each part asked in turn (``ask`` keeps the conversation, so a later part leans on an earlier one). A part
    that names nothing, leans on what was said before and finds no sure answer of its own ("…, and what should
    their managers do first") is asked again as the question it would be offered as (its words with the names the
    table parts before it took), and that answer is unsure."""
    answers: list[Answer] = []
    for part in parts:
        ans = ask(part.text)
        about = _about(answers)
        if about and not _answered(ans) and not ans.sure and not spot(part.text) and _leans(part):
            asked = _ask(part, about)
            again = ask(asked)
            if again.route == "retrieval" or again.route == "tool" and _repeats(again, answers) is None:  # a guess
                # at the subject (passages, or a table answer no part before it gave): never sure
                ans = replace(again, sure=False, reading=f"{again.reading} (read as \u201c{asked}\u201d)")
        answers.append(ans)
    return answers


# "which other industries", "what else": relative to a subject said before
_RELATIVE = re.compile(r"\b(?:other|others|else|instead)\b")


def _leans(part: Part) -> bool:
    """The part has no subject of its own: it points back (a pronoun, "which of those", "which other …") or is too
    short to stand alone ("what counted as significant"). "and how is a mega trend defined" stands alone."""
    said = read(part.text).followup
    return said.pronoun or said.of_those or said.short or _RELATIVE.search(fold(part.text)) is not None


def combine(parts: tuple[Part, ...], answers: list[Answer]) -> Answer | None:
    """One answer for every part; None when no part gets a table answer (a narrative question with two
    clauses is searched as one question, so the passages answer both)."""
    tools = [a for a in answers if a.route == "tool"]
    if not tools:
        return None
    pairs = list(zip(parts, answers, strict=True))
    missed = [p for p, a in pairs if not _shown(p, a)]
    # the last question asked usually builds on the first ("…, and how strong is its …"); "and what page is it on"
    # only says where the answer before it is
    main = next((a for a in reversed(tools) if a.reason != "recall"), tools[-1])
    about = _about(tools)
    sections = [f"**{i}. {_ask(p)}**\n\n{_section(p, a, about, answers[:i - 1])}" for i, (p, a) in enumerate(pairs, 1)]
    head = ""
    if missed:
        head = (f"Your message asks {len(parts)} questions; I could not answer "
                + " or ".join(f"\u201c{_ask(p)}\u201d" for p in missed) + ". The others are answered below.\n\n")
    short = [unmet(p, a) if a.sure else None for p, a in pairs]  # a yes/no answered by a list: read only in part
    alts = [Alternative(f"The part not answered: \u201c{_ask(p)}\u201d", _ask(p, about if a.route != "refuse" else ""))
            for p, a in pairs if not _answered(a)]
    alts += [x for p, a in pairs if _shown(p, a) for x in a.alternatives]
    said = figures(parts, answers, main)  # each figure from the part that asks for it
    shown = [a for p, a in pairs if _shown(p, a)]
    return replace(main, answer=head + "\n\n".join(sections), value=said.value, count=said.count,
                   items=said.items.items, rows=said.items.rows, groups=said.items.groups,
                   citations=_citations(shown), passages=[x for a in shown for x in a.passages],
                   reading=f"{len(parts)} questions in one: " + "; ".join(_readings(pairs, short)),
                   sure=not missed and not any(short) and all(a.sure for _, a in pairs), alternatives=alts[:3],
                   inherited=answers[0].inherited)  # what the message took from the turn before it


_NAME_KEYS = ("industry", "trend", "subtrend", "parameter", "region", "country", "region_a", "region_b")


def _about(answers: list[Answer]) -> str:
    """The names the table answers took, in order: the subject a part that names none shares with them."""
    return ", ".join(dict.fromkeys(v for a in answers if a.route == "tool" for k, v in a.args.items()
                                   if k in _NAME_KEYS and isinstance(v, str)))


def _readings(pairs: list[tuple[Part, Answer]], short: list[str | None]) -> list[str]:
    """How each part was read: its answer's reading, what a table answer left out of it, an unsure search said
    as such, a part not answered named in its own words."""
    out = []
    for i, ((p, a), u) in enumerate(zip(pairs, short, strict=True), 1):
        if not _shown(p, a):
            out.append(f"({i}) not answered: \u201c{_ask(p)}\u201d")
        elif _answered(a):
            out.append(f"({i}) {a.reading}" + (f" (not read: {u})" if u else ""))
        else:
            out.append(f"({i}) not sure: {a.reading}")
    return out


def _section(part: Part, a: Answer, about: str, before: list[Answer]) -> str:
    """A part's answer (an unsure search says it is unsure); a refusal says why (the terms the report never uses);
    the same table answer as a part before it is given as its count when the part asks how many ("…, and how many
    are there?"), else pointed to."""
    first = _repeats(a, before)
    if first is not None and asks(part) == "count":
        return f"{a.count if a.count is not None else len(a.items)} (the answer above)."
    if first is not None:
        return f"Answered above, under question {first}."
    if _shown(part, a) or a.route == "refuse":
        return a.answer
    return f"Not answered: ask it on its own, for example \u201c{_ask(part, about)}\u201d"


def _repeats(a: Answer, before: list[Answer]) -> int | None:
    """The number of the first part before whose table answer this one repeats (same tool and arguments, same
    value and entries: "…, and is logistics one of them" answers its own yes or no)."""
    return next((i for i, b in enumerate(before, 1) if a.route == b.route == "tool" and
                 (b.tool, b.args, b.value, b.items) == (a.tool, a.args, a.value, a.items)), None)


def _answered(a: Answer) -> bool:
    """A part counts as answered with a table answer, or with passages the search was sure of."""
    return a.route == "tool" or a.route == "retrieval" and a.sure


def _shown(part: Part, a: Answer) -> bool:
    """A part's answer is shown when it is a table answer or passages (an unsure search says so itself); a passage
    the search was unsure of is no answer to a yes or no ("…, and are they all logistics")."""
    return a.route == "tool" or a.route == "retrieval" and (a.sure or asks(part) != "yesno")


def _ask(part: Part, about: str = "") -> str:
    """The part as a question of its own: its words, a capital, the names it leaned on, a question mark."""
    words = part.text.strip(" ,;:-")
    for joiner in ("and also ", "and ", "also ", "plus ", "then ", "but ", "so "):
        if words.lower().startswith(joiner):
            words = words[len(joiner):]
            break
    words = words.rstrip("?")
    if about and not spot(words):
        words += f" for {about}"
    return words[:1].upper() + words[1:] + "?"


def _citations(answers) -> list:
    out, seen = [], set()
    for a in answers:
        for c in a.citations:
            key = (c.figure, c.section, c.page, c.quote)
            if key not in seen:
                seen.add(key)
                out.append(c)
    return out


@dataclass(frozen=True)
class Remarked:
    """A message that asks one question and then remarks on it ("is X one too? fig 3 has a dot there"): the question
    is answered; the remark is the user's own view, named in the reading, not read as part of the question."""

    question: str
    remark: str

    def heard(self, ans: Answer) -> bool:
        """Every name the remark says is one the answer took (its arguments) or the question says itself."""
        used = {v for v in ans.args.values() if isinstance(v, str)} | {m.canonical for m in spot(self.question)}
        return {m.canonical for m in spot(self.remark)} <= used


# a sentence with a subject and a finite verb of its own: a statement, not words added to the question before it
# ("only downstream", "list all if tied", "for logistics i mean" add to it)
_STATEMENT = re.compile(r"^(?:(?:but|though|although|because|since|as far as|as|and|so)\s+)?(?:[\w&'-]+\s+){0,6}?"
                        r"(?:has|have|had|is|was|were|are|says?|said|thought|think|shows?|showed|marks?|lists?|"
                        r"counts?|counted|see|saw|looks?|seems?|gives?|puts?)\b", re.IGNORECASE)
_ADDS = re.compile(r"\b(?:i mean|i meant|only|just|please|pls|if (?:tied|any|so))\b", re.IGNORECASE)
_ASKS = re.compile(r"^(?:and |so |but |or )?(?:which|what|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|"
                   r"can|could|should|would|will|has|have)\b", re.IGNORECASE)


def remarked(question: str) -> Remarked | None:
    """The question and the remark after it, when a message is "<question>? <statement>" and the statement asks
    nothing (no question mark, no question word first) and adds no bound to the question; None otherwise."""
    head, mark, tail = question.partition("?")
    tail = tail.strip(" .!,;-")
    if not mark or not head.strip() or not tail or "?" in tail or _ASKS.match(tail) or _ADDS.search(tail) or \
            not _STATEMENT.match(tail):
        return None
    return Remarked(head.strip() + "?", tail)


def noted(ans: Answer, said: Remarked, question: str) -> Answer:
    """The answer to the question of a remarked message: the whole message as its question, the remark named in
    the reading, and unsure (the remark was not checked against the report)."""
    ans.question = question
    ans.reading = f"{ans.reading} (your remark \u201c{said.remark}\u201d was not checked)"
    ans.sure = False
    return ans
