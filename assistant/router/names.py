"""Questions outside the tables: measures the report never gives, unknown sections and names, lone names."""

from __future__ import annotations

import re

from assistant.plan import Refuse, Step, ToolPlan
from assistant.router.common import _names
from assistant.spot import Mention, fold

# measures the report never gives (head-counts, money, dates) and requests that are not questions about it
_OFF_TOPIC = re.compile(r"\bhow many (people|employees|workers|jobs|staff|firms|companies)\b|"
                        r"\b(total|annual|yearly) (turnover|revenue|sales)\b|\b(turnover|revenue|gdp|market size|budget|"
                        r"population|salar(y|ies)|price|prices) (of|in|for)\b|\bin (19|20)\d\d\b|\bstock (tips?|prices?|market)\b|"
                        r"\binvest(ment)? (tips?|advice)\b|\b(weather|poem|joke|recipe)\b|"
                        r"\b(size|value|volume|share) of the [\w -]{0,30}market\b|\b(euros?|eur|usd|dollars?)\b|"
                        r"\bhow much (\w+ )?(money|funding|budget|investment)\b")


def _off_topic(text: str) -> Refuse | None:
    """Questions no figure or passage of the report can answer (head-counts, stock tips, poems)."""
    if _OFF_TOPIC.search(text):
        return Refuse("out_of_scope", "The report does not cover this: it gives no such figures or advice.")
    return None


def _unknown_section(text: str) -> Refuse | None:
    """"Summarise section 7.3": a section the report does not have."""
    import corpus

    m = re.search(r"(?:\b(?:section|chapter)\s*|§\s*)(\d+(?:\.\d+)*)", text, re.I)
    if not m:
        return None
    nums = [s.number for s in corpus.sections() if s.number not in ("0",)]
    if m[1] in nums:
        return None
    return Refuse("unknown_name", f"The report has no section {m[1]}. Its sections are: "
                  + ", ".join(s for s in nums if s not in ("A", "B")) + ", and Appendices A and B.")


_NAME_AFTER_VERB = re.compile(r"\b(?:influenc\w*|driv\w*|affect\w*|shap\w*|impact\w*|empower\w*)\s+(?:by\s+)?(?:the\s+)?"
                              r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")


def _lone_name(text: str, mentions: list[Mention]) -> ToolPlan | None:
    """A name typed on its own ("Poland?", "Central Eastern Europe"): what the report's tables say of it."""
    names = _names(mentions)
    rest = text
    for m in names:
        rest = rest.replace(m.text, " ")
    if len(names) != 1 or len(re.findall(r"[a-z]{3,}", rest)) > 2:
        return None
    m = names[0]
    tool = {"country": ("region_of", "country"), "region": ("countries_in", "region"),
            "subtrend": ("aosis_with_subtrend", "subtrend"), "parameter": ("parameter_info", "parameter")}.get(m.kind)
    if tool is None:
        return None
    return ToolPlan((Step(tool[0], {tool[1]: m.canonical}),))


def _unknown_name(q: str, text: str, mentions: list[Mention] = ()) -> Refuse | None:
    """Names that look like an industry, trend or region of the report but are none: say so plainly."""
    from tools import ToolError, canonical_names, resolve

    pats = [
        ("industry", re.search(r"\b((?:[A-Z][\w-]+ )+(?:Industries|Industry|Services|Technologies|Devices|Sector))\b", q)),
        ("industry", _NAME_AFTER_VERB.search(q) if not any(m.kind in ("industry", "trend") for m in mentions) else None),
        ("industry", re.search(r"\bthe ([\w-]+(?: [\w-]+)?) (?:industry|industries|sector)\b", q, re.I)),
        ("trend", re.search(r"\bthe ([\w -]{3,40}?) (?:mega ?trend|megatrend|trend)\b", q, re.I)),
        ("region", re.search(r"\b(?:region is|region does|region of|in which region is) ([A-Z][\w .'-]{2,30}?)(?: in| belong| part|\?|$)", q)),
    ]
    from tools import UnknownName

    for kind, m in pats:
        if not m:
            continue
        name = m[1].strip()
        if not _could_be_a_name(name, m[0]):
            continue
        if any(fold(name) in mt.text or mt.text in fold(name) for mt in mentions if not mt.fuzzy or mt.kind == kind):
            continue  # the spotter read it as a name of the report (perhaps with a typo)
        try:
            resolve("country" if kind == "region" else kind, name)
        except UnknownName as e:
            return Refuse("unknown_name", str(e))
        except ToolError:
            continue
        if kind == "industry" and fold(name) not in {fold(v.alias) for v in _industry_aliases()}:
            valid = canonical_names("industry")
            return Refuse("unknown_name", f"{name} is not one of the report's {len(valid)} emerging industries: "
                          f"{', '.join(valid)}.")
    return None


_KIND_WORD = re.compile(r"^(?:mega ?trends?|megatrends?|trends?|industr(?:y|ies)|sectors?|regions?|countr(?:y|ies))$", re.I)


def _could_be_a_name(name: str, phrase: str) -> bool:
    """A phrase that may be a name the user means: none of its words a number, a determiner or question word
    ("10 emerging", "conclusions which") or a kind word before its end ("megatrend x"), and the phrase is not one the report
    itself uses ("the health sector"): what the report says in its own words is a topic to look up, not a name."""
    from corpus.parse import report_text

    words = name.lower().split()
    if any(w in _NOT_A_NAME or w.isdigit() for w in words) or any(_KIND_WORD.match(w) for w in words[:-1]):
        return False
    return fold(phrase).removeprefix("the ") not in fold(report_text())


def _industry_aliases():
    from tools import vocabulary

    return [v for v in vocabulary() if v.kind == "industry"]


_NOT_A_NAME = set("most main same first last other each every which this that these those strongest biggest key current "
                  "mega global new emerging underlying whole entire overall given above following respective one "
                  "what any all such more less important report single only ten twelve eight four five six two three selected emerging".split())
