"""Follow-ups that change the last plan itself, typed, rather than completing a frame: the count of the last
answer ("how many are there?"), the other end or another place of its ranking ("and the fewest?", "which one is
second"), the plan turned round ("vice versa?"), and whether an "of those" question keeps the answer inside the
last one. Swaps of one name or kind are in assistant.swaps."""

from __future__ import annotations

import inspect
import re
from dataclasses import replace
from functools import cache

from assistant import cues as C
from assistant.against import options
from assistant.coverage import FILLER
from assistant.frame import KIND_OF_FOCUS, Frame
from assistant.plan import Step, ToolPlan
from assistant.state import State
from assistant.swaps import KINDS_OF_COOPERATION, rest_of_pair, swap, swap_kind
from assistant.understood import NAME_KEYS


def points_back(frame: Frame, state: State) -> bool:
    """"list them", "show me those", "how many are there?": the last answer again (or its count), nothing else
    asked of it."""
    last, fu = state.last_frame, frame.followup
    return last is not None and state.last_plan is not None and frame.intent in ("list", "count", "unknown") and \
        not frame.names and not frame.relation_said and frame.focus in (None, last.focus) and \
        frame.aggregation is None and frame.grade is None and fu.group is None and fu.nth is None and \
        not frame.negation and \
        (fu.opener or fu.pronoun or fu.short or bool(C.THAT_ANSWER.search(frame.text))) and \
        (frame.intent == "count" or fu.of_those or fu.pronoun) and not _SAYS.search(frame.text) and \
        not REVERSE.search(frame.text) and \
        not _names_a_one(frame)  # "which of those go the other way", "and the combined one?": something else asked


def _names_a_one(frame: Frame) -> bool:
    """"and in the combined one?": "the <word> one" says which one with a word of its own (not "the same one",
    "that one"), so it asks for something the last answer is not."""
    m = _THE_WORD_ONE.search(frame.text)
    return m is not None and m["word"] not in FILLER


_THE_WORD_ONE = re.compile(r"\b(?:the|that|this)\s+(?P<word>[\w&'-]+)\s+one\b")


# asking what the report says about the last answer's items is a question for the text, not the list again
_SAYS = re.compile(r"\b(say|says|said|write|writes|mention\w*|describ\w*|explain\w*|more about|details?|why)\b")


def counts_last(frame: Frame, state: State) -> bool:
    """"how many are there?", "and how many is that": the count of the last answer, nothing else asked."""
    return frame.intent == "count" and points_back(frame, state)


def flip(frame: Frame, state: State) -> ToolPlan | None:
    """"and the fewest?", "and the weakest?": the last ranking again, the other end of it."""
    last, agg, fu = state.last_plan, frame.aggregation, frame.followup
    # a grade word ("the weakest") reads as said, with no relation of its own: the ranking's end, not a new table
    if last is None or agg is None or agg.kind not in ("most", "least") or frame.names or frame.relation is not None or \
            not (fu.opener or fu.short):
        return None
    least = agg.kind == "least"
    steps, changed = [], False
    for s in last.steps:
        a = dict(s.args)
        if _takes_order(s.tool) and (a.get("order", "most") == "fewest") != least:
            a["order"], changed = ("fewest" if least else "most"), True
        if s.tool == "_top" and bool(a.get("weakest")) != least:
            a["weakest"], changed = least, True
        if s.tool == "_leader" and (a.get("nth", 1) == -1) != least:  # the head of a ranking: its other end
            a["nth"], changed = (-1 if least else 1), True
        steps.append(replace(s, args=a))
    return ToolPlan(tuple(steps)) if changed else None


def leans_on_doubt(plan, frame: Frame, state: State) -> bool:
    """The plan leans on the last answer and that answer was not sure: a guess built on a guess is not sure either,
    whatever the new words add. It leans when it takes names from it, keeps to its items or runs its plan again
    with more; when the words point back at it (a pronoun, "of those", "both", "the second one"); or when they say
    no relation and the plan runs a tool of the last plan (its reading carried over: "and northwest europe's")."""
    prev = state.last_answer
    if prev is None or prev.sure or prev.route != "tool" or not isinstance(plan, ToolPlan):
        return False
    given = {n.canonical for n in frame.names}
    taken = {v for s in plan.steps for k, v in s.args.items() if k in NAME_KEYS and isinstance(v, str)}
    # the plan before this one: a tool answer has already been kept as the last plan when this is asked
    before = state.prev_plan if state.last_plan is plan else state.last_plan
    last = before.steps if before is not None else ()
    extends = bool(last) and plan.steps[:len(last)] == last  # "are digital industries among them": that plan, then more
    fu = frame.followup
    points = fu.pronoun or fu.of_those or fu.group is not None or fu.nth is not None
    carried = not frame.relation_said and bool({s.tool for s in plan.steps} & {s.tool for s in last})
    return bool(taken - given) or any(s.tool == "restrict" for s in plan.steps) or extends or points or carried


def leaning_doubts(ans, plan, frame: Frame, state: State) -> None:
    """A sure answer that builds on an unsure one (a switch leans on none), or that is the last answer again when
    the words did not ask for it, is not sure; the reading says why."""
    if ans.sure and leans_on_doubt(plan, frame, state):
        ans.sure = False
        ans.reading += " (not sure: it builds on the answer before, which was not sure either)"
    if ans.sure and repeats_last(plan, frame, state):
        ans.sure = False
        ans.reading += " (not sure: this is the answer before again \u2014 the question's own words were not read)"


def repeats_last(plan, frame: Frame, state: State) -> bool:
    """A follow-up answered by exactly the plan before it, when its words did not ask for the last answer again
    ("list them", "how many is that"): whatever they asked, the answer repeats the last one."""
    before = state.prev_plan if state.last_plan is plan else state.last_plan
    fu = frame.followup
    return isinstance(plan, ToolPlan) and isinstance(before, ToolPlan) and plan.steps == before.steps and \
        (fu.opener or fu.pronoun or fu.of_those or fu.short) and not points_back(frame, state) and \
        not C.THAT_ANSWER.search(frame.text)


_PLACES = ("_leader", "_top_n", "_top")  # the steps that cut a ranking to its head


def placed(frame: Frame, state: State) -> ToolPlan | None:
    """"which one is second", "and in third place?" after a ranking of the most: the same ranking, the names at
    that place (a tie keeps every name tied). A ranking of the fewest is not counted from its end: None."""
    last, agg = state.last_plan, frame.aggregation
    if last is None or agg is None or agg.kind != "nth" or not agg.n or agg.n < 2 or frame.names or \
            frame.relation_said or frame.grade is not None:
        return None
    cut = bool(last.steps) and last.steps[-1].tool in _PLACES
    steps = last.steps[:-1] if cut else last.steps
    ranks = cut or steps and _takes_order(steps[-1].tool)  # rows the place step reads (name, count)
    if not steps or not ranks or steps[-1].args.get("order", "most") != "most":
        return None
    return ToolPlan(steps + (Step("_leader", {"nth": agg.n}),))


def nth_row(frame: Frame, state: State) -> ToolPlan | None:
    """"what's the focus of the third one", "and the last one?" after a list of the report's rows (key areas,
    characteristics): that row, and the column the words name (else its name)."""
    import tools

    last, n = state.last_plan, frame.followup.nth
    if last is None or n is None or frame.names or [s.tool for s in last.steps] != ["list_items"]:
        return None
    rows = tools.list_items(**last.steps[0].args).rows
    field = next((k for k in (rows[0] if rows else {}) if k != "name" and re.search(rf"\b{re.escape(k)}\b",
                                                                                     frame.text)), "name")
    return ToolPlan(last.steps + (Step("_nth_row", {"n": n, "field": field}),))


def unmarked(frame: Frame, state: State) -> ToolPlan | None:
    """"and which are not ticked at all", "which ones get no mark" after a sub-trend's Figure 7 profile (its
    parameters by grade): the same profile, the parameters with no mark."""
    last, agg = state.last_plan, frame.aggregation
    if last is None or frame.names or not frame.negation or not last.steps or \
            last.steps[0].tool != "subtrend_profile" or frame.relation not in (None, "crossover"):
        return None
    graded = frame.grade is not None and frame.grade.scale == "crossover"
    if not (graded or agg is not None and agg.kind == "none" or frame.focus == "parameters"):
        return None
    return ToolPlan((last.steps[0], Step("_group", {"key": "", "at_least": False})))


# the list of every name of a kind, for the complement of an answer
_EVERY = {"trend": "mega_trends", "industry": "industries", "parameter": "parameters", "region": "regions"}


def complement(frame: Frame, state: State) -> ToolPlan | None:
    """"which one doesn't?", "and which ones are not?": every name of the last answer's kind minus that answer
    (the last plan's one step taken out of the whole list)."""
    from assistant.followups import item_names  # followups completes frames; replan only reads the last items

    last, fu = state.last_plan, frame.followup
    if last is None or len(last.steps) != 1 or frame.names or frame.relation is not None or frame.grade is not None \
            or frame.aggregation is not None or not frame.negation or not (fu.of_those or fu.short or fu.opener) or fu.nth is not None:
        return None
    items = item_names(state)
    every = _EVERY.get(items[0].kind) if items else None
    if every is None or frame.focus not in (None, _FOCUS_OF[items[0].kind]):
        return None
    return ToolPlan((Step("list_items", {"name": every}), replace(last.steps[0], op="subtract")))


_FOCUS_OF = {"trend": "trends", "industry": "industries", "parameter": "parameters", "region": "regions"}


# words that turn the last question round: the other direction of the value chain, the other side of a pair
REVERSE = re.compile(r"\b(other|opposite|reverse|inverse) (direction|way)\b|\bthe other way\b|\bvice versa\b|"
                      r"\bthe reverse\b|\bin reverse\b|\bturned (round|around)\b|\bother way (round|around)\b")
OTHER_SIDE = {"downstream": "upstream", "upstream": "downstream"}


_TURNING = frozenset("other opposite reverse inverse direction way the vice versa in turned round around everyone "
                     "everybody else rest others".split())


def turning(term: str) -> bool:
    """Every word of ``term`` is a word of the phrases that turn the last question round ("the reverse")."""
    return set(term.lower().split()) <= _TURNING


def reverse(frame: Frame, state: State) -> ToolPlan | None:
    """"and the other direction?", "vice versa?": the last plan turned round — downstream and upstream swapped
    in every step, or the two sides of its one pair (``x_a``, ``x_b``) swapped."""
    last = state.last_plan
    if last is None or frame.names or frame.relation_said or not REVERSE.search(frame.text):
        return None
    steps = tuple(replace(s, args={**s.args, "direction": OTHER_SIDE[s.args["direction"]]})
                  if s.args.get("direction") in OTHER_SIDE else s for s in last.steps)
    if steps != last.steps:
        return ToolPlan(steps)
    if len(last.steps) != 1:
        return None
    a = last.steps[0].args
    pair = next((k.removesuffix("_a") for k in a if k.endswith("_a") and f"{k[:-2]}_b" in a), None)
    if pair is None:
        return None
    return ToolPlan((replace(last.steps[0], args={**a, f"{pair}_a": a[f"{pair}_b"], f"{pair}_b": a[f"{pair}_a"]}),))


_COMPARATIVE = re.compile(r"\b(stronger|weaker|better|worse|higher|lower|more intense|closer)\b")


def kinds_compared(frame: Frame, state: State) -> ToolPlan | None:
    """"so which kind is stronger for that pair", "is r&d better there?" after the grade of one pair of regions:
    both kinds of cooperation for that pair, compared. With one kind said it is a yes/no on that kind; without,
    the stronger kind is named."""
    last = state.last_plan
    if last is None or len(last.steps) != 1 or last.steps[0].tool != "cooperation_grade" or frame.names or \
            frame.focus in ("regions", "countries") or not _COMPARATIVE.search(frame.text):
        return None  # "which region is stronger with them" asks for a place, not a kind
    said = {s.relation for s in frame.scope if s.relation in KINDS_OF_COOPERATION and not s.negated}
    stronger = said.pop() if len(said) == 1 and frame.intent == "yesno" else None
    weaker = bool(_LOWER.search(frame.text))
    # "is that stronger than their r&d link": the kind said after "than" is what the last answer is compared with
    after_than = stronger is not None and bool(_THAN_KIND[stronger].search(frame.text))
    if stronger is not None and weaker != after_than:
        stronger = next(k for k in KINDS_OF_COOPERATION if k != stronger)
    args = {"stronger": stronger} if stronger is not None else {"stronger": None, "weaker": weaker}
    args = _either_or(frame, last.steps[0]) or args
    return ToolPlan((replace(last.steps[0], args={**last.steps[0].args, "kind": "both"}),
                     Step("_compare_kinds", args)))


def _either_or(frame: Frame, step: Step) -> dict | None:
    """"is that higher or lower than their business ties", "and on the business side? better or worse": the
    kind the words ask about (the one said, unless it follows "than": then the last answer's) and the two words,
    for the one that holds."""
    either = options(frame.text)
    said = {s.relation for s in frame.scope if s.relation in KINDS_OF_COOPERATION and not s.negated}
    if either is None or len(said) > 1:
        return None
    named = next(iter(said), None)
    kind = step.args.get("kind") if named is None or _THAN_KIND[named].search(frame.text) else named
    return {"subject": kind, "options": list(either)} if kind in KINDS_OF_COOPERATION else None


_LOWER = re.compile(r"\b(weaker|worse|lower)\b")
_THAN_KIND = {"rd": re.compile(r"\bthan\b.*\b(r ?& ?d|r and d|rd|research)"), "business": re.compile(r"\bthan\b.*\bbusiness")}


def turned(frame: Frame, state: State) -> bool:
    """The last plan turned round, its pair's two kinds compared, or its pair widened to every other partner
    ("and with everyone else"): every word is read, none is a new subject."""
    return reverse(frame, state) is not None or kinds_compared(frame, state) is not None or \
        rest_of_pair(frame, state) is not None


@cache
def _takes_order(tool: str) -> bool:
    """The tool ranks either way: its signature has an ``order`` of "most" or "fewest"."""
    import tools

    fn = getattr(tools, tool, None)
    return fn is not None and "order" in inspect.signature(fn).parameters


# the count behind a list tool, for every name of the kind it is asked about: (tool, key) -> counting step
_COUNTS = {("trends_for_industry", "industry"): lambda a: Step("rank_matrix", {"entity": "industry",
                                                                               "direction": a["direction"]}),
           ("industries_for_trend", "trend"): lambda a: Step("rank_matrix", {"entity": "trend",
                                                                             "direction": a["direction"]}),
           ("partners", "region"): lambda a: Step("rank_regions", {"kind": a["kind"], "grade": a["min_grade"]}),
           # Figure 7 cells of one grade per industry
           ("crossover_cells", "industry"): lambda a: None if a.get("parameter") else Step(
               "count_crossover_marks", {"by": "industry", "grade": a["grade"], "at_least": a.get("at_least", False)})}


_MORE = re.compile(r"\b(more|higher|bigger|larger|greater|ahead|leads?|wins?)\b")
_FEWER = re.compile(r"\b(fewer|less|lower|smaller|behind)\b")


def leader(frame: Frame, state: State) -> ToolPlan | None:
    """"which one leads", "and which of the two has fewer" after the same list asked of two names in turn ("how many
    trends hit logistics" then "and mobility tech?"): the two compared on the count of that list."""
    last, prev, agg, fu = state.last_plan, state.prev_plan, frame.aggregation, frame.followup
    least = agg.kind == "least" if agg is not None and agg.kind in ("most", "least") else \
        True if _FEWER.search(frame.text) else False if _MORE.search(frame.text) else None
    if last is None or prev is None or least is None or frame.names or not (fu.of_those or fu.group or fu.short):
        return None
    if len(last.steps) != 1 or len(prev.steps) != 1 or last.steps[0].tool != prev.steps[0].tool:
        return None
    a, b = prev.steps[0].args, last.steps[0].args
    if frame.relation not in (None, b.get("direction"), b.get("kind")):  # "which one hits more" is the same table
        return None
    differ = [k for k in a if a[k] != b.get(k)]
    count = _COUNTS.get((last.steps[0].tool, differ[0])) if len(differ) == 1 and set(a) == set(b) else None
    if count is None:
        return None
    counted = count(b)
    if counted is None:
        return None
    order = "fewest" if least else "most"
    names = _asked_in_turn(state, differ[0]) or [a[differ[0]], b[differ[0]]]
    return ToolPlan((counted, Step("_compare", {"names": names, "order": order})))


def _asked_in_turn(state: State, key: str) -> list[str]:
    """The names the same one-step plan was asked of, turn after turn up to the last ("how many trends hit
    digital industries", "and mobility tech?", "and biopharma?"): only ``key`` changes between them."""
    b = state.last_plan.steps[0]
    names: list[str] = []
    for p in reversed(state.plans):
        s = p.steps[0] if len(p.steps) == 1 else None
        if s is None or s.tool != b.tool or set(s.args) != set(b.args) or \
                any(s.args[k] != b.args[k] for k in b.args if k != key):
            break
        if s.args[key] not in names:
            names.insert(0, s.args[key])
    return names if len(names) >= 2 else []


# "which other countries", "who else": the names of that kind said before are left out of the answer
_OTHER = re.compile(r"\bother (?P<noun>countries|regions|industries|(?:mega )?trends|sub-?trends|parameters)\b|"
                    r"\b(?:who|which|what|where) else\b")
_NOUN_KIND = {"countries": "country", "regions": "region", "industries": "industry", "trends": "trend",
              "mega trends": "trend", "sub-trends": "subtrend", "subtrends": "subtrend", "parameters": "parameter"}


def others(frame: Frame, plan, state: State):
    """The plan with the names said in the last turn left out of its answer when the question asks for the
    "other" ones ("which other countries are in that region" after Sweden): one ``_exclude`` step per name."""
    m = _OTHER.search(frame.text)
    last = state.last_frame
    if m is None or last is None or not isinstance(plan, ToolPlan):
        return plan
    kind = _NOUN_KIND.get(m["noun"] or "") or KIND_OF_FOCUS.get(frame.focus or "")
    taken = {v for s in plan.steps for v in s.args.values() if isinstance(v, str)}  # its subject, or left out already
    said = [n for n in last.given(kind or "") if n not in frame.given(kind or "") and n not in taken]
    if not said:
        return plan
    return replace(plan, steps=plan.steps + tuple(Step("_exclude", {"name": n}) for n in said))


def rewrite(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """The last plan changed where an elliptic follow-up says (another name of a kind it used, the other end of
    its ranking), and the last frame changed the same way, to judge the plan against."""
    plan = swap(frame, state) or flip(frame, state) or swap_kind(frame, state) or reverse(frame, state) or \
        complement(frame, state) or nth_row(frame, state)
    last = state.last_frame
    if plan is None or last is None:
        return None
    new = {n.kind for n in frame.names}
    names = tuple(n for n in last.names if n.kind not in new) + frame.names
    # "the reverse?" after an upstream list: the frame judged against the plan reads the direction turned too
    turned_to = next((s.args["direction"] for s in plan.steps if s.args.get("direction") in OTHER_SIDE), None)
    turned = turned_to is not None and last.relation in OTHER_SIDE and turned_to != last.relation
    return replace(last, text=frame.text, followup=frame.followup, names=names,
                   relation=turned_to if turned else last.relation, scope=frame.scope if turned else last.scope,
                   aggregation=frame.aggregation or last.aggregation), plan


def restricts(frame: Frame) -> bool:
    """"of those", "which of them", "which ones are also …": the answer is kept inside the last one. Not "which
    ones do they influence", where the pronoun is the subject and "ones" what is asked for, nor "the
    personalisation one", which names one item."""
    fu = frame.followup
    # "do any of those …": some of the last answer's items, however many (not "either of the two" names)
    if not fu.of_those or fu.nth is not None or fu.group is not None and not _ANY_OF.search(frame.text):
        return False
    return bool(C.ALSO.search(frame.text) or _THOSE.search(frame.text)) or \
        bool(_WHICH_ONES.search(frame.text)) and not fu.pronoun


_THOSE = re.compile(r"\b(those|these|which of them|of them)\b|\bof the (?:[\w-]+ ){1,2}ones\b")  # "of the downstream ones"
_ANY_OF = re.compile(r"\bany (?:one )?of (?:those|these|them)\b")
_WHICH_ONES = re.compile(r"\bwhich ones?\b|\bthe only ones?\b")  # "which ones are AOSIs"; "the personalisation one" names an item
