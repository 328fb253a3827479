"""An organisation the report names by an acronym it spells out ("European Environment Agency (EEA)") written before
a kind of thing the tables hold: "the EEA megatrend definition", "ESCA industry data". The acronym says whose
definition or data it is, not which mega trend or industry: no table has a row of that name, so the text answers
(the passage that cites the organisation), not a refusal naming the report's list.

The acronyms and what they stand for come from the report's text (``retrieval.vocab.report_acronyms``); an acronym
stands for an organisation when the report spells it out as a proper name (capitalised words).
"""

from __future__ import annotations

import re

from retrieval import vocab

# the kinds of thing the tables hold, written after the acronym
_KIND = re.compile(r"\s+(?:mega ?-?trends?|megatrends?|trends?|industr(?:y|ies)|sectors?|sub-?trends?|regions?|"
                   r"parameters?)\b", re.IGNORECASE)


def organisation_before_kind(question: str) -> str:
    """The acronym of an organisation the report spells out, written right before a kind of thing the tables hold
    ("EEA" of "the EEA megatrend definition"), or ""."""
    for acronym, words in vocab.report_acronyms():
        if not all(w[:1].isupper() for w in words.split() if len(w) > 3):
            continue  # "areas of strong interdependencies": a notion of the report, not an organisation
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", question, re.IGNORECASE):
            if _KIND.match(question, m.end()) and acronym.lower() not in vocab.all_names():
                return acronym
    return ""
