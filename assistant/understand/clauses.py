"""Clause boundaries: the folded text the extractors read, with the places where the question's punctuation
ended a clause, and the parts of a question that asks two things.

``fold`` drops punctuation so that names match however they are typed; the marks keep what it drops that
matters for meaning: a comma, semicolon, colon, question mark or dash ends a clause, so negation and scope stay
inside their clause, and "which trends hit medtech, and where in the value chain?" is two questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import cues as C
from assistant.spot import fold

_MARK = "\u00a6"  # a character fold keeps and no question uses; stands for a clause end while folding
# punctuation that ends a clause: , ; : ? ! a sentence's full stop (not "fig." or "e.g."), a spaced dash
_PUNCT = re.compile(r"[,;:?!]|\.(?=\s|$)|\s[-\u2013\u2014]+\s|[\u2013\u2014]")
_ABBREV = re.compile(r"(^|[\s(])(fig|figs|e\.g|i\.e|vs|no|p|pp|ca|cf|etc|approx|sect?|ch)$", re.I)
# a clause that opens a question of its own: a question word or an auxiliary, after an optional joiner
_OPENS = re.compile(r"^(and |also |plus |then |but |or )*(and also |as well as )?"
                    r"(which|what|where|who|whose|when|why|how|is|are|does|do|did|can|could|has|have|was|were|will|"
                    r"list|name|show|give|tell)\b")
# a later clause that asks again: a question word, or an auxiliary with its subject ("are they", "is it")
# a yes/no about a name that points back at what the question before it listed: "… and is India one of them"
_BACK = r"(one of them|one of those|among them|among those|in them|of them|in that list|on the list|in the list|part of it)\b"
_ASKS_BACK = re.compile(r"^(and |also |plus |but |so )*(is|are|does|do|did|was|were) [\w &'-]{1,40}?\b" + _BACK)
_LATER = re.compile(r"^(and |also |plus |then |but |so )*(and also |as well as )?"
                    r"((which|what|where|who|whose|when|why|how)\b|(is|are|does|do|did|can|could|has|have|was|were|will) "
                    r"(they|it|these|those|there|that|this|all|both|any|each|either|the|we|i|you|he|she)\b)")
_JOINED = re.compile(r"\b(and|also|plus) (?=(which|what|where|who|whose|when|why|how)\b|"
                     r"(is|are|does|do|did|was|were) (they|it|these|those|there|all|both|any|each)\b|"
                     r"(is|are|does|do|did|was|were) [\w &'-]{1,40}?\b" + _BACK + r")", re.I)


def marked(question: str) -> tuple[str, tuple[int, ...]]:
    """``fold(question)`` and the offsets in it where a clause ends (never 0 or the end)."""
    question = question.replace(_MARK, " ")
    text = fold(_PUNCT.sub(_mark, question))
    out, marks = [], []
    for part in text.split(_MARK):
        part = part.strip()
        if part:
            out.append(part)
            marks.append(len(" ".join(out)))
    folded = " ".join(out)
    if folded != fold(question):  # never: fold only spaces punctuation; keep the plain reading if it does
        return fold(question), ()
    return folded, tuple(m for m in marks[:-1] if 0 < m < len(folded))


def _mark(m: re.Match) -> str:
    """A clause mark for one punctuation; fold keeps dashes, so they stay before the mark."""
    if m[0] == "." and _ABBREV.search(m.string, 0, m.start()):
        return m[0]
    return f" {m[0].strip()} {_MARK} " if "-" in m[0] or "\u2013" in m[0] or "\u2014" in m[0] else f" {_MARK} "


@dataclass(frozen=True)
class Part:
    """One question of several asked at once, in the user's own words."""

    text: str


def clause_spans(text: str, marks: tuple[int, ...]) -> list[tuple[int, int]]:
    """The clauses of the folded text, as (start, end) offsets."""
    bounds = [0, *marks, len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


# a later clause that asks why about the question before it ("…, and why", "why those partners", "why so strong",
# "why does that matter"): a clause with no name and only words that point back at what was asked before it
_WHY_AFTER = re.compile(r"(?:[,;:?!.]|\s[-\u2013\u2014]+|\band)\s*(?:(?:and|but|so|also)\s+)?(?:why|how come)\b"
                        r"(?P<rest>[^,;:?!.]*)", re.I)
_WHY_POINTER = re.compile(r"^\W*$|\b(those|these|them|that|this|it|there|so|they|their)\b", re.I)


def asks_why_back(question: str) -> bool:
    """"who do its clusters work with, and why?": a later clause asks why about the question before it, so the
    message is one question for the report's text (its passage says both who and why), not a table answer with an
    unanswerable "why" beside it. A why-clause with a name or a subject of its own is a question of its own."""
    from assistant.spot import spot

    return any(m.start() > 0 and not spot(m["rest"]) and _WHY_POINTER.search(m["rest"])
               for m in _WHY_AFTER.finditer(question))


def parts(question: str) -> tuple[Part, ...]:
    """The questions a question asks: one part, or several where a later clause opens a question of its own
    ("which trends hit medtech, and where in the value chain?", "…? is it also upstream?", "…, and are they all
    logistics"). A clause that opens no question stays with its question: one before it sets the context
    ("for medtech, which trends …"), one after it adds to it ("…, only downstream", "…, list all if tied")."""
    if asks_why_back(question):
        return (Part(question),)
    out: list[list[str]] = []
    pending = ""  # context clauses before the first question
    for clause in _raw_clauses(question):
        folded = fold(clause)
        if not out:
            if pending and _AND_ASKS.match(folded) and "?" not in question[:question.find(clause)]:
                # "abbreviation for LS, and how many AOSIs does it have" (no question mark before: a bare request)
                out += [[pending.rstrip(", ")], [clause]]  # the words before "and <question>" ask a thing too
            elif _OPENS.match(folded):
                out.append([pending + clause.strip()])
            else:
                pending += clause.strip() + ", "
        elif (_LATER.match(folded) or _ASKS_BACK.match(folded)) and not _NAME_THEM.match(folded):
            out.append([clause])
        else:
            out[-1].append(clause)
    if len(out) < 2:
        return (Part(question),)
    texts = [", ".join(c.strip(" ,;") for c in group) for group in out]
    return tuple(Part(_with_subject(t, texts[i - 1]) if i else t) for i, t in enumerate(texts))


# a clause joined by "and" that opens a question: what came before it is a question of its own, not its context
_AND_ASKS = re.compile(r"^(and|also|plus|as well as) (and also )?(which|what|where|who|whose|when|why|how)\b")


# "how many … and which": a bare "which" after a count asks for the entries counted, which the count's answer lists
_NAME_THEM = re.compile(r"^(and |so )?(which|which ones|what are they|which are they|name them|list them)\W*$")
_BARE = re.compile(r"^(and |but |so )?(why|how come|how so|how|why not|in what way)\W*$", re.I)


def _with_subject(text: str, before: str) -> str:
    """"…, and why?": a bare question word asks about the question before it, so it carries that question's words
    ("why: which trends drive medtech")."""
    m = _BARE.match(text.strip())
    return f"{m[2]}: {before}" if m else text


def _raw_clauses(question: str) -> list[str]:
    """The question cut where punctuation ends a clause, and before "and which …" / "and are they …"."""
    out, last = [], 0
    for m in _PUNCT.finditer(question):
        if m[0] == "." and _ABBREV.search(question, 0, m.start()):
            continue
        out.append(question[last:m.start()])
        last = m.end()
    out.append(question[last:])
    cut = []
    for clause in out:
        at = [m.start() for m in _JOINED.finditer(clause) if m.start() > 0]
        for a, b in zip([0, *at], [*at, len(clause)], strict=False):
            cut.append(clause[a:b])
    return [c for c in cut if fold(c)]


# what a clause that asks or restricts holds: a relation, a direction verb, a focus noun, a grade, a figure
_CONTENT = (C.DOWN, C.UP, C.AOSI, C.ACTIVE, C.PASSIVE, C.NEUTRAL_VERBS, C.RD, C.BUSINESS, C.COOP, C.SUBTREND_WORD,
            C.CROSSOVER, C.MEMBERSHIP, C.LOCATE, C.HOTSPOT, C.CHART, C.FIGURE_REF, C.GRADE_WORDS,
            *(p for _, p in C.FOCUS_WORDS))
_HEDGE_NEG = re.compile(r"\b(not|no|never|n't|" + C.CONTRACTED_NOT + r")\b|n't\b")
_HEDGE_BREAK = re.compile(r"\b(but|so|anyway|though)\b")
# a clause where the speaker sets aside a reading ("I don't mean upstream", "not asking about R&D"): it corrects
# how the question is read; it is no part of what is asked
_SET_ASIDE = re.compile(r"^\s*((i|we)( am|'m| are|'re| do| did)? )?(not|n't|dont|don't|didn't|didnt) "
                        r"(mean\w*|ask\w*|interested|car\w*|need\w*|talking)\b|^\s*(never ?mind|ignore|leave out)\b")


def blank_hedges(text: str, marks: tuple[int, ...], spans: tuple[tuple[int, int], ...]) -> str:
    """The text with each clause that negates nothing asked blanked out (same length): "I'm not sure, but …",
    "not an expert here - …", and each clause that sets a reading aside ("… ? I don't mean upstream"). Their
    negation belongs to the speaker, not to a relation or a name."""
    bounds = sorted({0, *marks, *(m.start() for m in _HEDGE_BREAK.finditer(text)), len(text)})
    for a, b in zip(bounds, bounds[1:], strict=False):
        clause = text[a:b]
        if _SET_ASIDE.search(clause) and not any(s < b and a < e for s, e in spans):
            text = text[:a] + " " * (b - a) + text[b:]
            continue
        if not _HEDGE_NEG.search(clause) or any(s < b and a < e for s, e in spans):
            continue
        if any(p.search(clause) for p in _CONTENT) or _OPENS.match(clause.strip()):
            continue
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# a clause that reports what the report's own text says ("the text keeps saying there are 12 AOSIs", "§2.3 says
# the AOSIs come from Figures 3 and 4", "the conclusion says logistics has the most"): a claim, not a question
_REPORTED = re.compile(r"^(the |its |this |in the )?(text|report|conclusion|conclusions|introduction|summary|"
                       r"section|chapter|§|authors?|study|paper|document|narrative|executive summary)\b.{0,40}?"
                       r"\b(says?|saying|said|states?|stating|stated|claims?|claiming|writes?|wrote|mentions?|argues?|"
                       r"concludes?|notes?|reports?|tells?|speak\w* of|talk\w* about|puts? it|keeps? \w+ing)\b")


def reported(text: str) -> bool:
    """The folded question opens by reporting what the report says ("the text says …", "§4.4 claims …")."""
    return _REPORTED.match(text.strip()) is not None


# the question after it checks the claim against a figure: a yes/no that names a figure, matrix or table
_AGAINST_FIGURE = re.compile(r"\b(fig(ure)?s? ?\d+|matrix|matrices|table|chart|grid)\b")


def after_claim(question: str) -> str | None:
    """The question that follows a reported claim, when it checks that claim against a figure ("The text keeps
    saying there are 12 AOSIs. Does Figure 5 show 12 marks?") or asks the figure a question of its own ("… What
    does Figure 13 show for Southwest-Northern Europe?"): the claim is context, and its names and numbers are
    not what is asked. None when there is no such claim, or the question points back into it ("… those two")."""
    clauses = _raw_clauses(question)
    if len(clauses) < 2 or not _REPORTED.match(fold(clauses[0]).strip()):
        return None
    for clause in clauses[1:]:
        folded = fold(clause).strip()
        if not (C.YESNO.match(folded) or _ASKS_FIGURE.match(folded)):
            continue
        rest = question[question.index(clause.strip()):] if clause.strip() else ""
        text = fold(rest)
        if not _AGAINST_FIGURE.search(text) or _POINTS_BACK.search(text):
            return None
        return rest
    return None


# a question of its own put to a figure: "what does Figure 13 show for …", "which regions does the R&D matrix rate …"
_ASKS_FIGURE = re.compile(r"^(what|which|how)\b")
_POINTS_BACK = re.compile(r"\b(those|these|them|both|either|that|this|it|so|true|right|correct|back\w*|confirm\w*|support\w*|agree\w*)\b")


# a check that only points back at the claim: "does figure 5 agree", "does the table back that", "is that right"
_ONLY_CHECKS = re.compile(r"^(does|do|did|would|can|could|is|are)\s+(?P<fig>.*?)\s*\b(really |actually |indeed )?"
                          r"(agree|agrees|back|backs|support|supports|confirm|confirms|match|matches|bear|bears|"
                          r"show|shows)( (it|that|this|so|them))?( (out|up))?( (with )?(it|that|this|so))?\s*$")
_CLAIM_VERB = re.compile(r"\b(says?|saying|said|states?|stating|stated|claims?|claiming|writes?|wrote|mentions?|argues?|"
                         r"concludes?|notes?|reports?|tells? us|puts? it|keeps? \w+ing)\b( that)?\s*")


_IMPACT_FIGURE = re.compile(r"\bfig(ure)?\.? ?[345]\b|\b(downstream|upstream|aosi|impact)\b")


def claim_checked(question: str) -> str | None:
    """A reported claim put to a figure by a check that only points back at it ("§4.5 says logistics has the most
    AOSIs. does figure 5 agree?"): the claim itself, asked of that figure as a yes/no ("is it true that logistics
    has the most AOSIs in figure 5"). None when the question is not of that shape."""
    clauses = _raw_clauses(question)
    if len(clauses) < 2 or not _REPORTED.match(fold(clauses[0]).strip()):
        return None
    check = _ONLY_CHECKS.match(fold(clauses[-1]).strip())
    if check is None or not _IMPACT_FIGURE.search(check["fig"]):
        return None  # the cooperation tables have their own claim checks (grades of pairs)
    said = _CLAIM_VERB.search(clauses[0])
    if said is None:
        return None
    claim = ", ".join(c.strip() for c in [clauses[0][said.end():], *clauses[1:-1]] if c.strip())
    return f"is it true that {claim} in {check['fig']}" if claim else None
