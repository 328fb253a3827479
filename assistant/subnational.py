"""Places below the report's grain: the places it grades are its regions, and Figure 10 lists the countries of each.
A question about the states, provinces, cities or regions of one country ("which US states …", "german länder",
"italian regions") asks for data the report does not hold, whatever table or passage is nearest: the tables would
answer for the country's whole region. Only the text can name such a place (it does, in passing: a footnote's
"West Sweden"), so the question goes to the text and its quotes must name one.

The country names come from the structured data (``retrieval.vocab``, Figure 10); the words for the parts of a
country are generic English.
"""

from __future__ import annotations

import re

from corpus.once import once
from retrieval import vocab

# the parts of one country, in generic English ("member states" are countries, not parts of one)
_UNIT = r"states?|provinces?|l[äa]nder|count(?:y|ies)|cit(?:y|ies)|towns?|municipalit(?:y|ies)|districts?|cantons?|regions?"
# one word may stand between the country and the part ("spanish coastal provinces"), not a kind of thing or a joint;
# "the UK/Ireland region", "the Ireland region" name a region of the report by its countries (not "italian regions")
_BETWEEN = r"(?:(?!(?:clusters?|firms?|compan(?:y|ies)|industr(?:y|ies)|sectors?|and|or|with|in|of|to|for)\b)[\w-]+\s+)?"


# "the partner regions of polish clusters": the regions are the clusters' partners, not parts of the country
_NOT_OF_CLUSTERS = (r"(?!\s+(?:[\w-]+\s+)?(?:clusters?|cluster|firms?|compan(?:y|ies)|smes?|partners?|industr(?:y|ies)|"
                    r"sectors?|organi[sz]ations?))")


@once
def _countries() -> re.Pattern:
    """The names of single countries of Figure 10 (and their adjectives), longest first; not a group of countries
    ("Nordic Countries", "Balkan", "Baltic Sea Region": their parts are countries), known as a group when the
    region vocabulary has its name or its plural, or it is the first word of a longer one."""
    regions, countries = vocab.names_of("region"), vocab.names_of("country")
    wide = [n for n in countries if " " in n]  # "baltic" is the first word of "baltic sea region": a group too
    names = [n for n in countries if " " not in n and len(n) > 1 and n not in regions and f"{n}s" not in regions
             and not any(w.startswith(f"{n} ") for w in wide)]
    country = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w/&-])(?P<c>{country})\s+{_BETWEEN}(?!region\b)(?P<u>{_UNIT})\b|\b(?P<u2>{_UNIT})\s+(?:of|in|within|across)\s+"
                      rf"(?:the\s+)?(?P<c2>{country})(?![\w-]){_NOT_OF_CLUSTERS}", re.IGNORECASE)


def sub_units(question: str) -> tuple[str, str] | None:
    """The country and the part of it a question asks about ("US", "states" of "which US states …", "france",
    "regions" of "the regions of france"), or None."""
    for m in _countries().finditer(question):
        unit = m["u"] or m["u2"]
        if not (unit.lower().startswith("state") and question[: m.start()].lower().rstrip().endswith("member")):
            return m["c"] or m["c2"], unit
    return None


def below_grain(res, sentences) -> str:
    """What the report does not give when ``res`` (a retrieval result) answers a question about the parts of one
    country with quotes that name no place of it: each quote that writes the country (or its adjective) must also
    write a name the report gives a capital ("West Sweden", "Skåne")."""
    from assistant.scope import _proper_names

    found = sub_units(res.question)
    if not found:
        return ""
    country, unit = found
    said = re.compile(rf"(?<![\w-]){re.escape(country)}", re.IGNORECASE)
    if any(said.search(q.text) and _proper_names(q.text) for q in res.quotes):
        return ""
    import tools

    regions = tools.list_items("regions").items
    return (f"The report has no data on the {unit.lower()} of a country (\u201c{country} {unit}\u201d): the places it grades "
            f"are its {len(regions)} regions, and Figure 10 lists the countries of each.")
