"""Compiler rows for which emerging industries a block figure has entries for: "which industries don't appear in
Figure 7", "which industries does the crossover table leave out", "is biopharma missing from figure 7", "does
experience industries appear in figure 6". Figures 6 and 7 hold a block per industry and leave some out; whether an
industry is there is a fact of the figure, not of any one cell."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.understand.scope import negation

# a figure named by what it holds: "the crossover (points) table", "the value chain crossover figure"
_CROSSOVER_FIGURE = re.compile(r"\b(cross-?over|value[- ]chain)( points?)? (table|matrix|figure|fig|chart|grid|diagram|"
                               r"graph)\b")
_SUBTRENDS_FIGURE = re.compile(r"\b(sub-?trends?|hot-?spots?) (table|figure|fig|chart|list|grid|diagram)\b")



def _block_figure(frame: Frame) -> str | None:
    """The block figure the question is about: one it names by number (6 or 7), or by what it holds."""
    if frame.figure in ("6", "7"):
        return frame.figure
    if frame.figure is None and _CROSSOVER_FIGURE.search(frame.text):
        return "7"
    if frame.figure is None and _SUBTRENDS_FIGURE.search(frame.text):
        return "6"
    return None


def _graded(frame: Frame) -> bool:
    """A grade said beside the figure's name: "the crossover points table" names Figure 7, it asks no ✓✓."""
    return frame.grade is not None and C.check_grade(_CROSSOVER_FIGURE.sub(" ", frame.text)) is not None


def shown_rows(frame: Frame) -> ToolPlan | None:
    """The industries a block figure shows (or leaves out), or whether one named industry is among them."""
    fig = _block_figure(frame)
    if fig is None or frame.kinds - {"industry"} or _graded(frame) or frame.aggregation is not None or \
            frame.followup.pronoun and not frame.followup.of_those:
        return None
    left_out = bool(C.LEFT_OUT.search(frame.text))
    if not left_out and not C.SHOWN_IN.search(frame.text):
        return None
    negated = negation(C.LEFT_OUT.sub(" ", frame.text))
    shown = left_out == negated  # "left out" and "not there" read alike; "not left out" is there
    inds = frame.given("industry")
    if not inds and frame.focus == "industries" and frame.intent in ("list", "count", "unknown", "value"):
        return ToolPlan((Step("industries_shown", {"figure": fig, "shown": shown}),))
    if len(inds) == 1 and frame.intent == "yesno":
        return ToolPlan((Step("industries_shown", {"figure": fig, "shown": shown}),
                         Step("restrict", {"names": inds}, "intersect"), Step("_any", {})))
    return None
