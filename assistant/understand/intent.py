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


def intent(text: str) -> Intent:
    """Read from the question's opening and its cue words; the first matching kind wins, in this order."""
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
    return "unknown"
