"""Follow-ups over the previous ANSWER: "of those, which …", "which of them …", "which is the only one …". The
last answer's items are the set the new step runs on: the question is compiled with the items' kind as what
it asks for (the "ones" are those items), and its result is kept to them."""

from __future__ import annotations

import re
from dataclasses import replace

import tools
from assistant.again import not_again, turned_round
from assistant.answer import Alternative
from assistant.compile import compile_frame
from assistant.cues import THAT_ANSWER as C_THAT
from assistant.followups import item_names
from assistant.frame import KIND_OF_FOCUS, Followup, Frame
from assistant.plan import Step, ToolPlan
from assistant.state import State
from assistant.understand.relation import relation

# relations whose answers are plain names, the same in every figure (Figure 6/7 rows are named per industry)
NAME_TABLES = ("downstream", "upstream", "aosi", "rd", "business", "membership")
_FOCUS_OF_KIND = {k: f for f, k in KIND_OF_FOCUS.items()}
# the list of every name of a kind, to tell a ranking over all of them from one over a few
_ALL_OF_KIND = {"trend": "mega_trends", "industry": "industries", "parameter": "parameters"}


def kept(done: Frame, state: State, own: Frame | None = None) -> ToolPlan | None:
    """The plan of an "of those" question kept inside the last answer, or None when no plan keeps it there. After
    a ranking, a question with a count of its own ("and which ones have none") asks the figure again, not the
    ranking's winners. Over sub-trends the question's ``own`` words (before completion) are compiled."""
    last = state.last_frame
    if last is not None and _ranks(last) and done.aggregation is not None:
        return None
    done = turned_round(_new_relation(done, last), last)
    if _not_the_last(done, state):  # "how many does X hit, and which ones does it miss": the rest of the figure
        return None
    items = item_names(state)
    # "any of those" over sub-trends: Figures 6 and 7 name them apart (a whole list of them even when some of its
    # names are spelt another way in the other figure)
    if items and items[0].kind == "subtrend" or not items and _whole_list(state):
        return over_subtrends(own or done, state) if done.followup.group is None else None
    if items:  # the "ones" are the items, whatever noun the words say later
        done = replace(done, focus=_FOCUS_OF_KIND.get(items[0].kind, done.focus))
        if _ranks(done) and {n.canonical for n in items} != _every(items[0].kind):
            compared = _compared(done, items) or _ranked_among(done, items)  # the top of all is not the top of a
            if compared is not None:  # few: the few are compared, or ranked on the whole figure's counts
                return compared
    plan = _same_table(done, state) or over_items(done, state)
    return not_again(plan, own or done, state) if plan is not None else None


def _not_the_last(done: Frame, state: State) -> bool:
    """The negated question is the last answer's own question negated ("which one doesn't touch them" after the
    trends that touch them): kept inside that answer it is empty by construction, so it asks the rest of the figure
    (compiled as a complement), not "of those". (compile8, a minimal change)"""
    if not done.negation or state.last_plan is None or done.relation not in NAME_TABLES:
        return False
    plan = compile_frame(replace(done, negation=False, scope=()))
    return isinstance(plan, ToolPlan) and len(plan.steps) == 1 and plan.steps == state.last_plan.steps[:1] and \
        len(state.last_plan.steps) == 1


def _new_relation(done: Frame, last: Frame | None) -> Frame:
    """"which of the downstream ones are also an AOSI": of two tables said, the one the last answer came from
    names the items; the question asks the other."""
    said = list(dict.fromkeys(s.relation for s in done.scope if not s.negated))
    if last is None or len(said) != 2 or last.relation not in said or done.relation != last.relation:
        return done
    return replace(done, relation=next(r for r in said if r != last.relation))


def _ranks(frame: Frame) -> bool:
    return frame.aggregation is not None and frame.aggregation.kind in ("most", "least", "top", "nth")


def _same_table(done: Frame, state: State) -> ToolPlan | None:
    """"Which of those …": the plan of the question kept to the last answer's names; "which of those are not …":
    the plan of the words without their negation, taken out of the last answer (same tool, so same items)."""
    if done.relation not in NAME_TABLES:
        return None
    negated = done.negation and (done.aggregation is None or done.aggregation.kind != "none")  # "none" is a count
    plan = compile_frame(replace(done, negation=False, scope=()) if negated else done)
    unread = not isinstance(plan, ToolPlan) and done.aggregation is not None and not negated
    if unread:  # "which of those rank highest for logistics too": the same table kept to the items, not sure
        plan = compile_frame(replace(done, aggregation=None, intent="list"))
    if not isinstance(plan, ToolPlan) or len(plan.steps) != 1:
        return None
    if unread:
        plan = replace(plan, sure=False)
    if negated:
        same = plan.steps[0].tool == state.last_plan.steps[0].tool
        return ToolPlan(state.last_plan.steps + (replace(plan.steps[0], op="subtract"),)) if same else None
    pairs = _pairs_of_last(state)
    if pairs is not None:  # "which of those pairs are also at least medium for business": both tables hold the pair
        return ToolPlan((plan.steps[0], replace(pairs, op="intersect")), plan.reading, sure=plan.sure)
    names = [i for i in state.last_items if isinstance(i, str)]
    if not names or len(names) != len(state.last_items):
        return None
    return replace(_kept_to(plan.steps, names, state, plan.reading), sure=plan.sure)


def _pairs_of_last(state: State) -> Step | None:
    """The last plan's one step when its answer was a list of pairs (two regions, a trend and an industry)."""
    items, last = state.last_items, state.last_plan
    if not items or last is None or len(last.steps) != 1 or \
            not all(isinstance(i, tuple | list) and len(i) == 2 for i in items):
        return None
    return last.steps[0]


def over_items(done: Frame, state: State) -> ToolPlan | None:
    """"of those which ones are never pushed upstream", "which of them are very strong on information sharing":
    the question asks for the last answer's kind of name (whatever noun it says later: "by any industry"), is
    compiled over its whole figure within the last turn's names ("which of them" after the sub-trends of one
    industry stays in that industry), and kept to the items."""
    items = item_names(state)
    if not items or items[0].kind == "subtrend":  # Figure 6 and 7 name sub-trends apart: the cue rules keep those
        return None
    kind = items[0].kind
    names = [n.canonical for n in items]
    frame = replace(done, focus=_FOCUS_OF_KIND.get(kind), names=tuple(n for n in done.names if n.kind != kind))
    plan = compile_frame(frame)
    if not isinstance(plan, ToolPlan):  # "do any of those show up as an AOSI": the matrix itself, over the items
        return _marked_among(done, kind, names, state)
    if plan.steps[0].tool.startswith("_"):
        return None
    return _kept_to(tuple(_scoped(s, state) for s in plan.steps), names, state, plan.reading)


_MATRICES = ("downstream", "upstream", "aosi")
_LISTS = {"trend": ("trends_for_industry", "industry"), "industry": ("industries_for_trend", "trend")}


def _marked_among(done: Frame, kind: str, names: list[str], state: State) -> ToolPlan | None:
    """"which of those are AOSIs", "do any of those still show up as an AOSI": the names of the items' kind the
    matrix the words name marks — for the last turn's one name of the other kind, if it had one, else for any —
    kept to the items; a yes/no says whether any is left."""
    if done.relation not in _MATRICES or kind not in _LISTS or done.names or done.aggregation is not None or \
            done.negation:
        return None
    tool, other = _LISTS[kind]
    last = state.last_frame
    subject = last.given(other) if last is not None else []
    step = Step(tool, {other: subject[0], "direction": done.relation}) if len(subject) == 1 else \
        Step("rank_matrix", {"entity": kind, "direction": done.relation, "min_count": 1})
    return _kept_to((step, Step("_any", {})) if done.intent == "yesno" else (step,), names, state, None)


# a sub-trend's scope: the industry (and mega trend) whose Figure 6 list or Figure 7 block holds it
_SCOPE = ("industry", "trend")


def over_subtrends(own: Frame, state: State) -> ToolPlan | None:
    """"which of them are very strong on information sharing" after a list of sub-trends: the question compiled
    within the last turn's industry and mega trend (the hot-spot whose sub-trends they are), and kept to the items
    unless they were that hot-spot's whole Figure 6 list (or the industry's whole Figure 7 block) (Figure 6 and 7 spell some sub-trends apart)."""
    last = state.last_frame
    if last is None or state.last_plan is None:
        return None
    scope = tuple({n.canonical: n for n in last.names if n.kind in _SCOPE and n.kind not in own.kinds}.values())
    names = tuple(n for n in own.names if n.kind != "subtrend") + scope
    if not any(n.kind in _SCOPE for n in names):
        return None
    focus = own.focus if own.focus not in (None, "figures") else "subtrends"  # "… in figure 7" names no focus
    # a grade or a count the reader could not place ("the most ticks") over sub-trends: Figure 7 grades them;
    # else they are listed again (Figure 6: "which of these also show up under <another trend>")
    graded = own.grade is not None or own.aggregation is not None or own.negation and own.relation_said
    rel = relation(own.text, names, own.figure, focus) or own.relation or ("crossover" if graded else "subtrends")
    trend_of_list = rel == "crossover" and any(n.kind == "trend" for n in names)
    if trend_of_list:  # Figure 7 has no mega trend axis: its rows are the industry's sub-trends; "at which
        names = tuple(n for n in names if n.kind != "trend")  # parameters are those strong": each one's cells
        focus = "subtrends" if focus == "parameters" and not own.given("parameter") else focus
    frame = replace(own, names=names, focus=focus, relation=rel)
    plan = compile_frame(frame)
    if not isinstance(plan, ToolPlan) or plan.steps[0].tool.startswith("_"):
        return None
    rows = {str(r) for s in plan.steps if s.tool == "crossover_cells" for r in _block(s.args.get("industry"))}
    if trend_of_list and plan.steps[0].tool == "crossover_cells" and not rows & {n.canonical for n in item_names(state)}:
        return None  # Figure 7 has no row for any of them: no table answer ("none are very strong" would mislead)
    whole = _whole_list(state) and not trend_of_list and \
        not any(n.kind in _SCOPE for n in own.names)  # "which of these also show up under <another trend>"
    return plan if whole else _kept_to(plan.steps, [n.canonical for n in item_names(state)], state, plan.reading)


def _block(industry) -> list:
    return tools.crossover_block(industry).items if isinstance(industry, str) else []


def _whole_list(state: State) -> bool:
    """The last answer was one hot-spot's whole Figure 6 list or one industry's whole Figure 7 block."""
    return state.last_plan is not None and [s.tool for s in state.last_plan.steps] in (["subtrends_for"],
                                                                                       ["crossover_block"])


def _kept_to(steps: tuple[Step, ...], names: list[str], state: State, reading: str | None) -> ToolPlan:
    """The steps, then kept to the names; nothing to keep out when the names are every name of their kind. A
    closing yes/no ("are any of them AOSIs") is asked of what is kept, so the keeping goes before it."""
    items = item_names(state)
    if items and set(names) == _every(items[0].kind):
        return ToolPlan(steps, reading)
    cut = len(steps)
    while cut and steps[cut - 1].tool == "_any":
        cut -= 1
    return ToolPlan(steps[:cut] + (Step("restrict", {"names": names}),) + steps[cut:], reading)


def _compared(done: Frame, items) -> ToolPlan | None:
    """"which one has the most sub-trends" over three industries just listed: the three compared on that count
    (the compiler's comparison row, with the items as the names compared); None when it has no such row."""
    frame = replace(done, names=tuple(items), followup=Followup(), combination="or")
    plan = compile_frame(frame)
    return plan if isinstance(plan, ToolPlan) and any(s.tool == "_compare" for s in plan.steps) else None


def _ranked_among(done: Frame, items) -> ToolPlan | None:
    """"which of them has the most downstream dots overall": the whole figure's ranking (a count per name), then
    its top (or bottom) among the items only; None when the words compile to no ranking by count."""
    kind = items[0].kind
    kept = tuple(n for n in done.names if n.kind != kind)  # the last subject, where a ranking can take it
    plans = (compile_frame(replace(done, names=names, followup=Followup())) for names in dict.fromkeys((kept, ())))
    plan = next((p for p in plans if isinstance(p, ToolPlan) and len(p.steps) == 1 and p.steps[0].tool in _BY_COUNT),
                None)
    if plan is None:
        return None
    order = "fewest" if done.aggregation is not None and done.aggregation.kind == "least" else "most"
    step = Step("_rank_among", {"names": [n.canonical for n in items], "order": order})
    return ToolPlan(plan.steps + (step,), plan.reading, sure=plan.sure)


# the rankings whose rows give one count per name of the items' kind
_BY_COUNT = ("rank_matrix", "rank_regions", "count_subtrends", "count_crossover_marks")


def _scoped(step: Step, state: State) -> Step:
    """The step with its open name slots (``industry=None``) filled from the last frame's one name of that kind."""
    last = state.last_frame
    fill = {k: last.given(k)[0] for k, v in step.args.items() if v is None and last is not None and
            len(last.given(k)) == 1}
    return replace(step, args={**step.args, **fill}) if fill else step


def _every(kind: str) -> set[str]:
    name = _ALL_OF_KIND.get(kind)
    return set(tools.list_items(name).items) if name else set()


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
    """"is greece?", "and cyprus, is it?": a few words asking yes or no of one name and nothing else (no table, grade
    or count of their own): whether it is among the last answer's items."""
    return frame.followup.short and frame.intent == "yesno" and len(frame.names) == 1 and not frame.relation_said and \
        frame.grade is None and frame.aggregation is None and frame.figure is None


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
