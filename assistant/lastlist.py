"""Follow-ups that act on the last answer's list as it stands: "which ones" read two ways (the list's or the whole
figure's), a name looked for among the items, one name left out, the first or last item, the plan widened to
every name of a kind."""

from __future__ import annotations

import re
from dataclasses import replace

import tools
from assistant.answer import Alternative
from assistant.cues import THAT_ANSWER as C_THAT
from assistant.followups import item_names
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan
from assistant.state import State

_NOUN = {"trend": "mega trends", "industry": "industries", "subtrend": "sub-trends", "parameter": "parameters",
         "region": "regions", "country": "countries"}
_ONES = re.compile(r"\bwhich ones?\b")
_INSIDE = re.compile(r"\b(those|these|them|also|as well|among)\b")


def guessed(frame: Frame, plan, state: State) -> Alternative | None:
    """"which ones does packaging push back on": "ones" alone may mean the last answer's items or any of their
    kind. The plan kept to the items is one reading; the other (the whole figure) is offered, and the answer is
    not sure. Nothing when the words say "of those", "them" or "also"."""
    if not isinstance(plan, ToolPlan) or not any(s.tool == "restrict" for s in plan.steps) or \
            _INSIDE.search(frame.text) or not _ONES.search(frame.text):
        return None
    items = item_names(state)
    noun = _NOUN.get(items[0].kind) if items else None
    if noun is None:
        return None
    question = _ONES.sub(f"which {noun}", frame.text, count=1)
    return Alternative(f"All {noun} of the figure, not only those of the last answer", question[:1].upper() +
                       question[1:] + "?")


# "among them", "one of those", "in that list", "among its partners": the last answer as a set a name is looked for in
_AMONG = re.compile(r"\b(?:among(?:st)?|one of)\s+(?:them|those|these|the|its|their|that|this)\b|"
                    # "is personalisation one too", "is big data also one": one of the kind the last answer listed
                    r"\b(?:also|too|as well)\s+one\b|\bone\s+(?:too|also|as well)\b|"
                    r"\b(?:in|on|part of|included in|inside|within)\s+(?:them|those|these|there|it|that (?:list|group|set|"
                    r"answer)|the (?:list|group|set))\b")


def member_of_last(frame: Frame, state: State) -> ToolPlan | None:
    """"is biopharma among them", "is greece one of those", "is big data in that list": yes or no, whether the one
    name said (of the last answer's kind; a text read two ways counts as that kind) is among the last answer's
    items. The last plan runs again and the name is looked for in its items."""
    items = item_names(state)
    asked = frame.intent == "yesno" or _ASKED.search(frame.text) or frame.asked.rstrip().endswith("?")  # "X is in there?"
    if state.last_plan is None or not items or not asked or not (_AMONG.search(frame.text) or _bare(frame)) or \
            len({(n.start, n.end) for n in frame.names}) > 1:
        return None
    kind = items[0].kind
    name = next((n.canonical for n in frame.names if n.kind == kind), None) if frame.names else _short_name(frame, kind)
    last = state.last_frame
    if name is None or frame.relation_said and (last is None or frame.relation != last.relation):
        return None  # "is X among the R&D partners" after a business list: another table
    steps = tuple(s for s in state.last_plan.steps if s.tool != "_member")  # "is X one too?" then "and Y?"
    return ToolPlan(steps + (Step("_member", {"name": name}),))


def _bare(frame: Frame) -> bool:
    """"is greece?", "and cyprus, is it?", "slovenia too?": a few words asking yes or no of one name and nothing else
    (no table, grade or count of their own): whether it is among the last answer's items."""
    asks = frame.intent == "yesno" or _TOO.search(frame.text) and frame.asked.rstrip().endswith("?")
    return frame.followup.short and bool(asks) and len(frame.names) == 1 and not frame.relation_said and \
        frame.grade is None and frame.aggregation is None and frame.figure is None


_TOO = re.compile(r"\b(?:too|also|as well)\b")


_ASKED = re.compile(r"^\W*(?:and\s+|so\s+)?(?:is|are|was|were)\s+(?:the\s+)?(?P<what>[\w&'-]+(?:\s+(?!ones?\b)[\w&'-]+)?)"
                    r"(?:\s+ones?)?\s+(?:among|one of|in|on|part of|included in|inside|within)\b")
_NOT_NAMES = frozenset("its they them that this those these there that's one ones any all".split())
_EVERY_OF = {"trend": "mega_trends", "industry": "industries", "parameter": "parameters", "region": "regions",
             "country": "countries"}


def _short_name(frame: Frame, kind: str) -> str | None:
    """"is digital among them": the one name of the last answer's kind whose words begin with the words said
    (the report's own list of that kind decides; two or none: no name)."""
    m = _ASKED.search(frame.text)
    every = _EVERY_OF.get(kind)
    if m is None or every is None:
        return None
    said = m["what"].lower().split()
    if any(len(w) < 3 or w in _NOT_NAMES for w in said):  # "is it in there": a pronoun, not the start of a name
        return None
    hits = [c for c in tools.list_items(every).items if all(any(w.startswith(s) for w in re.findall(r"[\w&'-]+",
                                                                                               c.lower()))
                                                            for s in said)]
    return hits[0] if len(hits) == 1 else None


# "outside logistics", "other than medtech", "apart from Poland": the name after these words is left out
_OUTSIDE = re.compile(r"\b(?:outside(?: of)?|other than|apart from|aside from|except(?: for)?|excluding|besides|"
                      r"not in|leaving out|minus)\s+(?:the\s+)?$")


def outside(frame: Frame, state: State) -> ToolPlan | None:
    """"just the ones outside logistics", "now everything except medtech": the last answer again, without the
    items that are (or, for pairs, hold) the one name said after "outside", "except", "other than"."""
    items = [i for i in state.last_items if isinstance(i, str | tuple | list)]
    if state.last_plan is None or not items or len(frame.names) != 1 or frame.relation_said or \
            not _OUTSIDE.search(frame.text[:frame.names[0].start]):
        return None
    name = frame.names[0].canonical
    if name in items:  # plain names: that one left out
        return ToolPlan(state.last_plan.steps + (Step("_exclude", {"name": name}),))
    pos = next((i.index(name) for i in items if isinstance(i, tuple | list) and name in i), None)
    if pos is None:
        return None
    keep = sorted({i[pos] for i in items if isinstance(i, tuple | list) and len(i) > pos and i[pos] != name})
    return ToolPlan(state.last_plan.steps + (Step("restrict", {"names": keep, "position": pos}),),
                    f"outside {name}")


# "which service comes first in that chain", "what is last in that list": a place in the last answer's order
_END = re.compile(r"\b(?:comes?|came|is|are|was|stands?|goes|sits?|listed|placed|appears?)\s+(?P<pos>first|last)\b")
_IN_LAST = re.compile(r"\b(?:that|this|the|those|these|them|their|its)\s*(?:chain|list|sequence|order|row|ranking|"
                      r"spectrum|steps?|ones?)?\b")


def at_end(frame: Frame, state: State) -> ToolPlan | None:
    """"which service comes first in that chain", "and what comes last there": the first (last) item of the last
    answer, when it listed names in the report's order."""
    m = _END.search(frame.text)
    items = [i for i in state.last_items if isinstance(i, str)]
    if m is None or frame.names or state.last_plan is None or len(items) < 2 or len(items) != len(state.last_items) \
            or not (_IN_LAST.search(frame.text[m.end():]) or frame.followup.pronoun or frame.followup.of_those):
        return None
    return ToolPlan(state.last_plan.steps + (Step("_pick", {"position": m["pos"]}),))


# "widen that to every industry", "and across all industries?", "for all regions combined": the last plan over all
_EVERY_KIND = re.compile(r"\b(?:every|all|each|any)\s+(?:of\s+)?(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve)\s+)?"
                         r"(?P<noun>industr(?:y|ies)|sectors?|regions?|(?:mega )?trends?|parameters?)\b")
_WIDEN = re.compile(r"\b(?:widen|broaden|extend|expand|open up|generali[sz]e|across|combined)\b")
_NOUN_OF = {"industr": "industry", "sector": "industry", "region": "region", "trend": "trend", "mega trend": "trend",
            "parameter": "parameter"}


def widened(frame: Frame, state: State) -> ToolPlan | None:
    """"widen that to every industry - how many then", "and across all industries?": the last plan again with its
    one name of that kind left open (the tool's own "any"), when the tool takes it as optional."""
    import inspect

    m = _EVERY_KIND.search(frame.text)
    last = state.last_plan
    if m is None or frame.names or last is None or not (frame.followup.opener or frame.followup.short or
                                                       C_THAT.search(frame.text) or _WIDEN.search(frame.text)):
        return None
    kind = next(v for k, v in _NOUN_OF.items() if m["noun"].startswith(k))
    steps = []
    for s in last.steps:
        fn = getattr(tools, s.tool, None)
        param = inspect.signature(fn).parameters.get(kind) if fn is not None else None
        optional = param is not None and param.default is None
        steps.append(replace(s, args={**s.args, kind: None}) if optional and isinstance(s.args.get(kind), str) else s)
    steps = [s for s in steps if s.tool != "restrict"]
    return ToolPlan(tuple(steps), f"over all {_NOUN[kind]}") if tuple(steps) != last.steps else None


def holding(frame: Frame, state: State) -> ToolPlan | None:
    """"how many of those involve northern europe", "which of these pairs include X": after a list of pairs (two
    regions, a trend and an industry), the pairs that hold the one name said; "any …?" asks whether one does. The
    words between are not read: a pair either holds the name or not."""
    pairs = [tuple(i) for i in state.last_items if isinstance(i, tuple | list) and len(i) == 2]
    fu = frame.followup
    if state.last_plan is None or not pairs or len(pairs) != len(state.last_items) or len(frame.names) != 1 or \
            not (fu.of_those or fu.pronoun) or frame.negation or frame.grade is not None or \
            frame.aggregation is not None or frame.relation not in (None, "membership"):
        return None
    name = frame.names[0].canonical
    kept = [list(p) for p in pairs if name in p]
    if not kept and not _of_kind(pairs, frame.names[0].kind):  # none holds it: only pairs of its kind say "none"
        return None
    steps = tuple(s for s in state.last_plan.steps if s.tool not in ("_among_pairs", "_any"))  # kept again below
    steps += (Step("_among_pairs", {"pairs": kept}),)
    if frame.intent == "yesno":
        steps += (Step("_any", {}),)
    return ToolPlan(steps, f"the pairs of the last answer that hold {name}")


def _of_kind(pairs: list[tuple], kind: str) -> bool:
    """A side of the pairs is a name of ``kind`` (a region said after pairs of regions)."""
    from assistant.spot import spot

    return any(isinstance(x, str) and any(m.canonical == x and m.kind == kind for m in spot(x)) for p in pairs for x in p)
