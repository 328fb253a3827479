"""Premises a question takes from the report's structure: that something is on one of its lists, or that it has
clusters of a place. Each check returns what the report does not give (a sentence), or "".

The lists, the regions and where each country lies come from the structured data (``tools``); the patterns are
generic English.
"""

from __future__ import annotations

import re

from retrieval import vocab
from retrieval.lexical import tokenize

# "X is one of the 12 megatrends", "lists X as one of its mega trends", "counts X among the emerging industries"
_MEMBER = re.compile(r"(?P<x>[\w&'/ -]{3,80}?)\s+(?:(?:is|was|as|being)\s+(?:(?:one|a) of|among|part of)|"
                     r"(?:sits?|fits?|ranks?|stands?|belongs?|features?|appears?)\s+(?:among|in|within))\s+|"
                     r"\b(?:lists?|counts?|includes?|names?|puts?)\s+(?P<y>[\w&'/ -]{3,60}?)\s+(?:among|in)\s+|"
                     r"\b(?:is|are|was|were)\s+(?P<z>[\w&'/ -]{3,60}?)\s+(?:(?:one|a) of|among|part of)\s+",
                     re.IGNORECASE)
_LIST_NAME = re.compile(r"(?:the |its |their |his |her |these )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve) )?(?:(?:global|main|key) )?(?P<k>mega ?-?trends|megatrends|emerging industries|"
                        r"industries)\b", re.IGNORECASE)
_LISTS = {"mega": ("trend", "mega_trends", "mega trends"), "indus": ("industry", "industries", "emerging industries"),
          "emerg": ("industry", "industries", "emerging industries")}
# the words before the thing put on the list: "the report lists", "since", "why is"
_LEAD_IN = re.compile(r"^.*\b(?:lists?|counts?|includes?|names?|says?|since|why|is|was|that|because|if|as|how|"
                      r"does|do|did|the report|the study)\s+|^\W*(?:the|a|an)\s+", re.IGNORECASE)


def not_listed(res, sentences) -> str:
    """A premise that puts something on one of the report's lists (its mega trends, its emerging industries) that
    the list, read from the structured data, does not hold."""
    import tools

    for m in _MEMBER.finditer(res.question):
        kind = _LIST_NAME.match(res.question, m.end())
        if not kind:
            continue
        what = _LEAD_IN.sub("", (m["x"] or m["y"] or m["z"]).strip())
        what = re.sub(r"^(?:the|a|an)\s+", "", what.strip(), flags=re.IGNORECASE)
        vkind, name, label = next(v for k, v in _LISTS.items() if kind["k"].lower().startswith(k))
        if _on_the_list(what.lower(), vkind):
            return ""
        items = tools.list_items(name).items
        return f"The report does not list \u201c{what}\u201d among its {label}; its {len(items)} are: {', '.join(items)}."
    return ""


# the words that only say what kind of thing a name is: "the experience economy" is the Experience Industries
_HEADS = frozenset(tokenize("economy economies industry industries sector sectors services trend trends mega megatrend"))


def _on_the_list(what: str, kind: str) -> bool:
    """``what`` names one of the list's items: a name or alias of that kind is in it, it is part of one, or each of
    its words (less the kind's head words) is a word of one name."""
    from assistant.content import _filler_tokens

    words = set(tokenize(what)) - _HEADS - _filler_tokens()
    if not words:  # "which trend fits in the megatrends": only a kind and a question word, no name to look for
        return True
    for n in vocab.names_of(kind):
        if len(n) > 2 and (re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", what) or what in n):
            return True
        if words and words <= set(tokenize(n)):
            return True
    return not what


# a question about the clusters of a place: "clusters in Spain", "Chinese cluster organisations", "firms from the USA"
_OF_PLACE = r"(?:clusters?|cluster organi[sz]ations?|cluster firms|firms|companies|members)"
# asking for individual ones: "which cluster organisations in …", "name the biggest clusters in …", "any Polish clusters"
_INDIVIDUAL = re.compile(r"\bwhich (?:ones|of them)\b|\b(?:examples?|names?) of\b|"
                         r"\b(?:which|name|list|any|some|what are the|who are the)\s+(?:(?!(?:industr\w*|sectors?|trends?|"
                         r"megatrends?|regions?|countries|services|do|does|did|are|is|have|has|of|with|that|which|who|"
                         r"whose|where)\b)[\w-]+\s+){0,3}?"
                         + _OF_PLACE + r"\b", re.IGNORECASE)


# clusters outside Europe as partners of the European ones: the report's cooperation figures answer that
_PARTNERS = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partner\w*|links?|ties|relations\w*|target\w*|export\w*|"
                       r"work(?:s|ing)? with)\b", re.IGNORECASE)


def place_clusters(res, sentences) -> str:
    """Clusters of a place the report has no data on (outside its European regions), or individual clusters of a
    place asked for by name when the quotes (its text or a footnote) name none (the report counts clusters by region;
    it names some in passing, with capitals or in a list after the place)."""
    import tools
    from assistant.scope import _proper_names
    from retrieval.roles import BODY, FOOTNOTE, role_of

    q = res.question
    places = _places(q)
    if not places:
        return ""
    europe = tools.list_items("european_regions").items
    for m, region in _outside(q, places):
        return (f"The report has no data on clusters in {m.canonical}: the cluster organisations it analyses are in "
                f"its {len(europe)} European regions ({', '.join(europe)}); {region} appears only as a "
                f"partner region of their cooperation.")
    where = q[places[0].start : places[0].end]
    names = {places[0].canonical.lower(), where.lower()}
    if _INDIVIDUAL.search(q) and not any((_proper_names(x.text) or _listed_after(x.text, names))
                                         and any(n in x.text.lower() for n in names)
                                         for x in res.quotes if role_of(x.start, x.end) in (BODY, FOOTNOTE)):
        return f"The report does not name individual clusters in {places[0].canonical}: it counts them by region only."
    return ""


def _places(q: str, of: str = _OF_PLACE) -> list:
    """The places (countries, regions) whose clusters (``of``) a question is about: "polish clusters", "firms from
    Spain"."""
    from assistant.spot import spot

    return [m for m in spot(q) if m.kind in ("country", "region")
            and (re.match(rf"\s+(?:[\w-]+\s+){{0,2}}{of}\b", q[m.end :], re.IGNORECASE)
                 or re.search(rf"\b{of}\s+(?:(?:based |located )?(?:in|from)|of)\s+(?:the\s+)?$", q[: m.start],
                              re.IGNORECASE))]


# the place of a partner: after "with", "to", "between", "and", "in" (two words may stand between: "with the US
# clusters"); a place before any of them is where the clusters asked about are ("how do american clusters cooperate")
_AS_PARTNER = re.compile(r"\b(?:with|to|towards|between|and|in|into|among|amongst)\s+(?:[\w&'-]+\s+){0,2}$", re.IGNORECASE)
# clusters or their firms, not the members of a region (its countries, Figure 10)
_CLUSTERS = r"(?:clusters?|cluster organi[sz]ations?|cluster firms|firms|companies)"


def _outside(q: str, places: list) -> list[tuple]:
    """The places (with their regions) whose clusters the question asks about that lie outside the report's European
    regions, unless it asks about cooperation with them (there they are partner regions the figures grade)."""
    import tools

    if not places:  # most questions name no place: the regions' list (and its figure notes) is not needed
        return []
    europe = tools.list_items("european_regions").items
    partners = _PARTNERS.search(q)  # "european clusters working with US clusters": there the place is a partner
    return [(m, r) for m in places if (r := _region(m.canonical, m.kind)) and r not in europe
            and not (partners and _AS_PARTNER.search(q[: m.start]))]


def clusters_outside(question: str) -> bool:
    """The question asks about clusters of a place outside the report's European regions ("what do clusters in
    <an African country> say about …"): the report has none, and a table of that region's countries would answer
    another question; the text's answer says so (``place_clusters``)."""
    return bool(_outside(question, _places(question, _CLUSTERS)))


def individual_clusters(question: str) -> bool:
    """The question asks for individual clusters of a place ("which polish biotech clusters …", "name the clusters in
    Spain that …"): the tables count clusters by region and name none, so only the text can answer, if it names them."""
    m = _INDIVIDUAL.search(question)  # "the members of <a region>" are its countries (a table answers that)
    return bool(m) and not m[0].lower().endswith(("member", "members")) and bool(_places(question))


def _listed_after(text: str, names: set[str]) -> bool:
    """The passage lists things right after naming the place: "the five strong clusters in West Sweden: Urban
    future, the marine environment …" names them (in its own words, without capitals)."""
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])[^.:;]{{0,40}}:\s*\w[^.]*,", low) for n in names if n)


def _region(name: str, kind: str) -> str:
    import tools
    from tools.errors import ToolError

    if kind == "region":
        return name if name in tools.list_items("regions").items else ""
    try:
        return tools.region_of(name).value or ""
    except ToolError:
        return ""
