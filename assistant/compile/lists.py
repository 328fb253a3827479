"""Compiler rows for the report's own lists: the mega trends, emerging industries, parameters, regions, key
areas, common characteristics and the service spectrum — the whole list, its count, or one entry by position."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.spot import fold

# the focus → the list that answers it (tools.list_items names)
LIST_OF_FOCUS = {"key_areas": "key_areas", "characteristics": "characteristics", "services": "service_spectrum",
                 "trends": "mega_trends", "industries": "industries", "parameters": "parameters",
                 "regions": "regions"}
# lists whose name always means the list (the others also name a side of a matrix or a figure's rows), in the
# report's own words; a singular asks for one entry ("which key area covers …"), which the list's rows answer
_WHOLE_LIST = (("key_areas", re.compile(r"\bkey areas\b|\bareas of critical importance\b|\bcritical areas\b")),
               ("characteristics", re.compile(r"\bcharacteristics\b")),
               ("service_spectrum", re.compile(r"\bservice spectrum\b|\bspectrum of services\b")))
# a count of a list's entries may carry the relation of the figure whose rows the list is
_COUNTED_IN = {"trends": (None,), "industries": (None,), "parameters": (None, "crossover"),
               "regions": (None, "membership")}
# a question about meaning or method is answered by a passage, not by the list
# what a list means or how it came about ("why were they selected", "on what basis were they chosen"), not the list;
# "the ten industries the study selected" names the list
_MEANING = re.compile(r"\b(meant|meaning|mean|definition|difference|concept|why|basis|criteria|criterion|method\w*)\b|"
                      r"^\s*(define|how (?!many))\b|\bhow (were|was|did|do|does|are|is)\b[^?]*\b(chosen|selected|"
                      r"identified|picked)\b")
_ONE_OF = re.compile(r"\b(which|what) (one )?of (the|these|those)\b")
_ENTRY_WORDS = re.compile(r"\bkey area\b|\bcharacteristic\b")
_ABBREVIATION = re.compile(r"\bstands? for\b|\babbr\w*|\bshort for\b|\bacronyms?\b|\bshort (form|name)s?\b|\binitials\b")
_STANDS_FOR = re.compile(r"\bstands? for\b|\bshort for\b|\bwhich industry is\b")
_OUTSIDE_EUROPE = re.compile(r"\b(outside( of)?|beyond|apart from|other than|except|excluding|besides|not in|"
                             r"non-?)\s*(the )?europe(an)?\b")
_NEIGHBOUR = re.compile(r"\b(after|before|follows|precedes)\s+(?:the\s+)?([\w &-]+?)\s*\??$")


def _position(frame: Frame) -> Step | None:
    """One entry by position: first, last, or next to a named entry ("what comes after matchmaking")."""
    m = _NEIGHBOUR.search(frame.text)
    if m:
        return Step("_pick", {"position": "after" if m[1] in ("after", "follows") else "before", "name": m[2]})
    agg = frame.aggregation
    if agg is not None and agg.kind == "nth" and agg.n in (1, -1) and frame.intent != "count":
        return Step("_pick", {"position": "first" if agg.n == 1 else "last"})
    return None


def _entry(frame: Frame) -> ToolPlan | None:
    """One entry of a list named in the singular: a named key area's focus, or the entry the words describe
    ("which common characteristic goes with hyper-competition", "which key area covers agility")."""
    import tools

    named = [r["name"] for r in tools.list_items("key_areas").rows if fold(r["name"]) in frame.text]
    one_of = _ONE_OF.search(frame.text)  # "which of the four key areas covers …": one entry of the whole list
    if frame.focus not in ("key_areas", "characteristics") and not _ENTRY_WORDS.search(frame.text) and not named or \
            any(pat.search(frame.text) for _, pat in _WHOLE_LIST) and not one_of or \
            frame.intent in ("count", "explain", "yesno"):
        return None
    if frame.names and any(n.kind not in ("parameter",) for n in frame.names):
        return None  # a parameter-like word ("agility") is the entry's description, any other name is not
    name = "key_areas" if named or re.search(r"\bkey area|\barea\b", frame.text) else "characteristics"
    steps = [Step("list_items", {"name": name})]
    if named and re.search(r"\bfocus\w*|\bcovers?\b|\babout\b|\bmeans?\b", frame.text):
        return ToolPlan((*steps, Step("_field", {"contains": named[0], "field": "focus"})))
    return ToolPlan((*steps, Step("_best_row", {"question": frame.text})))


def _abbreviation(frame: Frame) -> ToolPlan | None:
    """Figure 1: an industry's abbreviation, or the industry an abbreviation stands for."""
    inds = [n for n in frame.names if n.kind == "industry"]
    several = list(dict.fromkeys(n.canonical for n in inds))
    if len(several) > 1 and len(inds) == len(frame.names) and _ABBREVIATION.search(frame.text):
        # "the abbreviations of experience and environmental industries": Figure 1's rows of those industries
        return ToolPlan((Step("list_items", {"name": "industries"}), Step("restrict", {"names": several}, "intersect")))
    if len(inds) != 1 or len(frame.names) != 1:
        return None
    typed = inds[0].text
    short = len(typed) <= 5 and typed.isalpha()
    bare = re.fullmatch(r"\s*(what'?s|whats|what is|what does)?\s*\S+\s*(=|means|mean|stands? for)?\s*\??\s*", frame.text)
    if not (_ABBREVIATION.search(frame.text) or short and bare):
        return None
    asks_name = short or _STANDS_FOR.search(frame.text)
    return ToolPlan((Step("abbreviation", {"name": typed if asks_name else inds[0].canonical}),))


def list_rows(frame: Frame) -> ToolPlan | None:
    """The report's lists: an abbreviation, one entry, the text's own pick of parameters, or the whole list."""
    return _abbreviation(frame) or _entry(frame) or _singled_out(frame) or _whole(frame)


# the text's own judgement of parameters ("which does the conclusion single out as most relevant", "the parameters
# the report sees as most challenging"): its list, not Figure 7's counts
_JUDGED = re.compile(r"\b(most|particularly|especially) (relevant|important|challenging|critical)\b|\bsingled? out\b|"
                     r"\bhighlight\w*\b")


def _singled_out(frame: Frame) -> ToolPlan | None:
    if frame.focus != "parameters" or frame.names or frame.grade is not None or frame.intent in ("explain", "define") \
            or not (C.REPORT_SAYS.search(frame.text) or _JUDGED.search(frame.text)) or C.CHART.search(frame.text):
        return None
    return ToolPlan((Step("list_items", {"name": "singled_out_parameters"}),))


_CONTENT = re.compile(r"[a-z][a-z-]{2,}")
_NOT_CONTENT = frozenset("the and for with from that this these those which what following to of a an in on are is "
                         "make up".split())


def _stems(text: str) -> set[str]:
    from assistant.coverage import stem

    return {stem(w) for w in _CONTENT.findall(fold(text)) if w not in _NOT_CONTENT}


def named_in_its_words(text: str) -> str | None:
    """The text list (key areas, service spectrum, characteristics) a question names in the report's own words
    for it (``tools.lists.list_phrases``): at least half of those words, and three or more."""
    from tools.lists import list_phrases

    asked = _stems(text)
    best = None
    for name, phrase in list_phrases().items():
        words = _stems(phrase)
        shared = len(words & asked)
        if shared >= 3 and 2 * shared >= len(words) and (best is None or shared > best[1]):
            best = (name, shared)
    return best[0] if best else None


def _whole(frame: Frame) -> ToolPlan | None:
    """The list a frame's focus names, when no name is given and nothing but the list is asked."""
    whole = next((lst for lst, pat in _WHOLE_LIST if pat.search(frame.text)), None) or \
        (named_in_its_words(frame.text) if not frame.names else None)
    name = LIST_OF_FOCUS.get(frame.focus or "") or whole
    listed = frame.intent in ("list", "count", "value", "unknown", "define") or \
        frame.intent == "compare" and whole is not None  # "what do value chains have in common": no two names
    if name is None or frame.names or frame.grade is not None or _MEANING.search(frame.text) or not listed:
        return None
    if name == "regions" and any(s.relation in ("rd", "business") for s in frame.scope):
        return None  # "the region pairs rated higher for business than for R&D": the cooperation figures, not Figure 10
    if name == "regions" and _OUTSIDE_EUROPE.search(frame.text):  # every region minus the European ones
        return ToolPlan((Step("list_items", {"name": "regions"}),
                         Step("list_items", {"name": "european_regions"}, "subtract")))
    if name in ("key_areas", "characteristics", "service_spectrum"):
        if whole != name:
            return None
    elif frame.relation != "lists" and not (C.COUNT.search(frame.text) and frame.relation in _COUNTED_IN[frame.focus]) \
            and not (frame.focus == "parameters" and frame.relation == "crossover"):  # no name, grade or count: the list
        return None
    agg = frame.aggregation
    if agg is not None and agg.kind not in ("nth", "each"):
        return None
    if name == "regions" and "europe" in frame.text:
        name = "european_regions"
    pick = _position(frame)
    return ToolPlan((Step("list_items", {"name": name}),) + ((pick,) if pick else ()))
