"""Compiler row for two region pairs named at once ("Northern and Central Western Europe as well as Central Western
and Southwest Europe", "NW–CWE and CEE–SEE"): each pair's grade in the cooperation figure asked, and whether the
two grades are the same when the question asks that."""

from __future__ import annotations

import re

from assistant.compile.cooperation import _SAME, KINDS, _kind
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan

# what stands between the two regions of one pair, and between the two pairs
_IN_PAIR = re.compile(r"^\W*(?:and|&|with|x|vs|versus|to)?\W*$")
_APART = re.compile(r"\b(as well as|plus|versus|vs|compared (to|with)|against|than|as|like)\b|[,;]|^\W*and\W*$")


def named_pairs(frame: Frame) -> list[tuple[str, str]] | None:
    """Two pairs of regions, in order of mention: four regions, each pair joined tightly ("A and B", "A-B"), the
    pairs set apart ("as well as", a comma, or "and" when a pair's own join is not "and"); None otherwise."""
    regions = [n for n in frame.names if n.kind == "region"]
    if len(regions) != 4 or len(frame.names) != 4:
        return None
    a, b, c, d = regions
    inner = (frame.text[a.end:b.start], frame.text[c.end:d.start])
    between = frame.text[b.end:c.start]
    if a.canonical == b.canonical or c.canonical == d.canonical or \
            {a.canonical, b.canonical} == {c.canonical, d.canonical} or \
            not all(_IN_PAIR.match(t) for t in inner) or not _APART.search(between) or \
            between.strip() == "and" and any(t.strip() == "and" for t in inner):
        return None  # "A and B and C and D": four regions listed, not two pairs
    return [(a.canonical, b.canonical), (c.canonical, d.canonical)]


def two_pairs_rows(frame: Frame) -> ToolPlan | None:
    """Both pairs' grades in Figure 13 (R&D) or 16 (business), and "the same?" answered yes or no."""
    pairs = named_pairs(frame)
    kind = _kind(frame) if pairs else None
    if kind not in KINDS or frame.intent in ("explain", "define", "locate"):
        return None
    return ToolPlan((Step("pairs_at_grade", {"kind": kind, "min_grade": "-"}),
                     Step("_pairs_named", {"pairs": pairs, "names": [n for p in pairs for n in p],
                                           "same": bool(_SAME.search(frame.text))})))
