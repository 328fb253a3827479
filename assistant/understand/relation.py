"""The relation asked about: an impact matrix (downstream, upstream, AOSI), sub-trends, crossover, R&D or
business cooperation, region membership, the figure catalogue, or the report's lists."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Name, Relation, Scope
from assistant.spot import Mention
from assistant.understand.direction import direction, with_pronouns

# one impact matrix named by its side ("the upstream matrix", "downstream"): a hot-spot asked of it is its cell
_ONE_MATRIX = re.compile(r"\b(up|down)stream\b")

# figures whose table is one relation
RELATION_OF_FIGURE: dict[str, Relation] = {"3": "downstream", "4": "upstream", "5": "aosi", "6": "subtrends",
                                           "7": "crossover", "10": "membership", "13": "rd", "16": "business"}
# the figure whose table is one relation: the inverse of the figure → relation table
FIGURE_OF_RELATION = {rel: fig for fig, rel in RELATION_OF_FIGURE.items()}
# figures whose table is one impact matrix (a direction of the trend × industry cells)
DIRECTION_OF_FIGURE = {fig: rel for fig, rel in RELATION_OF_FIGURE.items()
                       if rel in ("downstream", "upstream", "aosi")}


_GRADED = re.compile(r"\b(strongest|weakest|strong|weak|strength|strongly|weakly)\b")


def relation(text: str, names: tuple[Name, ...], figure: str | None, focus: str | None) -> Relation | None:
    """The one relation the answer is computed over (scope lists the others a question combines)."""
    kinds = {n.kind for n in names}
    if figure in RELATION_OF_FIGURE:
        return RELATION_OF_FIGURE[figure]
    if "parameter" in kinds or focus == "parameters" or C.CROSSOVER.search(text) and not C.COOP.search(text):
        if "parameter" in kinds or C.PARAMETERS_WORD.search(text) or "✓" in text or "subtrend" in kinds or \
                C.SUBTREND_WORD.search(text) and C.CROSSOVER.search(text):
            return "crossover"
    if C.HOTSPOT.search(text) and not C.AOSI_PROPER.search(text) and not _ONE_MATRIX.search(text):
        return "subtrends"  # not "the geo-economic hot spot for logistics - is it marked in the upstream matrix"
    d = _matrix(text, names)
    if d is not None:
        return d
    if "subtrend" in kinds and _GRADED.search(text) and not kinds & {"region", "country"}:
        return "crossover"  # "where is fighting counterfeiting strongest": only Figure 7 grades a sub-trend
    if "subtrend" in kinds or C.SUBTREND_WORD.search(text):
        return "subtrends"
    places = kinds & {"region", "country"}
    region_of = _REGION_OF.search(text)
    if "country" in places and region_of and not C.COOP.search(region_of[0].replace("region", "")):
        return "membership"  # not "which region do CEE clusters cooperate with most in business"
    kind = C.coop_kind(text)
    if kind in ("rd", "business") and (places or C.COOP.search(text)):
        return kind
    if places and (C.MEMBERSHIP.search(text) or places == {"region", "country"}) and \
            not C.COOP.search(text.replace("region", "")):
        return "membership"
    if not names and _BOTH_SIDES_OF_MEMBERSHIP.search(text) and \
            (C.MEMBERSHIP.search(text) or _EACH_REGION.search(text)) and not C.COOP.search(text.replace("region", "")):
        return "membership"  # "which countries belong to which region": Figure 10's two sides, by their kind nouns
    named = _named_table(text)  # "the consolidated matrix": the figure the report calls so
    if named is not None and not C.LOCATE.search(text):
        return named
    if figure is not None or focus in ("figures", "sections") and C.LOCATE.search(text):
        return "figures"
    if not names and focus in ("trends", "industries", "parameters", "regions", "countries", "key_areas",
                               "characteristics", "services") and C.LIST.search(text):
        return "lists"
    return None


# a matrix named by a few words of its own ("the consolidated matrix", "the effects grid"); "the value-chain table"
# of a question about what a term means stays a topic
_TABLE_NAMED = re.compile(r"\b(?:the|this|that|its) ((?:[\w-]+ ){1,3}?)(matrix|grid)\b")
CLEAR = 0.6  # the figure finder's score (0..1) for a clear fit (compile.figures reads it too)


def _named_table(text: str) -> Relation | None:
    """The relation of the one figure a table's own words name clearly ("the consolidated matrix" is how the report
    speaks of Figure 5), read by the figure finder from the report's text about each figure; None when none does."""
    m = _TABLE_NAMED.search(text)
    if m is None:
        return None
    from tools.figure_find import find_figure

    found = find_figure(m[0], 2)
    if not found or found[0].score < CLEAR or len(found) > 1 and found[1].score >= found[0].score:
        return None
    return RELATION_OF_FIGURE.get(found[0].key)


# "which region is X in", "in which region is X", "does X belong to": the region of a country, whatever
# cooperation words the question also carries ("… in the cooperation study")
_REGION_OF = re.compile(r"\b(which|what) (macro-?)?region (is|are|does|do)\b.*\b(in|belong\w*)\b|"
                        r"\bin (which|what) (macro-?)?region (is|are)\b|\bbelong\w* to\b")

# Figure 10's two sides named by their nouns, in either order, and a region asked for each country
_BOTH_SIDES_OF_MEMBERSHIP = re.compile(r"\bcountr(?:y|ies)\b.*\bregions?\b|\bregions?\b.*\bcountr(?:y|ies)\b")
_EACH_REGION = re.compile(r"\b(each|every|per|by|which|what) (macro-?)?regions?\b|\bregions? (each|every) ")

_SAID = (C.ACTIVE, C.PASSIVE, C.NEUTRAL_VERBS, C.DOWN, C.UP, C.AOSI, C.HOTSPOT, C.SUBTREND_WORD, C.CROSSOVER,
         C.COOP, C.RD, C.BUSINESS, C.MEMBERSHIP, C.LOCATE)


def relation_said(text: str, figure: str | None) -> bool:
    """The question's own words (names blanked out) say a relation: a verb, a direction, a figure, …"""
    return figure is not None or any(p.search(text) for p in _SAID)


def other_relation(text: str, names: tuple[Name, ...], figure: str | None) -> Relation | None:
    """The impact matrix the verbs point at when it is not the one the named figure shows."""
    fig = RELATION_OF_FIGURE.get(figure or "")
    if fig not in ("downstream", "upstream"):
        return None
    verb = _matrix(text, names)
    return verb if verb in ("downstream", "upstream") and verb != fig else None


def verb_scope(text: str, names: tuple[Name, ...], said: tuple[Scope, ...]) -> tuple[Scope, ...]:
    """The scope the verbs give when no direction word does: "trends that shape it but that it does not shape
    back" asks for one matrix and not the other, as "downstream but not upstream" does."""
    if _kinds_both(text, names):  # "is it very strong in both" of a cooperation: both kinds, not both matrices
        return tuple(s for s in said if s.relation not in ("downstream", "upstream") or s.negated)
    if any(s.relation in ("downstream", "upstream") for s in said):
        return said
    d = _direction(text, names)
    if d == "aosi" and _JOINED_TO_AOSI.search(text) and any(s.relation == "aosi" and not s.negated for s in said):
        verb = _direction(C.AOSI.sub(lambda m: " " * len(m[0]), text), names, pronouns=True)  # the verb's own
        if verb in ("downstream", "upstream"):
            return (*said, Scope(verb))  # "which trends influence logistics and also have an AOSI with it": both
    if d == "both" and not C.BOTH.search(text):  # "hit by it and push it back": each verb's matrix
        return (*said, Scope("downstream"), Scope("upstream"))
    if d not in ("downstream_only", "upstream_only"):
        return said
    asked = d.removesuffix("_only")
    other = "upstream" if asked == "downstream" else "downstream"
    return (*said, Scope(asked), Scope(other, negated=True))  # type: ignore[arg-type]


def _kinds_both(text: str, names: tuple[Name, ...]) -> bool:
    """"Both" / "either" in a question about a cooperation kind that names no industry or trend and no side of an
    impact matrix ("same pair in business - very strong in both?"): the two kinds of cooperation, not both matrices."""
    return C.coop_kind(text) in ("rd", "business") and not {n.kind for n in names} & {"industry", "trend"} and \
        not (C.DOWN.search(text) or C.UP.search(text)) and bool(C.BOTH.search(text) or re.search(r"\beither\b", text))


# a verb of acting and an AOSI joined as two things asked of the same entries
_JOINED_TO_AOSI = re.compile(r"\b" + C.VERB + r"\b.{0,60}?\b(and|as well as)( also)? (have|has|are|is|form|forms|make|"
                             r"makes)( an?)? (aosi|area of strong)|\b(aosi'?s?|areas? of strong \w+)\b.{0,60}?\b"
                             r"(and|as well as)( also)? (\w+ ){0,2}?" + C.VERB)


def _direction(text: str, names: tuple[Name, ...], pronouns: bool = False) -> str | None:
    """The direction the words give; with ``pronouns``, "it" / "they" read as the one name said or the other side."""
    inds = [n.canonical for n in names if n.kind == "industry"]
    trends = [n.canonical for n in names if n.kind == "trend"]
    mentions = [Mention(n.kind, n.canonical, n.text, n.start, n.end, n.fuzzy) for n in names]
    return direction(text, inds, trends, with_pronouns(text, 0, mentions) if pronouns else mentions)


def _matrix(text: str, names: tuple[Name, ...]) -> Relation | None:
    inds = [n.canonical for n in names if n.kind == "industry"]
    trends = [n.canonical for n in names if n.kind == "trend"]
    mentions = [Mention(n.kind, n.canonical, n.text, n.start, n.end, n.fuzzy) for n in names]
    d = direction(text, inds, trends, mentions)
    if d is None:
        return None
    places = {n.kind for n in names} & {"region", "country"}
    if d in ("both", "either") and (places or _kinds_both(text, names)) and not (inds or trends) and \
            not (C.DOWN.search(text) or C.UP.search(text)):
        return None  # "do the nordics and iberia cooperate with each other": a tie between places, not a matrix
    if d in ("both", "either"):
        return "downstream"
    return d.removesuffix("_only")  # type: ignore[return-value]
