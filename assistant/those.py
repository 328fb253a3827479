"""Follow-ups over the previous ANSWER: "of those, which …", "which of them …", "which is the only one …". The
last answer's items are the set the new step runs on: the question is compiled with the items' kind as what
it asks for (the "ones" are those items), and its result is kept to them."""

from __future__ import annotations

from dataclasses import replace

import tools
from assistant.again import not_again, turned_round
from assistant.compile import compile_frame
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
    plan = compile_frame(replace(own, names=names, focus=focus, relation=rel))
    trend_of_list = not isinstance(plan, ToolPlan) and rel == "crossover" and any(n.kind == "trend" for n in names)
    if trend_of_list:  # Figure 7 has no mega trend axis: its rows are the industry's sub-trends; "at which
        focus = "subtrends" if focus == "parameters" and not own.given("parameter") else focus  # parameters are
        plan = compile_frame(replace(own, names=tuple(n for n in names if n.kind != "trend"), focus=focus,
                                     relation=rel))  # those strong": each one's cells
    if not isinstance(plan, ToolPlan) or plan.steps[0].tool.startswith("_"):
        return None
    items = {n.canonical for n in item_names(state)}
    rows = {str(r) for r in _block(next((s.args["industry"] for s in plan.steps if s.args.get("industry")), None))}
    if trend_of_list and plan.steps[0].tool == "crossover_cells" and not rows & items:
        return None  # Figure 7 has no row for any of them: no table answer ("none are very strong" would mislead)
    # one hot-spot's list is the whole Figure 7 block only when the block has no more rows (spellings differ)
    whole = _whole_list(state) and (rel != "crossover" or len(rows) <= len(state.last_items)) and \
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
