"""Times a narrative answer must hold: a year after the report's latest source, or the year a figure is asked for.

Each check takes a retrieval result and the report's sentences and returns what the report does not give (a
sentence), or "". The patterns are generic English; the report's date comes from its own footnotes.
"""

from __future__ import annotations

import re
from functools import cache

# a time the report cannot know: a year after its latest source, asked about as something that happened
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a time after the report itself: "since the report came out", "after the study was published"
_AFTER_THE_REPORT = re.compile(r"\b(?:since|after) (?:the|this) (?:report|study|document|publication)\b(?! (?:says|said|"
                               r"shows|states)\b)|\bsince (?:it|they) (?:was|were) (?:published|written|released)\b",
                               re.IGNORECASE)
_PUBLISHED = re.compile(r"[,(]\s*((?:19|20)\d\d)\b(?!\s*:)")  # "Brussels, 2015." - not a title's "Trends 2030:"
_HAPPENED = re.compile(r"\b(?:came|happened|turned out|outcomes?|result(?:ed|s)?|agreed|decided|since|after|did|was|were|has been|"
                       r"have been|changed|affected)\b", re.IGNORECASE)
# "when" joining two clauses ("… when the economy is tough") asks for no time; "when did …", "… and when?" do
_WHEN_JOINS = re.compile(r"\bwhen\b(?!\s+(?:do|does|did|is|was|were|are|will|would|has|have|had|can|could|should|"
                         r"exactly|roughly)\b|\W*$)", re.IGNORECASE)


def asked(question: str) -> str:
    """The question on one line, without its closing mark."""
    return " ".join(question.split()).rstrip(" ?.!")


@cache
def report_date() -> int:
    """The year of the report's latest source (a footnote or reference): it cannot know what happened after."""
    import corpus

    years = [int(y) for n in corpus.footnotes() for y in _PUBLISHED.findall(corpus.report_text()[n.start : n.end])]
    return max(years, default=9999)


def later_time(res, sentences) -> str:
    """A year after the report's latest source, asked about as done, or one the report never names."""
    import corpus

    if _AFTER_THE_REPORT.search(res.question):
        return (f"The report's latest source is from {report_date()}: it cannot say what happened after it was written "
                f"(\u201c{asked(res.question)}\u201d).")
    later = [int(y) for y in _YEAR.findall(res.question) if int(y) > report_date()]
    if not later:
        return ""
    named = str(later[0]) in corpus.report_text()
    if named and not _HAPPENED.search(res.question):
        return ""
    return (f"The report's latest source is from {report_date()}: it cannot say what happened in {later[0]} "
            f"(\u201c{asked(res.question)}\u201d).")


def asks_figure(question: str) -> bool:
    """The question asks for a number, a share or a time ("how many …", "what percentage …", "when did …"); a
    "when" that joins two clauses asks for none."""
    from retrieval.kinds import NUMBER, question_kind

    return question_kind(_WHEN_JOINS.sub(" ", question)) == NUMBER


def year_missing(res, sentences) -> str:
    """A figure asked for a year after the report's latest source ("how many … by 2030", a forecast) answered by
    quotes that do not name that year: the report gives no figure for it."""
    years = [y for y in dict.fromkeys(_YEAR.findall(res.question)) if int(y) > report_date()]
    if not years or not asks_figure(res.question):
        return ""
    if any(y in q.text for q in res.quotes for y in years):
        return ""
    return f"The report gives no figure for {' or '.join(years)} (\u201c{asked(res.question)}\u201d)."
