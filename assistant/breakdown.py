"""A count of the report's sample broken down by a unit: the report counts the cluster organisations it analyses only
in total ("data of 154 cluster organisations"), so "how many of them are in each industry", "of the 154, how many are
<an industry's> clusters" or "rank the regions by number of clusters" asks for a figure it does not give, whatever
list of industries or regions a table holds.

The sample (its number and what it counts) is read from the report's sentences; whether the report breaks it down is
decided there too: a quantity near both the counted word and a name of the unit. The patterns are generic English.
"""

from __future__ import annotations

import re

from corpus.once import once
from retrieval.lexical import tokenize

# the thing counted: "how many (of the 154) <cluster orgs>", "the number of <clusters>", "of the 154 <clusters>, how many"
_COUNTED = re.compile(r"\b(?:how many|number of|share of|percentage of|proportion of)\s+(?:of\s+)?(?:(?:the|all|its|their)\s+)?"
                      r"(?:\d+\s+)?(?P<w>[\w-]+)|\b(?:of|out of|among)\s+(?:the|all|its|their)?\s*\d+\s+(?P<v>[\w-]+)"
                      r"[^?.;]*\bhow many\b", re.IGNORECASE)
# "… clusters in <a place> - how many?": the count asked last, of the thing named first
_ASKED_LAST = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(cluster\w*)\b[^?]*?\bhow many\W*$", re.IGNORECASE)
# a count asked at all, or how a set is split ("how were the 154 … spread across countries")
_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bshare of\b|\bpercentage of\b|\bproportion of\b|\b(?:split|spread|"
                    r"distributed|divided|broken down|allocated)\b", re.IGNORECASE)
# the set is split by a unit: "spread across countries", "split between the regions", "broken down by industry"
_SPLIT = r"(?:split|spread|distributed|divided|broken down|allocated)\s+(?:up\s+)?(?:across|among|between|over|by|per|into)"
# the unit it is broken down by: "in each industry", "per region", "by country", "rank the regions by …"
_KIND = r"industr(?:y|ies)|sectors?|regions?|countr(?:y|ies)|member states?|nations?"
_EACH = re.compile(rf"\b(?:each|every|per|by)\s+(?:single\s+|individual\s+)?(?P<k>{_KIND})\b|\b(?:rank|sort|order|compare|list)"
                   rf"\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<r>{_KIND})\s+by\b|\b{_SPLIT}\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<s>{_KIND})\b",
                   re.IGNORECASE)
NEAR = 6  # words either side of a quantity that say what it counts (as ``assistant.measures.NEAR``)


@once
def _sample() -> tuple[str, str] | None:
    """The report's sample as (number, what it counts): the largest number it writes right before "cluster
    organisations" ("154", "cluster organisations")."""
    import corpus

    found = [(int(m[1]), m[2]) for m in re.finditer(r"\b(\d{2,})\s+(cluster organi[sz]ations)\b", corpus.report_text())]
    if not found:
        return None
    n, what = max(found)
    return str(n), what


def _unit(question: str) -> tuple[str, list[str], int] | None:
    """The unit a count is broken down by (its kind, the names to look for, how many of them a breakdown names), or
    None."""
    from assistant.spot import spot
    from retrieval import vocab

    m = _EACH.search(question)
    if m:
        kind = (m["k"] or m["r"] or m["s"]).lower()
        key = "industry" if kind.startswith(("industr", "sector")) else "region" if kind.startswith("region") else "country"
        return key, sorted(vocab.names_of(key)), 2
    names = [x for x in spot(question) if x.kind in ("industry", "region", "country")]
    if names:
        return names[0].kind, [names[0].canonical.lower(), question[names[0].start : names[0].end].lower()], 1
    return None


def unbroken(question: str, sentences) -> str:
    """A count of the report's sample asked per unit (an industry, a region, a country, or each of them) that no
    sentence of the report gives: what it does not give (a sentence), or "". ``sentences`` gives the report's
    sentences when called (built only for a question that asks such a count)."""
    sample = _sample()
    if not sample or not _COUNT.search(question):
        return ""
    m = _COUNTED.search(question)
    written = re.search(rf"(?<![\w.,]){sample[0]}(?![\w.,])", question)  # "the 154 cluster orgs", "the 154 sample"
    before = _ASKED_LAST.search(question)  # "biopharma clusters in ireland - how many?": what stands before
    if not m and not written and not before:
        return ""
    counted = "" if written else (before[1] if before else m["w"] or m["v"]).lower()
    if counted and not set(tokenize(counted)) & set(tokenize(sample[1].split()[0])):  # "how many megatrends …"
        return ""
    unit = _unit(question)
    if unit is None or _broken_down(unit[1], sentences(), unit[2]):
        return ""
    return (f"The report gives the number of {sample[1]} it analyses only in total ({sample[0]}), not per "
            f"{unit[0]} (\u201c{question.strip()}\u201d).")


def _broken_down(names: list[str], sentences, need: int) -> bool:
    """Sentences of the report write a quantity within ``NEAR`` words of "cluster" and of ``need`` of ``names`` (one
    for a named unit; two for a breakdown over a whole kind, which one country's "five strong clusters" is not)."""
    from assistant.measures import _QUANTITY

    terms = set(tokenize("cluster"))
    wanted = {n: set(tokenize(n)) for n in names if len(n) > 2}
    found: set[str] = set()
    for i in {i for t in terms for i in sentences.where.get(t, ())}:
        text = sentences.items[i].text
        for q in _QUANTITY.finditer(text):
            if re.fullmatch(r"(?:19|20)\d\d", q[0].rstrip(".,")) or need > 1 and not q[0][0].isdigit():
                continue  # a year ("… in Germany, 2013") counts nothing; a breakdown is written in digits
            near = set(tokenize(" ".join(text[: q.start()].split()[-NEAR:] + text[q.end() :].split()[:NEAR])))
            if terms & near:
                found |= {n for n, w in wanted.items() if w and w <= near}
    return len(found) >= need
