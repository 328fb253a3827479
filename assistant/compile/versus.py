"""Compiler rows that compare two figures of one family on their totals: "does the upstream matrix have fewer marks
than the downstream one", "are there more ++ pairs in business than in R&D", "which has more AOSIs than upstream
marks": the count of the first figure, then the typed ``_versus`` step that counts the second and compares."""

from __future__ import annotations

import re

from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.understand.relation import DIRECTION_OF_FIGURE as _OF_FIGURE

_MATRICES = ("downstream", "upstream", "aosi")
_COOPERATION = ("rd", "business")
# "more marks", "fewer ++ pairs", "more AOSI cells": a comparative on a count of cells (not "cooperate more
# strongly", "rated higher", which compare each pair's grades)
_MORE = re.compile(r"\b(more|fewer|less)\b(?:\s+\S+){0,2}?\s+(marks?|dots?|cells?|entries|ticks?|crosses|pairs?|"
                   r"links?|aosis?|areas?|connections?|effects?|impacts?)\b")
_FEWER = re.compile(r"\b(fewer|less)\b")
_THAN = re.compile(r"\bthan\b")
_WORDS = {"downstream": re.compile(r"\bdownstream\b|\bfigure 3\b|\bfig 3\b"),
          "upstream": re.compile(r"\bupstream\b|\bfigure 4\b|\bfig 4\b"),
          "aosi": re.compile(r"\baosi\w*|\bareas? of strong|\binterdepend\w*|\bfigure 5\b|\bfig 5\b"),
          "rd": re.compile(r"\br and d\b|\bresearch\b|\bfigure 13\b|\bfig 13\b"),
          "business": re.compile(r"\bbusiness\b|\bcommercial\b|\bfigure 16\b|\bfig 16\b")}


def _ordered(frame: Frame, family: tuple[str, ...]) -> list[str] | None:
    """The two figures of one family the question names, the one said after "than" second."""
    said = [r for r in family if _WORDS[r].search(frame.text)]
    if len(said) != 2:
        return None
    than = _THAN.search(frame.text)
    if than is None:
        return said
    after = [r for r in said if _WORDS[r].search(frame.text, than.end())]
    before = [r for r in said if r not in after]
    return before + after if len(after) == 1 and len(before) == 1 else None


def _count_step(relation: str, frame: Frame) -> Step:
    if relation in _MATRICES:
        return Step("compare_matrices", {"include": [relation], "exclude": []})
    g = frame.grade
    low = g.symbol if g is not None and g.scale == "cooperation" else "+"
    high = low if g is not None and g.scale == "cooperation" and g.mode == "exact" else None
    return Step("pairs_at_grade", {"kind": relation, "min_grade": low, "max_grade": high})


def versus_rows(frame: Frame) -> ToolPlan | None:
    """Two figures of one family compared on their totals (no names: every cell of each figure counts)."""
    if frame.names or frame.intent not in ("yesno", "compare", "value", "unknown", "list") or \
            not _MORE.search(frame.text) or not _THAN.search(frame.text) and frame.intent == "yesno":
        return None
    for family in (_MATRICES, _COOPERATION):
        pair = _ordered(frame, family)
        if pair is None:
            continue
        first, second = (_count_step(r, frame) for r in pair)
        # the second figure's own arguments, flat, so every check of the plan sees both figures read
        args = {**second.args, "tool": second.tool, "fewer": bool(_FEWER.search(frame.text)),
                "yes_no": frame.intent == "yesno"}
        return ToolPlan((first, Step("_versus", args)))
    return None


# "is every mark in Figure 5 backed by Figure 3 or 4", "are all AOSIs marked in at least one of the other two":
# a universal claim about one matrix's cells checked against the others
_EVERY = re.compile(r"\b(every|each|all)\b(?:\s+\S+){0,3}?\s+(marks?|cells?|dots?|entries|ticks?|crosses|aosis?|areas?)\b")
_FIG = re.compile(r"\bfig(?:ure)?s?\s*([345])\b")
_ANY_OF = re.compile(r"\b(at least one|either|any of|one of|or)\b")
_ALL_OF = re.compile(r"\b(both|all three|each of them)\b")


def every_rows(frame: Frame) -> ToolPlan | None:
    """Every marked cell of one impact matrix checked against the others the question names: the cells that are
    not backed (marked in none of them), and yes when there are none. Backed by both at once is not one
    table join, so it is left to the other rows (unsure)."""
    m = _EVERY.search(frame.text)
    if frame.names or frame.intent == "explain" or m is None or _ALL_OF.search(frame.text):
        return None
    after = [_OF_FIGURE[f[1]] for f in _FIG.finditer(frame.text, m.start())]
    subject = "aosi" if m[2].startswith(("aosi", "area")) else after[0] if after else \
        next((r for r in _MATRICES if _WORDS[r].search(frame.text, m.end())), None)
    backers = [r for r in _MATRICES if r != subject and (_WORDS[r].search(frame.text))]
    if subject is None or not backers or len(backers) > 1 and not _ANY_OF.search(frame.text):
        return None
    return ToolPlan((Step("compare_matrices", {"include": [subject], "exclude": backers}), Step("_none_left", {})))
