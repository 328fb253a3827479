"""The kind of answer asked for: list, value, yes/no, count, rank, compare, locate, explain, define."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Intent

_ABOUT_FIGURE = re.compile(r"^\s*(what is|what's|show( me)?|describe|what does) (in )?fig(ure)?\.? ?\d+[a-z]?\b")
_WHICH = re.compile(r"^(?!\s*(why|how|explain)\b).*\bwhich ([\w-]+ ){0,2}(mega ?trends?|megatrends?|trends?|industr\w*|sectors?|"
                    r"sub-?trends?|parameters?|regions?|countries|country)\b")
_SINGULAR = re.compile(r"^\s*(which|what) (one|single|(mega )?trend|industry|sector|region|country|sub-?trend|"
                       r"parameter|grade|key area)\b(?!s)|\bhow strong(ly)?\b|\bwhat grade\b|\bthe only\b")


# the question says itself that it wants a yes or no ("India counts as Eastern Asia? yes or no")
SAYS_YES_NO = re.compile(r"\byes or no\b|\byes/no\b|\byes no\b|\btrue or false\b")


# "who chose the 12 megatrends", "who judged which industry is hit by which trend": "who" with a verb of its own (no
# auxiliary or copula after it: "who are the partners" asks for the partners) whose object is one of the report's
# kinds or a clause of its own asks for the people who made the table, which no table holds
_WHO_DID = re.compile(r"^\s*who (?:(?:actually|really|exactly|first|originally|then) )?(?!(?:is|are|was|were|s|has|have|"
                      r"had|does|do|did|can|could|would|will|should|might|may|must|else|exactly)\b)[a-z]+\b")
_PREPOSITION_FIRST = re.compile(r"^\s*(?:(?:the )?(?:most|more|least|less|\w+ly)\s+){0,2}(?:from|with|to|in|on|by|for|at|of|"
                                r"into|through|across|about|against|between|among|under|over|up|out)\b")
_OBJECT_CLAUSE = re.compile(r"\b(which|what|whether|if|how)\b")
_KINDS = ("subtrends", "trends", "industries", "parameters", "countries", "regions", "pairs")


def asks_agent(text: str, spans: tuple[tuple[int, int], ...] = ()) -> bool:
    """The question asks who did something to the report's entries (chose, judged, rated them), not for entries;
    ``spans`` are the names' (a kind's word inside a name, "digital industries", is no object of that kind)."""
    m = _WHO_DID.match(text)
    if m is None:
        return False
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    rest = text[m.end():]
    if _PREPOSITION_FIRST.match(rest):
        return False  # "who gains from the trends", "who works most with the regions": no object, the entries asked
    return bool(_OBJECT_CLAUSE.search(rest)) or any(pat.search(rest) for kind, pat in C.FOCUS_WORDS if kind in _KINDS)


# "what qualified a cell as an AOSI", "what decides whether a cell gets two ticks": "what" as the subject of a verb
# of judging asks for the criterion, not for the entries that meet it ("which cells count as an AOSI" lists them)
_CRITERION = re.compile(r"^\s*what (?:(?:exactly|actually|really|then) )?(?:qualif(?:y|ies|ied)|counts|counted|makes?(?! up\b)|"
                        r"made(?! up\b)|decides?|decided|determines?|determined|defines?|defined)\b")


def _criterion(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """The criterion asked ("what counts as an AOSI"); not when a name follows "as" ("what counts as southeast
    europe" asks what the report puts under that name)."""
    m = _CRITERION.match(text)
    after = _AS_NAME.match(text, m.end()) if m else None
    return m is not None and not (after and any(start == after.end() for start, _ in spans))


_AS_NAME = re.compile(r"\s+as\s+(?:the\s+)?")


# "what is an AOSI", "what's a hot-spot": one term with an indefinite article and nothing after it asks what the term
# means, not for the figure's entries of that kind
_WHAT_IS_A = re.compile(r"^\s*(?:so |ok |and )?(?:what(?:'s| is|s)|what exactly is|define)(?: exactly)? (?:a|an) "
                        r"(?![\w' -]*\b(?:of|for|in|with|between|by|to|on|from)\b)[\w' -]{1,40}$")


def intent(text: str, spans: tuple[tuple[int, int], ...] = ()) -> Intent:
    """Read from the question's opening and its cue words; the first matching kind wins, in this order."""
    if asks_agent(text, spans) or _criterion(text, spans) or _WHAT_IS_A.match(C.AOSI_PROPER.sub("aosi", text)):
        return "explain"
    if C.RANK_VERB.search(text):
        return "rank"
    if C.WHERE_MOST.search(text):  # "where's their strongest partner": which one ranks first
        return "rank"
    if (C.LOCATE.search(text) or _ABOUT_FIGURE.search(text)) and not C.COUNT.search(text):
        return "locate"
    if C.EXPLAIN.search(text) and not C.COUNT.search(text) and not _WHICH.search(text):
        return "explain"
    if C.DEFINE_CUE.search(text):
        return "define"
    if C.COUNT.search(text):
        return "count"
    if C.YESNO.search(text) or SAYS_YES_NO.search(text) or C.ELLIPTIC_YESNO.match(text):  # "any X …?"
        return "yesno"
    if C.RANK.search(text) or C.NTH.search(text) and re.search(r"\bmost|\bhighest|\bplace|\brank", text):
        return "rank"
    if C.COMPARE.search(text) and not C.LIST.search(text):
        return "compare"
    if _SINGULAR.search(text):
        return "value"
    if C.LIST.search(text) or C.WH.search(text):
        return "list"
    if re.match(r"^\s*what (is|are)\b", text):
        return "define"
    if C.YESNO.search(_LEANING.sub("", text)):  # "so is one of them enough", "and does it push big data back"
        return "yesno"
    return "unknown"


# an opening that leans on the turn before and is no part of a yes/no question's form ("so is …", "but does …")
_LEANING = re.compile(r"^\s*(?:(?:so|and|but|then|ok|okay)\W+)+")
