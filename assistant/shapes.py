"""The kind of answer a question asks for against the shape of the table answer it got: a count or list of one kind
of thing answered with things of another kind ("how many trends …" counted in cells), and a choice between two
comparisons ("higher or lower than …") answered with a yes or a no. Each is a guess at best:
the answer is shown, marked unsure, and its reading says what it did not give."""

from __future__ import annotations

import re
from functools import cache

from assistant.answer import Answer
from assistant.coverage import Coverage
from assistant.frame import Frame
from assistant.plan import ToolPlan

# the kinds of the report's names a question can ask for, by the focus its nouns give
_KIND_OF_FOCUS = {"trends": "trend", "industries": "industry", "subtrends": "subtrend", "parameters": "parameter",
                  "regions": "region", "countries": "country"}
_PLURAL = {"trend": "mega trends", "industry": "industries", "subtrend": "sub-trends", "parameter": "parameters",
           "region": "regions", "country": "countries"}


@cache
def _kinds_of(name: str) -> frozenset[str]:
    """The kinds the report's vocabulary gives a name ("Big data" is a trend and a sub-trend)."""
    from tools import vocabulary

    return frozenset(v.kind for v in vocabulary() if v.canonical.casefold() == name.casefold())


def _item_kinds(ans: Answer) -> set[str] | None:
    """The kinds every listed item could be: "pair" for rows of two names; None when an item is no known name."""
    kinds: set[str] = set()
    for item in ans.items:
        if isinstance(item, tuple | list):
            kinds.add("pair")
            continue
        own = _kinds_of(str(item))
        if not own:
            return None
        kinds |= own
    return kinds


# the words that ask for things of a kind, and what may stand between them and the noun ("how many of the 12 …")
_ASKING = re.compile(r"\b(?:how many|count(?: the)?|number of|which|what)\s+(?:of (?:the|these|those)\s+)?"
                     r"(?:\d+\s+|(?:ten|twelve|eight|six|seven)\s+)?(?:emerging\s+)?")


def asked_kind(text: str) -> str | None:
    """The kind of name a count or list asks for, from the noun right after its asking words ("how many of the 12
    mega trends" asks for trends); the last noun of a compound ("region pairs": pairs, not regions); None when no
    noun of a kind follows the first asking words ("how many ✓✓ …, and for which sub-trends", "which ones")."""
    from assistant.cues import FOCUS_WORDS

    for m in _ASKING.finditer(text):
        kind, at = None, m.end()
        while True:
            hit = next(((k, h) for k, p in FOCUS_WORDS if (h := p.match(text, at))), None)
            if hit is None:
                break
            kind, at = hit[0], hit[1].end() + (1 if text[hit[1].end():hit[1].end() + 1] == " " else 0)
        return _KIND_OF_FOCUS.get(kind or "")  # the first asking words say what is counted or listed
    return None


def kind_unlike(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"how many of the mega trends …" answered with a number of cells, "which regions …" with a list of countries:
    the things counted or listed are not of the kind the question's own noun asks for."""
    if frame.intent not in ("count", "list") or not ans.items:
        return None
    want = asked_kind(frame.text)
    kinds = _item_kinds(ans) if want else None
    if kinds is None or want in kinds and (frame.intent == "list" or "pair" not in kinds):
        return None
    if "pair" in kinds and frame.intent == "list":
        return None  # pairs listed show each thing asked for beside its partner
    return f"the {_PLURAL[want]} asked \u2014 this {'counts' if frame.intent == 'count' else 'lists'} other things"


_MORE = r"(?:higher|lower|stronger|weaker|better|worse|more|less|greater|smaller|bigger|above|below)"
# "higher or lower than …", "is it better or worse", "stronger or weaker": the question offers two comparisons
_COMPARED = re.compile(rf"\b({_MORE})\s+or\s+({_MORE})\b")


def comparison_unchosen(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A choice between two comparisons ("is that higher or lower than …") answered with a yes or a no: a "no" to
    "is it higher" does not say "lower", so which of the two holds was not said."""
    m = _COMPARED.search(frame.text)
    if m is None or m[1] == m[2] or (ans.value or "").casefold() not in ("yes", "no"):
        return None
    return f"the choice \u201c{m[0]}\u201d \u2014 a yes or no does not say which"
