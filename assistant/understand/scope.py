"""Scope across relations with clause-scoped negation: "downstream but not upstream", "marked downstream yet
no AOSI", "R&D but not business"."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Relation, Scope

_RELATION_WORDS = (("downstream", C.DOWN), ("upstream", C.UP), ("aosi", C.AOSI), ("rd", C.RD),
                   ("business", C.BUSINESS), ("downstream", re.compile(r"\bfig(ure)?\.? ?3\b")),
                   ("upstream", re.compile(r"\bfig(ure)?\.? ?4\b")), ("aosi", re.compile(r"\bfig(ure)?\.? ?5\b")))
# either impact matrix, one of them enough: "in either matrix", "either direction", "any way round"
EITHER_WAY = re.compile(r"\b(either|any|one or the other) (direction|way|matrix|matrices|figure|side|of the (two )?"
                        r"(matrices|directions|figures|sides))\b|\bany way round\b|\bat least one direction\b")
_CLAUSE = re.compile(r",|;|\bbut\b|\byet\b|\bwhile\b|\bwhereas\b|\band\b|\bor\b|\bthough\b")
_NEG = re.compile(r"\b(not|no|never|neither|nor|without|except|excluding|lack\w*|missing|absent|n't|"
                  + C.CONTRACTED_NOT + r")\b|n't\b")


def scope(text: str, marks: tuple[int, ...] = ()) -> tuple[Scope, ...]:
    """Each relation word in order of mention; negated when a negation precedes it within its own clause (a
    clause ends at a joining word or where the question's punctuation put a mark)."""
    text = C.NOT_WEAK.sub(lambda m: " " * len(m[0]), text)  # a grade bound ("not weak"), not a negation
    hits = []
    for rel, pat in _RELATION_WORDS:
        for m in pat.finditer(text):
            hits.append((m.start(), rel))
    either = EITHER_WAY.search(text)
    if either and not (C.DOWN.search(text) or C.UP.search(text)):  # "in either matrix": both, one of them is enough
        hits += [(either.start(), "downstream"), (either.start(), "upstream")]
    elif C.BOTH.search(text) and not (C.DOWN.search(text) or C.UP.search(text)):
        hits += [(C.BOTH.search(text).start(), "downstream"), (C.BOTH.search(text).start(), "upstream")]
    out: list[Scope] = []
    prev = None
    for start, rel in sorted(hits):
        if any(s.relation == rel for s in out):
            continue
        bounds = [m.end() for m in _CLAUSE.finditer(text, 0, start)] + [m for m in marks if m <= start]
        clause = text[max(bounds, default=0):start]
        negated = bool(_NEG.search(clause) or re.search(r"\bneither\b", text[:start]))
        negated = negated or bool(_POST_NEG.match(text, start)) or _figure_lacks(text, start)
        if negated and _none_of_any(text, start, marks):
            negated = False  # "don't get any upstream push": "not … any" asks for none marked in that very matrix
        if prev is not None and out and out[-1].negated and _CARRIES.search(text[prev:start]) and \
                not _BREAKS.search(text[prev:start]) and not any(prev < m <= start for m in marks):
            negated = True  # "not backed by either the downstream or the upstream matrix"
        out.append(Scope(rel, negated))
        prev = start
    return tuple(out)


# a negation said after the relation word: "upstream excluded", "business cooperation aside"
_POST_NEG = re.compile(r"[\w&-]+(\s+\d+)?(\s+(matrix|side|links?|effects?|cooperation|figure|ones?))?\s+(excluded|aside|left out|"
                       r"not (counted|included|considered|wanted)|"
                       r"(does|do|did|has|have) ?(not|n't|nt)( (mark|show|list|have|flag|tick)\w*)?\s*(\Z|[,;.?!]|\b(and|or|but)\b))")


# a figure named as the subject of a verb that says it lacks something: "the links figure 3 lacks", "… but Figure 3
# does not show that trend acting on the industry"
_FIGURE_LACKS = re.compile(r"(fig(ure)?\.? ?\d+|(the )?(down|up)stream (matrix|figure|table|side|view))\s+"
                           r"(lacks?|lacking|miss(es)?|omits?|leaves? out|skips?|"
                           r"(does|do|did) ?(not|n't|nt) (mark|show|list|have|flag|tick|record|give|contain|include)\w*)\b")


def _figure_lacks(text: str, start: int) -> bool:
    """The relation word at ``start`` is a figure (or a matrix by its side) that the clause says lacks the cells."""
    return _FIGURE_LACKS.match(text, start) is not None


def _none_of_any(text: str, start: int, marks: tuple[int, ...]) -> bool:
    """The negation before a relation word is "not … any" around it ("don't get any upstream push", "aren't
    upstream-influenced by any industry"): an aggregation (none marked), not the relation negated."""
    ends = [m.start() for m in _CLAUSE.finditer(text, start)] + [m for m in marks if m > start] + [len(text)]
    return bool(re.search(r"\bany\b", text[start - 12 if start >= 12 else 0:min(ends)])) and \
        not re.search(r"\b(but|yet|while|whereas)\b", text[:start])


_CARRIES = re.compile(r"\b(or|nor)\b")
_BREAKS = re.compile(r"\b(but|yet|while|whereas|and)\b|,")


_ANY_NEG = re.compile(r"\b(not|no|none|never|neither|nor|without|except|excluding|untouched|unaffected|unmarked|"
                      r"miss|misses|missed|skips?|skipped|omits?|omitted|"
                      + C.CONTRACTED_NOT + r"|"
                      r"left out|missing|absent|excluded|lack\w*)\b|n't\b|"
                      # "which of them have nothing under X", "nothing ticked": an absence of marks, not "mean nothing"
                      r"\b(?:ha(?:ve|s)|get|gets|got|with|show|shows)\s+nothing\b|\bnothing\s+(?:at all\s+)?"
                      r"(?:ticked|marked|dotted|under|for|in)\b")


def negation(text: str) -> bool:
    """A negation in the question (its place in the scope, if any, is read by ``scope``). Clauses that only
    hedge are blanked before this reads them (``clauses.blank_hedges``)."""
    return bool(_ANY_NEG.search(_NOT_ONLY.sub(" ", C.NOT_WEAK.sub(" ", text))))


# "not just any influence", "not only downstream": a bound on something else, not a negated verb
_NOT_ONLY = re.compile(r"\bnot (only|just|merely|simply|necessarily)\b")


def positive(rel: Relation | None, said: tuple[Scope, ...]) -> Relation | None:
    """The impact matrix asked for when the question negates the one the words name first: "not upstream,
    downstream" is downstream."""
    if rel not in ("downstream", "upstream"):
        return rel
    other = "upstream" if rel == "downstream" else "downstream"
    sign = {s.relation: s.negated for s in said}
    return other if sign.get(rel) is True and sign.get(other) is False else rel
