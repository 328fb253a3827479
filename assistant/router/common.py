"""Helpers shared by the cue rules: names in a question, list requests, explanatory questions, figure queries."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.spot import Mention

_ENGLISH = set("the a an of to in is are which what who how why does do and or for with by on from that this "
               "between most many region trends industries industry trend".split())


def _owners(subtrend: str) -> str:
    """The industries whose Figure 6 lists a sub-trend, for the reading note."""
    import tools

    return " and ".join(tools.subtrend_industries(subtrend).items) or "Figure 6"


def _names(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.kind in ("industry", "trend", "subtrend", "parameter", "region", "country")]


def _looks_english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text)  # "what's" is "what" and "s": a contraction is still English
    return bool(words) and sum(w in _ENGLISH for w in words) >= max(1, len(words) // 8)



_DEFINE_Q = re.compile(r"\b(difference between|what is the difference|approach|the concept of|concept of|meant by|definition|define[sd]?|"
                       r"meaning of)\b")


_CUE_WORDS = re.compile(r"\b(sub-?trends?|trends?|industr\w*|parameters?|grades?|regions?|countr\w*|cooperat\w*|figure|"
                        r"list|abbreviation|aosi\w*|matrix|marked|reactions?|key areas?|spectrum|characteristics?|"
                        r"focus|steps?|hot-?spots?)|✓")


def _definition(text: str) -> bool:
    """"What is X?" about a concept rather than a table: answered by the report's passage."""
    m = re.match(r"^\s*what (is|are|was|were) (a |an |the )?(.+)$", text)
    return bool(m and not _CUE_WORDS.search(m[3]))


_EXPLAIN = re.compile(r"\bexplain\b|^\s*what (should|can|could|would|must|do|did) |^\s*what (\w+ )?(actions|measures|steps|recommendations|lessons|advice)\b|^\s*(why|how come|how (does|do|did|has|have|is|are|can|could|should|will)|explain|in what way|"
                      r"what (role|example|examples|reasons?|difference|happens|is meant|does the report (say|mean|explain))|"
                      r"what does .* (mean|describe|say)|what are the reasons|what kind of)\b")


def _explanatory(text: str) -> bool:
    """Questions asking why or how, or what the report says: answered by a passage, not a matrix."""
    return bool(_EXPLAIN.search(text))


def _matrix_cues(text: str) -> bool:
    return bool(C.DOWN.search(text) or C.UP.search(text) or re.search(r"✓|\bgrade|\bmatrix\b|\bhow strong\b|\bmarked\b|\bfigure \d", text))
