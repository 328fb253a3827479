"""Say how a question was read: one plain sentence per plan, whether the reading is sure, and other readings.

The reading is written from the plan that was run (tool and arguments), not from the question's words, so it
shows exactly what was answered. ``check`` compares the plan with the question's frame: a plan that answers
another focus or another relation (what an industry shapes vs what shapes it; Figure 5 when Figure 3 was
named) is not sure, and the frame's own reading is offered as an alternative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant import cues as C
from assistant.answer import Alternative
from assistant.asking import premise_only, stated_only
from assistant.frame import Frame, Name
from assistant.plan import Step, ToolPlan
from assistant.signals import raised, recording_on
from assistant.slots import unused_slots

FIGURE_OF = {"downstream": "3", "upstream": "4", "aosi": "5"}
MATRIX = tuple(FIGURE_OF)
_DIR_WORDS = {"downstream": "downstream", "upstream": "upstream", "aosi": "area of strong interdependency",
              "both": "downstream and upstream", "either": "downstream or upstream",
              "downstream_only": "downstream only, not upstream", "upstream_only": "upstream only, not downstream"}
KIND_WORDS = {"rd": "R&D", "business": "business"}  # the two kinds of cooperation, as a reading says them
_KIND = {**KIND_WORDS, "both": "R&D and business"}


def _figures(direction: str) -> str:
    keys = [FIGURE_OF[d] for d in ("downstream", "upstream", "aosi") if d in direction]
    if direction in ("both", "either"):
        keys = ["3", "4"]
    return ("Figure " + keys[0]) if len(keys) == 1 else "Figures " + " and ".join(keys)


def step_reading(step: Step) -> str | None:
    """A plain sentence for the tools whose direction people confuse; None to use the tool's own title."""
    a = step.args
    d = a.get("direction") or "downstream"
    where = f"{_DIR_WORDS.get(d, d)}, {_figures(d)}"
    if step.tool == "trends_for_industry":
        if d.startswith("upstream"):
            return f"Mega trends that {a['industry']} shapes — {where}"
        if d == "aosi":
            return f"Mega trends in an area of strong interdependency with {a['industry']} — {where}"
        return f"Mega trends that shape {a['industry']} — {where}"
    if step.tool == "industries_for_trend":
        if d.startswith("upstream"):
            return f"Industries that shape {a['trend']} — {where}"
        if d == "aosi":
            return f"Industries in an area of strong interdependency with {a['trend']} — {where}"
        return f"Industries that {a['trend']} shapes — {where}"
    if step.tool == "matrix_cell":
        verb = {"downstream": f"Does {a['trend']} shape {a['industry']}",
                "upstream": f"Does {a['industry']} shape {a['trend']}"}.get(d, f"Are {a['trend']} and {a['industry']} "
                                                                         "an area of strong interdependency")
        return f"{verb}? — {where}"
    if step.tool == "cooperation_grade":
        return (f"{_KIND.get(a.get('kind', 'both'), 'R&D and business')} cooperation between {a['region_a']} and "
                f"{a['region_b']} — Figures 13 and 16" if a.get("kind", "both") == "both" else
                f"{_KIND[a['kind']]} cooperation between {a['region_a']} and {a['region_b']} — "
                f"Figure {'13' if a['kind'] == 'rd' else '16'}")
    return None


def plan_reading(plan: ToolPlan, title: str | None) -> str:
    """The sentence for a tool plan: the first step's reading, or the computed result's title."""
    first = step_reading(plan.steps[0])
    extra = [s for s in plan.steps[1:] if not s.tool.startswith("_") and s.tool != "restrict"]
    if first is not None and not extra and len(plan.steps) == 1:
        return first
    return title or first or plan.steps[0].tool


@dataclass(frozen=True)
class Judgement:
    sure: bool
    alternatives: tuple[Alternative, ...] = ()
    why: str | None = None


def plan_relation(step: Step) -> str | None:
    d = step.args.get("direction")
    if step.tool in ("trends_for_industry", "industries_for_trend", "matrix_cell", "rank_matrix") and d:
        return d.removesuffix("_only") if d not in ("both", "either") else "downstream"
    if step.tool in ("cooperation_grade", "partners", "partners_of_all", "pairs_at_grade", "rank_regions"):
        return step.args.get("kind") if step.args.get("kind") in ("rd", "business") else None
    return {"subtrends_for": "subtrends", "subtrend_industries": "subtrends", "aosis_with_subtrend": "subtrends",
            "crossover_grade": "crossover", "subtrends_at_grade": "crossover", "subtrend_profile": "crossover",
            "crossover_block": "crossover", "region_of": "membership", "countries_in": "membership"}.get(step.tool)


OUTPUT = {"trends_for_industry": "trends", "industries_for_trend": "industries", "subtrends_for": "subtrends",
           "region_of": "regions", "countries_in": "countries", "partners": "regions"}


def check(frame: Frame, plan: ToolPlan) -> Judgement:
    """Does the plan answer the frame's focus and relation? A mismatch is unsure, with the frame's reading."""
    step = plan.steps[0]
    rels = [plan_relation(s) for s in plan.steps if not s.tool.startswith("_")]
    others = _other_readings(frame, plan, step, rels)
    first = None
    judges = (_kind_unsaid, _asked_nothing, _against_relation, _against_said, _figures_unread, _relations_unread,
              _against_focus, _against_figure, _slots_unused)
    if premise_only(frame.asked or frame.text, _matrices_read(plan)):  # "Figure 5 flags X. Is it in the upstream matrix?"
        raised("+judged.premise_figure")
        judges = tuple(j for j in judges if j not in (_against_relation, _figures_unread, _relations_unread,
                                                     _against_figure))
    for judge in judges:
        j = judge(frame, plan, step, rels)
        if j is not None:
            _raise(judge.__name__, j)
            first = first or j
            if not recording_on():
                break
    if others:
        raised("judged.other_readings")
    if first is not None:
        extra = tuple(a for a in (others.alternatives if others else ()) if a not in first.alternatives)
        return Judgement(False, first.alternatives + extra, first.why)
    return others or Judgement(True)


def _raise(judge: str, j: Judgement) -> None:
    """The signal of a judge that found a mismatch; a slot the plan never used is named by its slot."""
    why = re.sub(r"\u201c[^\u201d]*\u201d", "a name", j.why or "")  # a name may hold a comma
    slots = why.removeprefix("not used: ").split(", ") if judge == "_slots_unused" else [""]
    for slot in dict.fromkeys(slots):
        slot = slot.removeprefix("the ").removesuffix(" asked")
        raised(f"judged{judge.removeprefix('_against').replace('_', '.')}" + (f".{slot}" if slot else ""))


def _kind_unsaid(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    """Cooperation between two places with neither R&D nor business said: both grades shown, each a reading."""
    said = {s.relation for s in frame.scope} & {"rd", "business"}
    if step.tool != "cooperation_grade" or step.args.get("kind") != "both" or said:
        return None
    alts = tuple(Alternative(step_reading(Step(step.tool, {**step.args, "kind": k})) or k,
                             f"How strong is {_KIND[k]} cooperation between {step.args['region_a']} and "
                             f"{step.args['region_b']}?") for k in ("rd", "business"))
    return Judgement(False, alts, "kind")


def _asked_nothing(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    """A matrix answer to a question that asked for no relation and no focus (a market's size, a budget)."""
    if frame.relation is None and frame.focus is None and rels[0] is not None and frame.intent != "yesno":
        return Judgement(False, (), "no relation asked")
    return None


def _against_relation(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    if frame.other_relation and frame.relation in rels and "direction" in step.args:
        return Judgement(False, _other_direction(step, frame.other_relation), "relation")
    if frame.relation in MATRIX and rels[0] in MATRIX and frame.relation not in rels and not frame.followup.opener:
        return Judgement(False, _other_direction(step, frame.relation), "relation")
    return None


def _against_said(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    """An impact matrix read from a verb while the question says only another one in its own words ("which
    trends don't get pushed, not upstream"): the said one is offered, the answer unsure."""
    said = {s.relation for s in frame.scope if s.relation in MATRIX}
    if not said or rels[0] not in MATRIX or said & set(rels) or frame.figure is not None:
        return None  # a later step reads the said one ("of those, which are AOSIs": the last list, then Figure 5)
    return Judgement(False, _other_direction(step, sorted(said)[0]), "relation inferred against the one said")


def _matrices_read(plan: ToolPlan) -> set[str]:
    """The impact matrices (by figure number) the plan's steps read, as a direction, or kept or taken away."""
    read: set[str] = set()
    for s in plan.steps:
        d = s.args.get("direction")
        if isinstance(d, str):
            read |= {"3", "4"} if d in ("both", "either") else {FIGURE_OF.get(d.removesuffix("_only"), "")}
            read |= {"4" if d.startswith("downstream") else "3"} if d.endswith("_only") else set()
        for m in list(s.args.get("include") or []) + list(s.args.get("exclude") or []):
            read.add(FIGURE_OF.get(m, ""))
    return read


def _figures_unread(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    """Impact matrices the question names by number ("fig 5 flags X — does fig 3 or fig 4 mark it") that the plan
    never reads: it answered from fewer figures than were asked about."""
    said = {m[1] for m in C.FIGURE_REF.finditer(frame.text)} & set(FIGURE_OF.values())
    read = _matrices_read(plan)
    if not read or not said - read:
        return None
    return Judgement(False, (), f"figures not read: {', '.join(sorted(said - read))}")


def _relations_unread(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    """An impact relation the question says in words ("… and which of those push back on it upstream", "which of the
    downstream ones are also an AOSI") that no step of a matrix plan reads: it answered one condition of two."""
    from assistant.slots import relations_read

    own = {"downstream": C.DOWN, "upstream": C.UP, "aosi": C.AOSI}  # its own word, not "mutual" or "both ways"
    said = {s.relation for s in frame.scope if s.relation in own and own[s.relation].search(frame.text)}
    read = relations_read(plan) & set(own)
    missing = sorted(said - read)
    if not read or not missing:
        return None
    return Judgement(False, _other_direction(step, missing[0]), f"relations not read: {', '.join(missing)}")


def _against_focus(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    out = OUTPUT.get(step.tool)
    if out in ("trends", "industries") and frame.focus in ("trends", "industries") and out != frame.focus \
            and len(plan.steps) == 1 and frame.intent in ("list", "count", "value"):
        return Judgement(False, (), "focus")
    return None


def _against_figure(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    if frame.figure in ("3", "4", "5") and rels[0] in MATRIX and FIGURE_OF[rels[0]] != frame.figure:
        return Judgement(False, _other_direction(step, _rel_of_figure(frame.figure)), "figure")
    return None


def _slots_unused(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    """A slot the frame filled (a name, a grade, a ranking, a yes/no, a second kind) that the plan never used. A
    figure look-up reads the question's own words, every slot's included; so does the question where a figure is (a
    ranking or a name there describes the figure: "where is the table of sub-trends for each hot spot")."""
    if any(s.tool == "figure_lookup" or s.tool == "figure_info" and frame.intent == "locate" for s in plan.steps):
        return None
    stated = stated_only(frame.asked or frame.text, _matrices_read(plan))  # "Figure 5 marks X. Is it in Figure 4?"
    missing = [m for m in unused_slots(_readable(frame, plan), plan) if not any(f"(Figure {n})" in m for n in stated)]
    return Judgement(False, (), "not used: " + ", ".join(missing)) if missing else None


# tables without a grade scale (the impact matrices mark a cell or leave it blank) and a figure found by its name: a
# grade word there is part of a term ("areas of strong interdependency", "the crossover points table"), not a bound
_UNGRADED = frozenset({"trends_for_industry", "industries_for_trend", "matrix_cell", "rank_matrix", "compare_matrices",
                       "figure_info"})
# tools that go over every row, so "none", "every" and "each" are what they compute
_EVERY_ROW = frozenset({"crossover_gaps", "partners_of_all", "pairs_at_grade"})


# a yes/no about whether such things exist ("is there a trend that …", "is X ever rated …"): the list of them
# answers it, empty or not
_EXISTS = re.compile(r"\b(?:is|are) there\b|\bever\b")


def _said_as_argument(name: Name, plan: ToolPlan) -> bool:
    """The plan takes the name as the user typed it ("what does EnvI stand for" looks up "envi")."""
    return any(v == name.text for s in plan.steps for v in s.args.values() if isinstance(v, str))


def option(name: Name, frame: Frame, plan: ToolPlan) -> bool:
    """One of the answers offered ("is Italy in Southwest or Southeast Europe"): a name joined by "or", of the kind
    the plan's tool gives and never takes; the plan computes which it is."""
    takes = {k.split("_")[0] for s in plan.steps for k in s.args}  # "region_a" takes a region
    if OUTPUT.get(plan.steps[0].tool) != f"{name.kind}s" or name.kind in takes:
        return False
    return bool(re.search(r"\bor\s+$", frame.text[:name.start]) or re.match(r"\s+or\b", frame.text[name.end:]))


def _readable(frame: Frame, plan: ToolPlan) -> Frame:
    """The frame without the slots the plan's tables cannot hold or already compute by their kind."""
    tools = {s.tool for s in plan.steps if not s.tool.startswith("_") and s.tool != "restrict"}
    if frame.grade is not None and tools and tools <= _UNGRADED:
        frame = replace(frame, grade=None)
    options = [n for n in frame.names if option(n, frame, plan)]
    names = tuple(n for n in frame.names if not _said_as_argument(n, plan) and n not in options)
    if names != frame.names:  # a yes/no that offers the answers ("does it file X under A or B") is a choice
        frame = replace(frame, names=names, intent="value" if options and frame.intent == "yesno" else frame.intent)
    if frame.intent == "yesno" and _EXISTS.search(frame.text):  # "are there X that …": the list says yes or no
        frame = replace(frame, intent="list")
    agg = frame.aggregation
    if agg is not None and agg.kind in ("none", "each") and \
            (tools & _EVERY_ROW or any(s.op == "subtract" for s in plan.steps)):
        frame = replace(frame, aggregation=None)
    elif agg is not None and agg.kind == "each" and not _EACH.search(frame.text):  # "… per the report": its source
        frame = replace(frame, aggregation=None)
    return frame


# "each", "every", "per" before a bare noun ("per industry") distribute; "per" before a determiner ("per the study",
# "per the upstream matrix") says where the answer comes from, as "according to" does
_EACH = re.compile(r"\b(?:each|every)\b|\bper\b(?!\s+(?:the|a|an|its|their|this|that|these|those)\b)")


def _other_readings(frame: Frame, plan: ToolPlan, step: Step, rels: list) -> Judgement | None:
    """Readings nearly as good as the one answered (an undirected link): each offered, the answer unsure."""
    alts = tuple(a for r in frame.other_readings if r not in rels for a in _other_direction(step, r))
    return Judgement(False, alts, "other readings") if alts else None


def _rel_of_figure(key: str) -> str:
    return {v: k for k, v in FIGURE_OF.items()}[key]


def _other_direction(step: Step, direction: str) -> tuple[Alternative, ...]:
    if "direction" not in step.args:
        return ()
    other = Step(step.tool, {**step.args, "direction": direction})
    return (Alternative(step_reading(other) or f"{step.tool} ({direction})", _question(other)),)


def _question(step: Step) -> str:
    """The question that asks for a step's reading unambiguously."""
    a = step.args
    d = a.get("direction", "downstream")
    if step.tool == "trends_for_industry":
        return {"upstream": f"Which mega trends does {a['industry']} shape upstream?",
                "aosi": f"Which mega trends form an area of strong interdependency with {a['industry']}?"}.get(
            d, f"Which mega trends shape {a['industry']} downstream?")
    if step.tool == "industries_for_trend":
        return {"upstream": f"Which industries shape {a['trend']} upstream?",
                "aosi": f"Which industries form an area of strong interdependency with {a['trend']}?"}.get(
            d, f"Which industries does {a['trend']} shape downstream?")
    if step.tool == "matrix_cell":
        return {"upstream": f"Does {a['industry']} shape {a['trend']} upstream?",
                "aosi": f"Is {a['trend']} × {a['industry']} an area of strong interdependency?"}.get(
            d, f"Does {a['trend']} shape {a['industry']} downstream?")
    return ""
