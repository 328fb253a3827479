"""Compiler row for a yes/no on what a figure is about: "is Figure 11 actually about Southwest Europe?", "does
figure 6 deal with the sub-trends", "is fig 14 the business chart for northern europe" after a clause that claims
it. The figure's own words (caption, labels, the text that cites it) against the subject, with the figures that
fit the subject better when it is not; never the figure's cells, never a table named in the subject."""

from __future__ import annotations

import re

from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.understand.aggregation import aggregation
from assistant.understand.grade import grade

_ABOUT = re.compile(r"\b(?:is|was|does|did) (?:fig|figure)\.? ?(?P<fig>\d{1,2}b?) (?:(?:really|actually|even|also|in fact|"
                    r"truly|then|now) )*(?:about|on|of|for|showing|shows?|covering|covers?|depicting|depicts?|describing|"
                    r"describes?|deal(?:s|ing)? with|concerned with|referring to|refers? to|the (?:one|chart|figure|"
                    r"graph|diagram|table|matrix) (?:about|on|of|for|with)) (?P<subject>.+)$")
_TAIL = re.compile(r"\s+(at all|or not|then|though|really|actually|here|in the report)$")
# the kinds of name a subject may hold: a place a per-region chart is about; a figure's cells (trend × industry,
# sub-trend × parameter, a pair of regions) are asked by the other rows
_PLACES = frozenset({"region", "country"})


def figure_about_rows(frame: Frame) -> ToolPlan | None:
    """"Is figure N about X": whether the figure shows X, and which figures do when it does not."""
    if frame.intent not in ("yesno", "unknown"):
        return None
    last = frame.text[max(frame.clauses):] if frame.clauses else frame.text
    m = _ABOUT.search(last)
    if m is None:
        return None
    start = len(frame.text) - len(last) + m.start("subject")
    inside = [n for n in frame.names if n.start >= start]
    if any(n.kind not in _PLACES for n in inside) or len({n.canonical for n in inside}) > 1 or \
            re.search(r"\d", m["subject"]) or grade(m["subject"]) is not None or aggregation(m["subject"]) is not None:
        return None  # "does figure 5 show big data for logistics": a cell; "… show 12 marks": a count; a grade
    subject = m["subject"].strip()
    while (t := _TAIL.search(subject)) is not None:
        subject = subject[:t.start()]
    return ToolPlan((Step("figure_about", {"figure": m["fig"], "subject": subject}),))
