"""Compile a Frame to a tool plan: one table of relation × focus × given kinds → tool and argument binding,
plus typed post-steps (yes/no, any, top, nth, member).

Each module holds the rows of one family of figures; ``RULES`` is the table, tried in order. A frame no row
fits returns None: the caller then answers from retrieval or says it is unsure. A frame is never bent to the
nearest tool that happens to take the named entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant import cues as C
from assistant.compile.about import figure_about_rows
from assistant.compile.allnamed import all_named_rows
from assistant.compile.alone import alone_rows, parameter_meaning
from assistant.compile.bands import band_rows, pair_rows
from assistant.compile.clarify import which_matrix
from assistant.compile.compare import compare_rows
from assistant.compile.cooperation import cooperation_rows
from assistant.compile.crossover import crossover_rows
from assistant.compile.figures import FIGURE_OF_RELATION, figure_rows
from assistant.compile.lists import list_rows
from assistant.compile.matrix import MATRIX, _aosi_scope, _matrix, asked_figures_cell, direction
from assistant.compile.only import only_rows
from assistant.compile.places import _membership, _region_chart
from assistant.compile.refusals import refusal_rows
from assistant.compile.reverse import turned_claim
from assistant.compile.shown import shown_rows
from assistant.compile.subtrends import subtrend_rows
from assistant.compile.twopairs import two_pairs_rows
from assistant.compile.versus import every_rows, versus_rows
from assistant.frame import Frame
from assistant.plan import Clarify, Refuse, Step, ToolPlan, first_plan
from assistant.spot import fold
from assistant.understand.stated import Stated, asked_yes_no, claimed, stated

RULES: tuple[Callable[[Frame], ToolPlan | Clarify | Refuse | None], ...] = (
    figure_about_rows, compare_rows, versus_rows, every_rows, asked_figures_cell, only_rows, _region_chart, figure_rows, shown_rows,
    list_rows, parameter_meaning, crossover_rows, subtrend_rows, _membership, band_rows,
    two_pairs_rows, cooperation_rows, pair_rows, all_named_rows, _aosi_scope, _matrix, alone_rows)


def _ungraded_strongest(frame: Frame) -> ToolPlan | None:
    """"Which trends are the strongest interdependencies for mobility", "the trends that hit medtech strongest": a
    strength superlative over one name's cells of an impact matrix, whose marks carry no grade: all its marked
    cells, and the reading says the figure does not grade them."""
    agg = frame.aggregation
    named = {fold(n.canonical) for n in frame.names}  # "Big data" the trend and the sub-trend: one name
    if agg is None or agg.kind != "most" or frame.relation not in MATRIX or len(named) != 1 or \
            not C.STRONGEST.search(frame.text) or C.MOST.search(frame.text):
        return None
    plan = first_plan(RULES, replace(frame, aggregation=None, intent="list"))
    if not isinstance(plan, ToolPlan):
        return None
    note = f"Figure {FIGURE_OF_RELATION[frame.relation]} does not grade its marks: these are all the marked ones."
    return _noted(plan, note)


def compile_frame(frame: Frame) -> ToolPlan | Clarify | Refuse | None:
    """The plan the table gives for a frame; a question back when the frame leaves the figure open; a refusal
    naming what the report lacks; None when no row fits (the caller then answers from the report's text, or says
    it is unsure)."""
    if C.REVERSE.search(frame.asked or frame.text):  # "the text says A beats B. where is it the other way round"
        turned = turned_claim(frame, compile_frame)
        if turned is not None:
            return turned
    plan = _count_checked(frame) or first_plan(RULES, frame) or _ungraded_strongest(frame)
    if plan is None:
        return which_matrix(frame) or refusal_rows(frame)
    if not isinstance(plan, ToolPlan):
        return plan
    return _also_unread(frame, _unresolved(frame, _partly_named(frame, _trailing_only(frame, _shared_name(frame, plan)))))


# a second clause joined by "also" ("which industries does X influence that also form an AOSI with it")
_ALSO = re.compile(r"\b(?:that|which|who|and|but) (?:(?:are|is|do|does|have|has|get|gets) )?also\b")
_TWO_WAYS = ("both", "either", "downstream_only", "upstream_only")


def _also_unread(frame: Frame, plan: ToolPlan) -> ToolPlan:
    """A question whose "… that also …" clause asks a relation of its own, other than the first clause's, while the
    plan reads one relation in one step: the other part is not read, so the answer is not sure and says so."""
    from assistant.understand import read

    m = _ALSO.search(frame.text)
    data = [s for s in plan.steps if not s.tool.startswith("_")]
    if m is None or not plan.sure or len(data) != 1 or data[0].args.get("direction") in _TWO_WAYS:
        return plan
    first, second = read(frame.text[:m.start()]).relation, read(frame.text[m.end():]).relation
    if first is None or second is None or first == second:
        return plan
    parts = f"\u201c{frame.text[:m.start()].strip()}\u201d and \u201c{frame.text[m.start():].strip()}\u201d"
    return _noted(plan, f"Not read as two parts: {parts} ask two relations, and this answers one of them; ask "
                        "them one after the other.", sure=False)


# "that industry", "this region": a name of the conversation or of a sentence before, by its kind
_THAT_KIND = re.compile(r"\b(?:that|this|the same|said) (industry|sector|mega ?trend|megatrend|trend|region|country|"
                        r"sub-?trend|parameter)\b")
_KIND_OF_NOUN = {"sector": "industry", "megatrend": "trend"}  # the others are the kind itself, written together


def _unresolved(frame: Frame, plan: ToolPlan) -> ToolPlan:
    """A question that points at a name by its kind ("which trends act on that industry") when the frame holds no
    name of that kind (nothing before said which): the plan cannot read that constraint, so it is not sure, and its
    reading says what it did not know."""
    m = _THAT_KIND.search(frame.text)
    noun = re.sub(r"[ -]", "", m[1]) if m else ""
    kind = _KIND_OF_NOUN.get(noun, noun)
    if m is None or frame.given(kind) or kind == "region" and frame.given("country") or not plan.sure or \
            re.search(rf"\b(the|a|an|each|every|any) {m[1]}\b", frame.text[:m.start()]):
        return plan  # "the industry pushes the trend in Figure 4 but Figure 3 does not show that trend": the same one
    return _noted(plan, f"Not read: which {m[1]} \u201c{m[0]}\u201d means; name it to narrow the answer.", sure=False)


# "which trends hit medtech, downstream only": "only" tacked on after the question, with no "not upstream" said
_TACKED_ONLY = re.compile(r"[,;:\u2013\u2014-]\s*(?:the )?(up|down)stream( side| matrix| view| direction)? only\W*$")
_OTHER_SIDE_SAID = re.compile(r"\b(not|n't|without|no)\b[^,;]*\b(up|down)stream\b|\bbut not\b|\bexcept\b")


def _trailing_only(frame: Frame, plan: ToolPlan) -> ToolPlan:
    """"…, downstream only" tacked on at the end reads two ways: that matrix and not the other (what the plan
    computes), or only that matrix's view (all its marks). Unless the question says the other side is left out, the
    answer is not sure and says the other reading."""
    said = (frame.asked or frame.text).lower()  # as typed: the comma that tacks "only" on
    m = _TACKED_ONLY.search(said)
    one_way = [s for s in plan.steps if str(s.args.get("direction", "")).endswith("_only")]
    if m is None or not one_way or not plan.sure or _OTHER_SIDE_SAID.search(said):
        return plan
    side = f"{m[1]}stream"
    return _noted(plan, f"\u201c{side} only\u201d read as {side} and not the other way; every {side} mark (the "
                        f"{side} matrix alone) is the other reading \u2014 ask without \u201conly\u201d for it.",
                  sure=False)


def _partly_named(frame: Frame, plan: ToolPlan) -> ToolPlan:
    """A sub-trend named by one word of its own (assistant.spot_partial): the reading says which name it was read as."""
    guessed = [n for n in frame.names if n.kind == "subtrend" and n.fuzzy and " " not in n.text.strip()]
    if not guessed or not any(s.args.get("subtrend") == guessed[0].canonical for s in plan.steps):
        return plan
    return _noted(plan, f"Read \u201c{guessed[0].text}\u201d as the sub-trend {guessed[0].canonical} (Figures 6\u20137).")


def _noted(plan: ToolPlan, note: str, **changes) -> ToolPlan:
    """The plan with ``note`` after its reading (and any other ``changes``)."""
    return replace(plan, reading=f"{plan.reading} {note}" if plan.reading else note, **changes)


# the bounds a stated count carries itself ("more than four AOSIs"): the count is read without them
_BOUNDS = ("exactly", "at_least", "more_than")


def _count_checked(frame: Frame) -> ToolPlan | None:
    """A question that states a count ("does Figure 5 show 12 marks", "is big data marked for five industries",
    "only one industry is hit by X - which", "which trend does it push? only one?"): the count the question asks
    about, compared with the stated one. Listing the entries or saying "yes, there are some" would answer a
    different question; a "which" keeps its list and says whether the count holds."""
    from assistant.choices import offered

    pick = offered((frame.asked or frame.text).lower())  # "one tick or two", "12 or 13 marks": no count claimed
    if pick and not all(re.match(r"\d+\b", o) for o in pick):
        return None  # a pick between grades: the grade itself is asked
    checked = _checked_clause(frame)  # "does the figure have 12 marks? count them": the count, and its check
    yes_no = frame.intent == "yesno" or checked is not None
    claim = checked or (stated(frame.text, yes_no=True) if yes_no else _only_n(frame))
    if claim is None:
        return None
    agg = frame.aggregation
    counting = replace(frame, intent="count" if yes_no else "list",
                       aggregation=None if agg is None or agg.kind in _BOUNDS else agg,
                       combination=None if frame.combination == "only" else frame.combination)
    plan = first_plan(RULES, counting)
    if not isinstance(plan, ToolPlan) or any(s.tool in _YES_NO for s in plan.steps):
        return None
    if pick:  # "does figure 5 have 12 or 13 marks": the count answers the pick
        return _shared_name(frame, plan)
    check = Step("_count_is", {"n": claim.n, "op": claim.op, "check_only": not yes_no})
    return _shared_name(frame, replace(plan, steps=(*plan.steps, check)))


def _checked_clause(frame: Frame) -> Stated | None:
    """The count a yes/no clause of a count question states ("… - does the figure have 12 marks? count them", "the
    report says twelve areas. if I count the dots, do I get 12?"): the count is asked and checked against the number
    the clause says."""
    if frame.intent not in ("count", "unknown", "yesno"):
        return None
    starts = (0, *frame.clauses)
    for a, b in zip(starts, (*frame.clauses, len(frame.text)), strict=True):
        asked = asked_yes_no(frame.text[a:b].strip(" -"))  # "if I count the dots, do I get 12": from "do" on
        if asked is not None and (said := claimed(asked)) is not None:
            return said
    return None


# "only one industry is hit by X - which", "which trend does it push? only one?": a count claimed about the answer
_ONLY_N = re.compile(r"\b(only|just|exactly) (one|a single|two|three|four|five|\d+)\b(?! of\b)")


def _only_n(frame: Frame) -> Stated | None:
    """The count a "which" question claims with "only one …" about the kind it asks for, when it names what the
    list is of (a name); "the only one" and "only X" (exclusivity) are not counts."""
    m = _ONLY_N.search(frame.text)
    if m is None or not frame.names or frame.intent not in ("list", "value", "unknown") or frame.focus is None or \
            re.search(r"\bthe only\b", frame.text):
        return None
    after = frame.text[m.end():].strip()
    noun = next((focus for focus, pat in C.FOCUS_WORDS if pat.match(after)), None) if after else frame.focus
    if noun != frame.focus:
        return None  # "only one" counts the kind asked for ("only one industry … - which") or stands alone ("only one?")
    word = m[2]
    return Stated(1 if word in ("one", "a single") else C.NUMBER_WORDS.get(word) or int(word))


# post-steps that already answer yes or no: a stated count is not read twice
_YES_NO = frozenset({"_member", "_members", "_only", "_all_grade", "_is_check", "_is_grade", "_compare_kinds", "_compare"})


def _shared_name(frame: Frame, plan: ToolPlan) -> ToolPlan:
    """A name that is both a mega trend and a sub-trend ("Big data"): say which one the plan read."""
    trends = {fold(t): t for t in frame.given("trend")}
    shared = [s for s in frame.given("subtrend") if fold(s) in trends]
    if not shared or plan.reading:
        return plan
    if any(step.args.get("subtrend") == shared[0] for step in plan.steps):
        return replace(plan, reading=f"Read \"{shared[0]}\" as the sub-trend (Figures 6–7), not the mega trend.")
    import tools

    owners = " and ".join(tools.subtrend_industries(shared[0]).items) or "Figure 6"
    trend = trends[fold(shared[0])]
    return replace(plan, reading=f"Read \"{trend}\" as the mega trend (Figure 3), not the sub-trend of {owners}.")


__all__ = ["RULES", "compile_frame", "direction"]
