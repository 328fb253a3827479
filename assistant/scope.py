"""What a narrative answer must hold to answer: a question asking for a figure ("how many …", "what % …") is only
answered by a passage that gives one; otherwise the report does not give it, and the answer says so."""

from __future__ import annotations

import re

from assistant import render
from assistant.answer import Answer

# a quantity: a number in digits that is not the label of a figure, table, section, page or chapter, or a share
_QUANTITY = re.compile(r"(?<!\bfigure )(?<!\bfig\. )(?<!\btable )(?<!\bsection )(?<!\bpage )(?<!\bchapter )"
                       r"(?<![\w^{.])\d[\d,.]*(?!\w)|\bper ?cent\b|%|\b(?:half|third|quarter|majority|minority)\b",
                       re.IGNORECASE)

# a rate or a forecast is a figure too ("the response rate of the survey", "forecast growth to 2030")
_RATE = re.compile(r"\brates? of\b|\b(?:growth|response|success) rates?\b|\bforecast", re.IGNORECASE)


def missing_figure(res) -> Answer | None:
    """A refusal when ``res`` (a retrieval result) answers a how-many/how-much/what-share question with quotes that
    hold no quantity: the report does not give that figure, and quoting the nearest passage would answer a
    different question."""
    from retrieval.kinds import NUMBER, question_kind

    asks = question_kind(res.question) == NUMBER or _RATE.search(res.question)
    if not asks or any(_QUANTITY.search(q.text) for q in res.quotes):
        return None
    asked = " ".join(res.question.split()).rstrip(" ?.!")
    return render.refusal(f"The report does not give that figure (\u201c{asked}\u201d): none of its passages on "
                          f"the subject holds a number. {render.covers()}", "out_of_scope")
