"""A change over a period the question names ("grown since 2010", "between 2008 and 2013", "over the last ten
years"): the report is one snapshot (its survey, its matrices), so it answers only when its passages on the subject
speak of that time. Otherwise the nearest passage describes the present, and quoting it would answer another
question. The patterns are generic English; what the passages hold is read from their text.
"""

from __future__ import annotations

import re

from assistant.times import asked

_YEAR = r"(?:19|20)\d\d"
# a period a change is asked over: "since 2010", "between 2008 and 2013", "from 2005 to 2014", "compared with 2012",
# "back in 2009", "over the last ten years", "in the past decade"
_PERIOD = re.compile(rf"\b(?:since|compared (?:with|to)|back in)\s+(?:the\s+)?(?:year\s+)?(?P<y>{_YEAR})\b|"
                     rf"\bbetween\s+(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR})\b|\bfrom\s+(?P<c>{_YEAR})\s+(?:to|until|till)\s+"
                     rf"(?P<d>{_YEAR})\b|\b(?:over|in|during)\s+the\s+(?:last|past|previous)\s+(?P<n>(?:\d+|few|couple of|two|"
                     r"three|four|five|ten|twenty)\s+)?(?P<u>years|decades?)\b", re.IGNORECASE)
# what a passage writes when it speaks of a span of time
_SPAN = re.compile(r"\b(?:years|decades?|since|over time|(?:19|20)\d\d)\b", re.IGNORECASE)


def period_unheld(res, sentences) -> str:
    """A change asked over a period (its years, or "the last N years") that neither the quotes of ``res`` (a retrieval
    result) nor its best passage speak of: what the report does not give (a sentence), or ""."""
    m = _PERIOD.search(res.question)
    if not m:
        return ""
    years = [y for y in (m["y"], m["a"], m["b"], m["c"], m["d"]) if y]
    texts = [q.text for q in res.quotes] + [p.text for p in res.passages[:1]]  # the best passage speaks of it too
    held = any(y in t for t in texts for y in years) if years else any(_SPAN.search(t) for t in texts)
    if held:
        return ""
    return (f"The report gives no account over time for \u201c{m[0].strip()}\u201d: its passages on the subject describe "
            f"one point in time (\u201c{asked(res.question)}\u201d).")
