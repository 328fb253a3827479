"""A count the question states and asks to be checked: "does Figure 5 show 12 marks", "is big data marked for five
industries", "are there only 3 regions", "does logistics have more than four AOSIs". Read from the folded text; the
number is the question's claim, so a plan that only lists or says "any" would answer a different question."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant import cues as C

_NUM = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)"
_WORDS = C.COUNT_WORDS
# what a count counts: the marks of a figure or the entries of one of the report's lists
_COUNTED = (r"(marks?|dots?|ticks?|checks?|crosses|cells?|entries|points?|pairs?|links?|connections?|aosis?|areas?|"
            r"(mega ?)?trends?|megatrends?|industr(y|ies)|sectors?|regions?|countr(y|ies)|sub-?trends?|subtrends?|"
            r"parameters?|partners?|key areas?|hot-?spots?)")
_BOUND = (r"(?P<bound>exactly|precisely|just|only|at least|no fewer than|more than|over|above|fewer than|less than|"
          r"at most|no more than|under)?\s*")
_STATED = re.compile(r"(?<![\w§.])" + _BOUND + r"(?P<n>" + _NUM + r")(?!\s+of\b)\s+(?:[\w-]+\s+){0,3}?" + _COUNTED + r"\b")
# a number that names a thing rather than counting: "figure 5", "section 2.3", "tier 1", "page 12", "top 3"
_NAMING = re.compile(r"\b(fig|figure|figures|section|sections|chapter|§|tier|tiers|page|pages|p|pp|top|table|appendix|"
                     r"the|of|and|or|to|in|from)\s*$|\d\s*$")
_OPS = {"at least": ">=", "no fewer than": ">=", "more than": ">", "over": ">", "above": ">", "fewer than": "<",
        "less than": "<", "at most": "<=", "no more than": "<=", "under": "<"}

Op = Literal["==", ">=", ">", "<", "<="]


@dataclass(frozen=True)
class Stated:
    """The count a yes/no question claims, and how the real count must compare with it."""

    n: int
    op: Op = "=="

    def holds(self, count: int) -> bool:
        return {"==": count == self.n, ">=": count >= self.n, ">": count > self.n, "<": count < self.n,
                "<=": count <= self.n}[self.op]

    def said(self) -> str:
        return {"==": "", ">=": "at least ", ">": "more than ", "<": "fewer than ", "<=": "at most "}[self.op] + str(self.n)


def stated(text: str, yes_no: bool | None = None) -> Stated | None:
    """The count a yes/no question states ("… show 12 marks?"), or None (not a yes/no question, no number, or a
    number that names a figure, section, tier or page). ``yes_no``: the caller has read the question as a yes/no
    (its asking clause may follow a topic: "renewable energy - is only one parameter marked?")."""
    if not (C.YESNO.search(text) if yes_no is None else yes_no):
        return None
    at = 0
    while (m := _STATED.search(text, at)) is not None:
        at = m.start("n") + 1  # the next try starts inside this one: "figure 5 show 12 marks" reads on to 12
        if _NAMING.search(text[:m.start("bound") if m["bound"] else m.start("n")]):
            continue
        word = m["n"]
        n = _WORDS.get(word) if not word.isdigit() else int(word)
        if n is None:
            continue
        return Stated(n, _OPS.get(m["bound"] or "", "=="))  # type: ignore[arg-type]
    return None


# a yes/no asked after a condition or a participle: "if I count the dots in figure 5, do I get 12", "counting the
# ticks for X, is it 4": the question starts at its auxiliary
_ASKED_AFTER = re.compile(r"^\W*(?:if|when|once|counting|adding|summing|tallying)\b.*?\b(?=(?:do|does|did|is|are|would|"
                          r"will|can|could)\s+(?:i|we|you|it|they|there|that|this|the)\b)")
# a number that ends the yes/no ("do I get 12", "is it really twelve?"): what the question counts, claimed
_LAST = re.compile(r"(?<![\w§.])" + _BOUND + r"(?P<n>" + _NUM + r")\W*$")


def asked_yes_no(clause: str) -> str | None:
    """The yes/no a clause asks, from its auxiliary on ("if I count them, do I get 12" -> "do I get 12"), or None
    when the clause asks none."""
    m = _ASKED_AFTER.match(clause)
    rest = clause[m.end():] if m else clause
    return rest if C.YESNO.match(rest) else None


def claimed(clause: str) -> Stated | None:
    """The count a yes/no clause claims: a stated count ("… 12 marks"), or a bare number that ends it ("do I get
    12?"), never a number that names a figure, section or page."""
    said = stated(clause, yes_no=True)
    if said is not None:
        return said
    m = _LAST.search(clause)
    if m is None or _NAMING.search(clause[:m.start("bound") if m["bound"] else m.start("n")]):
        return None
    word = m["n"]
    n = _WORDS.get(word) if not word.isdigit() else int(word)
    return None if n is None else Stated(n, _OPS.get(m["bound"] or "", "=="))  # type: ignore[arg-type]

