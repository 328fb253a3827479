"""A measure a question asks figures of ("turnover figures for …", "the average age of …") that the report writes
about, if at all, without ever giving a number: the report does not give that figure, whatever passage is nearest.

Whether the report quantifies a measure comes from its own sentences: a quantity within ``NEAR`` words of the word.
The patterns are generic English.
"""

from __future__ import annotations

import re

from corpus.once import once
from retrieval.lexical import tokenize

# "<measure> figures / numbers / statistics / data", "<measure> volume": the word before names what is counted
_FIGURES_OF = re.compile(r"\b(?P<m>[a-z][\w-]*)\s+(?:figures|numbers|statistics|stats|volumes?|amounts|totals)\b",
                         re.IGNORECASE)
# "the average <measure>", "annual <measure>": the word after names what is measured
_AVERAGE_OF = re.compile(r"\b(?:average|median|total|annual|yearly|monthly)\s+(?P<m>[a-z][\w-]*)\b", re.IGNORECASE)
# a measure that is a number by its nature, asked of something after a determiner or a question word: "what are the
# carbon emissions of …", "the membership fee of …", "GDP per capita of …" (generic English: the measures of money,
# output and people); not a clause about it ("when incomes are low")
_NUMERIC = (r"emissions|fees?|prices?|salar(?:y|ies)|wages?|incomes?|revenues?|turnover|profits?|sales|budgets?|gdp|"
            r"population|spending|employment|jobs|workforce|headcount")
# (a word for the way it is measured may follow: "employment growth in …", "wage levels of …")
_MEASURE_OF = re.compile(r"(?:^\W*|\b(?:what(?:'s| is| are| was| were)?|the|their|its|any|a|an)\s+)(?:[\w-]+\s+){0,2}?"
                         rf"(?P<m>{_NUMERIC})(?:\s+(?:growth|levels?|rates?|trends?))?\s+(?:of|for|in|per|at)\b",
                         re.IGNORECASE)
# … or that things are ranked, sorted or compared by: "rank the clusters by turnover", "sort regions by their GDP"
_RANKED_BY = re.compile(r"\b(?:rank(?:s|ed|ing)?|sort(?:s|ed|ing)?|order(?:s|ed)?|compare[ds]?|top)\b[^?.;!]*?\bby\s+"
                        rf"(?:(?:their|its|the|annual|yearly|total|average)\s+)*(?P<m>{_NUMERIC})\b", re.IGNORECASE)
# a value asked for by the question word itself: "what is <X>'s budget for …", "what carbon price does the report
# assume", "how much did the study cost", "what did it cost": a number by its nature, whatever words stand between
_VALUE = r"cost|price|budget|fee"  # one value; "what are the costs of …" may ask what kinds of costs; a "score" may be a grade
_VALUE_ASKED = re.compile(rf"\b(?:what(?:'s| is| are| was| were)?|how much(?: is| was| are| were)?)\s+(?:(?:the|its|their)\s+)?"
                          rf"(?:[\w'’-]+\s+){{0,2}}?(?P<m>{_VALUE})\b(?!-)(?=\s+(?:of|for|in|on|at|under|per|does|do|did|"
                          rf"is|was|would|will|has|have|should|must|can|could)\b|\s*[?.!]?\s*$)|\b(?:what|how much)\s+(?:did|does|do|will|would|"
                          rf"has|have)\s+(?:(?:the|this|that|its|their|our|my)\s+)?(?:[\w'’-]+\s+){{1,2}}?(?P<v>cost)\b",
                          re.IGNORECASE)
# words before "figures" that say which figures, not what they measure ("the figures", "these numbers"), and the
# generic quantity nouns the other checks read ("the total number of …": ``scope._measure_missing``)
_NOT_A_MEASURE = re.compile(r"^(?:the|a|an|any|some|these|those|its|their|such|what|which|no|exact|precise|rough|"
                            r"key|main|latest|recent|official|other|more|few|many|all|real|hard|actual|concrete|"
                            r"specific|detailed|give|gives|has|have|had|are|is|there|of|for|and|or|cluster|figure|"
                            r"number|count|share|percentage|proportion|amount|value|size|level|sum)$",
                            re.IGNORECASE)
NEAR = 6  # words either side of a quantity that say what it counts (as ``scope.NEAR``)
# a quantity in a sentence: a number that is no label of a figure, table, section or page, a share, a count word
_QUANTITY = re.compile(r"(?<!\bfigure )(?<!\btable )(?<!\bsection )(?<!\bpage )(?<!\bchapter )(?<![\w^{.])\d[\d,.]*(?!\w)|"
                       r"\bper ?cent\b|%|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                       r"hundreds?|thousands?|millions?|billions?|dozens?)\b", re.IGNORECASE)


def measure_asked(question: str) -> str:
    """The measure a question asks figures of ("turnover" of "turnover figures for …", "age" of "the average age
    of …", "revenue" of "rank them by revenue"), or ""."""
    for m in (*_MEASURE_OF.finditer(question), *_RANKED_BY.finditer(question), *_FIGURES_OF.finditer(question),
              *_AVERAGE_OF.finditer(question), *_VALUE_ASKED.finditer(question)):
        word = m["m"] or m["v"]
        if not _NOT_A_MEASURE.match(word) and tokenize(word):
            return word
    return ""


def quantified(word: str, sentences) -> bool:
    """Whether some sentence of the report gives a quantity within ``NEAR`` words of ``word`` (its stem)."""
    terms = set(tokenize(word))
    for i in {i for t in terms for i in sentences.where.get(t, ())}:
        text = sentences.items[i].text
        for q in _QUANTITY.finditer(text):
            near = text[: q.start()].split()[-NEAR:] + text[q.end() :].split()[:NEAR]
            if terms & set(tokenize(" ".join(near))):
                return True
    return False


def unquantified(res, sentences) -> str:
    """Figures of a measure asked for that the report never gives a number for: what it does not give (a sentence),
    or ""."""
    word = measure_asked(res.question)
    if not word or _CHARTS.search(res.question) or quantified(word, sentences):
        return ""  # "the intensity figures in Appendix A": the report's charts
    return f"The report gives no {word.lower()} figures."


# a question about the report's charts ("the intensity figures in Appendix A", "figure 17"): "figures" are charts there
_CHARTS = re.compile(r"\b(?:appendix|annex|charts?|graphs?|diagrams?|fig(?:ure)?s?\.?\s*\d+)\b", re.IGNORECASE)


@once
def _report_sentences():
    from retrieval.chunks import chunk_report
    from retrieval.sentences import Sentences

    return Sentences(chunk_report())


def never_quantified(question: str) -> str:
    """Before any table is read: figures of a measure the report never gives a number for ("the export volume of
    creative industries clusters to North America" is no list of North America's countries), as a sentence, or ""."""
    word = measure_asked(question)
    if not word or _CHARTS.search(question) or quantified(word, _report_sentences()):
        return ""
    return f"The report gives no {word.lower()} figures."


# where a counted set is, after what is counted: "… were in the ESCA sample they use", "… are in the data behind it"
_WHERE = re.compile(r"\s(?:(?:are|were|is|was)\s+)?(?:in|within|among|inside|behind)\s", re.IGNORECASE)


def split_where(clause: str) -> tuple[str, str]:
    """A measured clause as what it counts and where it counts it ("cluster organisations were", "in the ESCA sample
    they use"); the second part is "" when the clause says no place."""
    m = _WHERE.search(clause)
    return (clause[: m.start()], clause[m.start() :]) if m else (clause, "")


def subsets(where: str) -> list[frozenset[str]]:
    """The report's names (industries, regions, countries) in the place part of a measured clause: each a subset
    ("… in Poland", "… in blue growth industries") a number must be about, as the terms of its name."""
    from assistant.spot import spot

    names = [frozenset(tokenize(f"{m.canonical} {where[m.start : m.end]}")) - _KIND_WORDS for m in spot(where)
             if m.kind in ("industry", "region", "country")]
    return [n for n in names if n]


# the words that say only what kind of name it is: "… Industries", "… Europe"
_KIND_WORDS = frozenset(tokenize("industry industries sector sectors europe european region regions country countries"))


# a score, a rating, a ranking or an index asked of something, as a noun: "Denmark's ranking in …", "the highest
# cluster internationalisation score", "its rating", "scores of …", "the internationalisation index", "… out of 100";
# not the verb of a grade ("sub-trends that score very strong", "how do they score on …", "rated ++") and not "a
# ranking of impact" (whether there is one)
_SCORE = re.compile(r"(?:['’]s|\b(?:the|its|their|what|which|highest|lowest|best|worst|top|overall|exact))\s+"
                    r"(?:(?!(?:does|do|did|is|are|was|were|of|in|for|on)\b)[\w-]+\s+){0,2}?(?P<m>scores?|ratings?|rankings?)\b"
                    r"(?!\s+(?:very|strong|weak|medium|high|low|\+))|\b(?:the|its|their|an?)\s+(?:[\w-]+\s+){1,2}?(?P<m2>index)\b|"
                    r"\b(?P<n>scores|ratings|rankings)\s+(?:of|for)\s+"
                    r"(?!(?:very|strong|weak|medium)\b)|\bout of (?P<o>10|100|five|ten)\b", re.IGNORECASE)


def unscored(res, sentences) -> str:
    """A score, rating or ranking asked for that the report never writes with a number: the nearest passage compares
    in words or grades something else (``res``: a retrieval result); what it does not give (a sentence), or ""."""
    m = _SCORE.search(res.question)
    if not m:
        return ""
    word = (m["m"] or m["m2"] or m["n"] or "score").lower()
    if quantified(word, sentences):
        return ""
    from assistant.times import asked

    return f"The report gives no {word.rstrip('s')} of that kind (\u201c{asked(res.question)}\u201d)."
