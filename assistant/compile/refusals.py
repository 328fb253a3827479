"""Compiler rows that refuse, tried when no figure's row fits: a measure the report never gives (head-counts,
money, market sizes, dates), a section it does not have, and a name shaped like one of its industries, trends or
countries that is none of them. Each refusal names what was asked, so the user can rephrase."""

from __future__ import annotations

import re

from assistant.frame import Frame
from assistant.plan import Refuse, Step, ToolPlan, first_plan
from assistant.spot import fold

# measures the report never gives (head-counts, money, dates) and requests that are not questions about it
_OFF_TOPIC = re.compile(r"\bhow many (people|employees|workers|jobs|staff|firms|companies)\b|"
                        r"\b(total|annual|yearly) (turnover|revenue|sales)\b|\b(turnover|revenue|gdp|market size|budget|"
                        r"population|salar(y|ies)|price|prices) (of|in|for)\b|\bin (19|20)\d\d\b|\bstock (tips?|prices?|market)\b|"
                        r"\binvest(ment)? (tips?|advice)\b|\b(weather|poem|joke|recipe)\b|"
                        r"\b(size|value|volume|share) of the [\w -]{0,30}market\b|\b(euros?|eur|usd|dollars?)\b|"
                        r"\bhow much (\w+ )?(money|funding|budget|investment)\b")
_WHY = re.compile(r"\bwhy\b|\bexplain\w*\b")  # a passage answers a why, whatever it names
# the frame's text folds "7.3" to "7 3": a section number's later parts are single digits after a space or a dot
_SECTION = re.compile(r"(?:\b(?:section|chapter)\s*|§\s*)(\d+(?:[ .]\d\b)*)")
# a name shaped like one of the report's, by kind, read in the question as typed: capitalised words before
# "Industries" ("Space Industries"; lower case is no name's shape: "env industries", "connected devices"),
# "the <words> industry", "the <words> trend"
_SHAPED = (("industry", re.compile(r"\b((?:[A-Z][\w-]+ )+(?:Industries|Industry|Services|Technologies|Devices|Sector))\b")),
           ("industry", re.compile(r"\bthe ([\w-]+(?: [\w-]+)?) (?:industry|industries|sector)\b", re.I)),
           ("trend", re.compile(r"\bthe ([\w -]{3,40}?) (?:mega ?trend|megatrend|trend)\b", re.I)))
_REGION_OF = re.compile(r"\bregion (?:is|does) ([a-z][\w .'-]+?) (?:in|belong|part)\b|\bregion of ([a-z][\w .'-]+?)\??$", re.I)
_NOT_A_NAME = set("most main same first last other each every which this that these those strongest biggest key current "
                  "mega global new emerging underlying whole entire overall given above following respective one "
                  "what any all such more less important report single only ten twelve eight four five six two three "
                  "selected the their our your its both a an".split())


def _off_topic(frame: Frame) -> Refuse | None:
    """Questions no figure or passage of the report can answer (head-counts, stock tips, poems)."""
    if _OFF_TOPIC.search(frame.text):
        return Refuse("out_of_scope", "The report does not cover this: it gives no such figures or advice.")
    return None


def _unknown_section(frame: Frame) -> Refuse | None:
    """"Summarise section 7.3": a section the report does not have."""
    import corpus

    m = _SECTION.search(frame.text)
    if not m:
        return None
    number = m[1].replace(" ", ".")
    nums = [s.number for s in corpus.sections() if s.number not in ("0",)]
    if number in nums:
        return None
    return Refuse("unknown_name", f"The report has no section {number}. Its sections are: "
                  + ", ".join(s for s in nums if s not in ("A", "B")) + ", and Appendices A and B.")


def _unknown_region_of(frame: Frame) -> Refuse | ToolPlan | None:
    """"Which region is Atlantis in" with no place of the report named: say it is none of Figure 10's; a name
    close to several ("Nort") goes to the region tool, which asks which one is meant."""
    from tools import AmbiguousName, UnknownName, resolve

    m = _REGION_OF.search(frame.asked)
    if m is None or frame.kinds & {"region", "country"} or _leans_back(frame):
        return None
    name = (m[1] or m[2]).strip()
    try:
        resolve("country", name)
    except UnknownName as e:
        return Refuse("unknown_name", str(e))
    except AmbiguousName:
        return ToolPlan((Step("region_of", {"country": name}),))
    return None


def _leans_back(frame: Frame) -> bool:
    """A follow-up ("and the upstream side for that trend?"): its words name the previous subject, not a new one."""
    fu = frame.followup
    return fu.opener or fu.pronoun or fu.of_those


def _unknown_name(frame: Frame) -> Refuse | None:
    """A name shaped like an industry or a trend of the report that is none of them: say so plainly."""
    from tools import ToolError, UnknownName, canonical_names, resolve, vocabulary

    if frame.kinds & {"region", "country"} or _leans_back(frame):
        return None
    aliases = {fold(v.alias) for v in vocabulary() if v.kind == "industry"}
    for kind, pat in _SHAPED:
        m = pat.search(frame.asked)
        if m is None or not _could_be_a_name(m[1].strip(), m[0]):
            continue
        name = m[1].strip()
        if any(fold(name) in n.text or n.text in fold(name) for n in frame.names if not n.fuzzy or n.kind == kind):
            continue  # the spotter read it as a name of the report (perhaps with a typo)
        try:
            resolve(kind, name)
        except UnknownName as e:
            return Refuse("unknown_name", str(e))
        except ToolError:
            continue
        if kind == "industry" and fold(name) not in aliases:
            valid = canonical_names("industry")
            return Refuse("unknown_name", f"{name} is not one of the report's {len(valid)} emerging industries: "
                          f"{', '.join(valid)}.")
    return None


_ENDS_NO_NAME = frozenset("of for in on by with to from about between across among and or".split())
_KIND_WORD = re.compile(r"^(?:mega ?trends?|megatrends?|trends?|industr(?:y|ies)|sectors?|regions?|countr(?:y|ies))$", re.I)


def _could_be_a_name(name: str, phrase: str) -> bool:
    """A phrase that may be a name the user means: none of its words a number, a determiner or question word
    ("10 emerging", "conclusions which") or a kind word before its end ("megatrend x"), and the phrase is not one the
    report itself uses ("the health sector"): what the report says in its own words is a topic to look up, not a name."""
    from corpus.parse import report_text

    words = name.lower().split()
    if any(w in _NOT_A_NAME or w.isdigit() for w in words) or any(_KIND_WORD.match(w) for w in words[:-1]) or \
            words and words[-1] in _ENDS_NO_NAME:  # "the matrix of industries": no name ends in "of"
        return False
    return fold(phrase).removeprefix("the ") not in fold(report_text())


def refusal_rows(frame: Frame) -> Refuse | ToolPlan | None:
    """A refusal naming what the report lacks (never for a why, which a passage answers, nor for a follow-up's "of those")."""
    if frame.followup.of_those or _WHY.search(frame.text):
        return None
    return first_plan((_off_topic, _unknown_section, _unknown_region_of, _unknown_name), frame)
