"""A figure asked for: a how-many/how-much/what-share question is answered only by quotes that hold a quantity of
what it measures ("how many people work …" is not answered by a count of cluster organisations). The patterns are
generic English; what the report counts comes from its sentences.
"""

from __future__ import annotations

import re

from assistant import render
from assistant.answer import Answer
from assistant.content import _content, _groups, _held, _rare
from assistant.coverage import known
from assistant.measures import split_where, subsets
from assistant.times import asked as _asked
from assistant.times import asks_figure
from retrieval.lexical import tokenize

# a quantity: a number in digits that is not the label of a figure, table, section, page or chapter, or a share
_QUANTITY = re.compile(r"(?<!\bfigure )(?<!\bfig\. )(?<!\btable )(?<!\bsection )(?<!\bpage )(?<!\bchapter )"
                       r"(?<![\w^{.])\d[\d,.]*(?!\w)|\bper ?cent\b|%|\b(?:half|third|quarter|majority|minority)\b",
                       re.IGNORECASE)

# a rate, a forecast or a percentage is a figure too ("the response rate of the survey", "forecast growth to 2030",
# "what % cut by 2030")
_RATE = re.compile(r"\brates? of\b|\b(?:growth|response|success) rates?\b|\bforecast|%|\bper ?cent", re.IGNORECASE)

# the words a question measures: "how many <people work> …", "the <response> rate of …", "what share of <firms> …"
_MEASURED = re.compile(r"\bhow (?:many|much|big|large)\s+(?:of (?:the|all|its|their) |(?:is|was) (?:an? |the )?|(?:are|were) (?:the )?)?"
                       r"(?P<a>[^,;:?!()]+)|\b(?:what|which) (?:share|percentage|proportion|number|amount|%) of "
                       r"(?:the |all )?(?P<b>[^,;:?!()]+)|(?:^\W*|\bthe |\btotal |\baverage |\bmean )(?:number|share|percentage|proportion|amount)s? of "
                       r"(?:the |all )?(?P<e>[^,;:?!()]+)|\bwhat(?:'?s| is| was| are| were)? (?:the )?(?:[\w&-]+ ){0,2}?"
                       r"(?P<f>(?:budgets?|costs?|prices?|turnover|revenues?|funding|spending|salar(?:y|ies)|income)"
                       r"(?=\s+(?:of|for|does|do|did|is|was|are|were|in|on|to|into|has|have)\b|\W*$)[^,;:?!()]*)"
                       r"|\b(?:the|an?|its|their)\s+(?P<c>[\w-]+) rates?\b|\b(?P<d>[\w-]+) rates? of\b",
                       re.IGNORECASE)
# "which figure shows how many …", "where can I see how much …": where a figure is, not the figure itself
_LOCATES = re.compile(r"^\W*(?:(?:in|on) )?(?:which|what) (?:figure|fig\.?|chart|graph|diagram|table|section|chapter|page|"
                      r"part)s?\b|^\W*where (?:in (?:the|this) (?:report|study) )?(?:can|could|do|would) (?:i|we|you) "
                      r"(?:see|find|read|look)\b", re.IGNORECASE)
# "how many countries is that", "how many of them": the measure is what the conversation said before
_LEANS_BACK = re.compile(r"\b(?:is|are|was|were) (?:that|those|these|they)\b\W*$|\bof (?:them|those|these)\b", re.IGNORECASE)
# "how many are there …": an existential "there" names nothing counted
_THERE = re.compile(r"\s*there\b", re.IGNORECASE)
_THERE_ASKED = re.compile(r"\bhow many (?:are|were) there\b", re.IGNORECASE)
# a measured clause ends at a conjunction or a dash: "how many orgs are in it and for what time window"
_CLAUSE_END = re.compile(r"\s(?:and|or|but|-|–|—)\s", re.IGNORECASE)

# the words a measured clause opens with, before its verb or preposition: "IoT devices" (do they expect …)
_NOUN_PHRASE = re.compile(r"(?:(?!\b(?:do|does|did|are|is|were|was|have|has|had|in|on|at|for|of|by|with|to|from|that|"
                          r"which|who|will|would|can|could|the|a|an|its|their|this|these|those)\b)[^ ]+\s*)*",
                          re.IGNORECASE)  # a determiner opens the next phrase: "clusters | the whole database holds"


def missing_figure(res) -> Answer | None:
    """A refusal when ``res`` (a retrieval result) answers a how-many/how-much/what-share question with quotes that
    hold no quantity: the report does not give that figure, and quoting the nearest passage would answer a
    different question."""
    asks = asks_figure(res.question) or _RATE.search(res.question)
    if not asks or _LOCATES.match(res.question) or _THERE_ASKED.search(res.question) or \
            any(_COUNT.search(q.text) for q in res.quotes):
        return None
    return render.refusal(f"The report does not give that figure (\u201c{_asked(res.question)}\u201d): none of its passages on "
                          f"the subject holds a number. {render.covers()}", "out_of_scope")


def _measure_missing(res, sentences) -> str:
    """A figure asked of a measure the quoted numbers are not about ("how many people work …" answered with a
    count of cluster organisations), or of one the report never writes about ("… were interviewed")."""
    m = _MEASURED.search(res.question)
    if not m or _LEANS_BACK.search(res.question) or _LOCATES.match(res.question):
        return ""
    clause = _CLAUSE_END.split(next(g for g in m.groups() if g))[0]
    if _THERE.match(clause):  # "how many are there for logistics": the conversation says what is counted
        return ""
    counted, where = split_where(clause)  # "in the data behind it" is the whole set; "in Poland" names a subset
    parts = subsets(where)
    kept = set(_content(counted)).union(*parts)
    terms = [t for t in _content(clause) if t in kept]
    if not terms:
        return ""
    counts = _COUNTS.search(m[0])  # a count may be written in words ("the five strong clusters"); a share may not
    numbers = _held(res, [q for q in res.quotes if (_COUNT if counts else _QUANTITY).search(q.text)])
    rate = m["c"] or m["d"]
    phrase = rate or _NOUN_PHRASE.match(clause)[0] or clause
    head = set(tokenize(phrase)) | set(_content(phrase))
    if counts and not _counts_it(phrase, res.quotes, sentences):
        head = set()  # "how many SMEs are in the 154 cluster organisations": the number counts something else
    described = set(tokenize(" ".join(_RELATIVE.findall(clause))))  # "the pool of clusters they picked from"
    never = [t for t in terms if t not in sentences.where and not known(t) and t not in described]  # "wider": "wide"
    specific = [g for g in _groups(clause) if _rare(g, sentences) and g & kept]
    unheld = [g for g in specific if not g & numbers]
    if head & numbers and not never and len(unheld) * 2 <= len(specific) and all(g & numbers for g in parts):
        return ""
    what = f"{rate} rate" if rate else clause.strip()
    return f"The report gives no figure for \u201c{what}\u201d."


# the verb of a clause with its own subject that describes what is counted ("the pool of clusters <they picked> from"):
# the user's way of saying how the set came about, not a measure the report must write; not after an auxiliary ("how
# many firms did they interview": there the pronoun's verb is what is counted)
_RELATIVE = re.compile(r"\b(?!(?:do|does|did|have|has|had|will|would|can|could|should|may|might)\b)[\w'-]+\s+"
                       r"(?:they|we|you|he|she|it)\s+([\w'-]+)", re.IGNORECASE)


# a count written in words ("twelve mega trends") is a quantity too when it stands next to what it counts
_COUNT = re.compile(_QUANTITY.pattern + r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                    r"hundreds?|thousands?|millions?|billions?|dozens?)\b", re.IGNORECASE)
NEAR = 6  # words either side of a quantity that say what it counts


_COUNTS = re.compile(r"\bhow many\b|\bnumber\b", re.IGNORECASE)


def _counts_it(phrase: str, quotes, sentences) -> bool:
    """Whether a number of the quotes counts what ``phrase`` names: each of its words the report uses stands within
    ``NEAR`` words of a quantity ("154 cluster organisations" counts cluster organisations, not the SMEs named later
    in the sentence); a name of the report's vocabulary ("IoT") may stand anywhere in the quote."""
    near: set[str] = set()
    for q in quotes:
        for m in _COUNT.finditer(q.text):
            near |= set(tokenize(" ".join(q.text[: m.start()].split()[-NEAR:] + q.text[m.end() :].split()[:NEAR])))
    named = _held(None, quotes)
    return all(g & (near | named) if len(g) > 1 else g & near for g in _groups(phrase)
               if any(t in sentences.where and not sentences.only_in_apparatus([t]) for t in g))

