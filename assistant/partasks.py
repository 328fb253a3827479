"""What one part of a two-part message asks for, read from its question word: a count ("how many …"), a yes or no
("is …", "does …"), one entry ("which one …", "the exception"), or a list. The answer to the whole message takes
each of its figures from the part that asks for it: the count from the part that asks how many, the yes/no from the
part that asks it, the entries from the part that asks which — never from whichever part happened to come last."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant import cues as C
from assistant.answer import Answer
from assistant.spot import fold
from assistant.understand.clauses import Part

Asks = Literal["count", "yesno", "one", "list"]

_JOINERS = re.compile(r"^(?:(?:and|also|plus|then|but|so|or|ok|okay|well|now)\s+)*")
# one entry: "which one", "what single trend", "the exception", "the odd one out", "the only one"
_ONE = re.compile(r"\b(?:which|what)\s+(?:one|single|sole)\b|"
                  r"\bthe\s+(?:exception|odd one|only one|one that|one which)\b")


def asks(part: Part) -> Asks:
    """What the part asks for, by its question word (after any joining word)."""
    text = _JOINERS.sub("", fold(part.text))
    if C.COUNT.search(text):
        return "count"
    if C.YESNO.match(text) or C.ELLIPTIC_YESNO.match(text):
        return "yesno"
    return "one" if _ONE.search(text) else "list"


@dataclass(frozen=True)
class Figures:
    """The figures one answer to the whole message states, each from the part that asks for it."""

    items: Answer  # the part whose entries (and rows) the answer lists
    count: int | None
    value: str | None


def figures(parts: tuple[Part, ...], answers: list[Answer], main: Answer) -> Figures:
    """The entries from the last table part that asks which (or one): a later part builds on an earlier one
    ("which of those is a hot spot, and what sub-trends come out of it"), the count from the part that asks how many,
    the value from the part that asks yes or no (else the one entry a "which one" part names). A count asked by a
    part that got no table answer is no count at all (never another part's)."""
    kinds = [asks(p) for p in parts]
    tables = [(k, a) for k, a in zip(kinds, answers, strict=True) if a.route == "tool"]
    lists = next((a for k, a in reversed(tables) if k in ("list", "one")), main)
    count_asked = "count" in kinds
    counted = next((a for k, a in tables if k == "count"), None)
    count = _count(counted) if counted is not None else None if count_asked else lists.count
    yes = next((a for k, a in tables if k == "yesno" and a.value is not None), None)
    one = next((a for k, a in tables if k == "one"), None)
    if yes is not None:
        value = yes.value
    elif one is not None:
        value = one.value if one.value is not None else _single(one)
    else:
        value = main.value if main.value is not None else next((a.value for _, a in tables if a.value is not None),
                                                               None)
    return Figures(lists, count, value)


def unmet(part: Part, a: Answer) -> str | None:
    """What a part's table answer leaves out of what the part asks: a yes/no answered by a list with no yes or no,
    one entry answered by several. None when the answer is of the kind asked (or is no table answer)."""
    if a.route != "tool":
        return None
    kind = asks(part)
    if kind == "yesno" and a.value is None:
        return "the yes or no asked \u2014 this lists the table's rows"
    if kind == "one" and a.value is None and len(a.items) > 1:
        return "the one entry asked \u2014 several are listed"
    return None


def _count(a: Answer) -> int:
    return a.count if a.count is not None else len(a.items)


def _single(a: Answer) -> str | None:
    """The one name a list of exactly one entry names."""
    return a.items[0] if len(a.items) == 1 and isinstance(a.items[0], str) else None
