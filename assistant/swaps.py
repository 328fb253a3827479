"""Follow-ups that replace one slot of the last frame or plan and keep the rest: a grade said alone ("of those,
which are very strong"), a name said instead of another ("no, I meant northern europe, not northwest"), the figure
"there" points at after a turn about that figure; in the last plan, another name of a kind it used ("and
Cameron?"), a country for its region ("and for spain?"), another kind of cooperation ("and r&d?")."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.frame import Frame, Grade
from assistant.plan import Step, ToolPlan
from assistant.state import State
from assistant.understand.grade import grade

# "its cells", "that row's cells": the entries of the one row the last answer showed
ROW_CELLS = re.compile(r"\b(?:its|their|that row's|the row's) cells?\b")
_SCALE = {"crossover": "crossover", "rd": "cooperation", "business": "cooperation"}


def grade_only(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"of those, which are very strong", "and which are not ticked at all": a follow-up that says only a grade
    on the last turn's scale is the last frame with that grade. Not with a negation ("not ticked at all"): no
    table row reads a grade's absence over the last answer yet."""
    fu = frame.followup
    said = _on_scale(frame, _SCALE.get(last.relation or ""))
    if frame.names or frame.relation is not None or said is None or frame.figure is not None or frame.negation or \
            not (fu.of_those or fu.opener or fu.short or fu.pronoun and (last.figure is None or ROW_CELLS.search(frame.text))):
        return None  # "it" after a figure asked about itself is that figure (figure_said); "its cells" are the row's
    # "where is it double-ticked": where a grade is, is which cells have it
    intent = last.intent if frame.intent in ("unknown", "locate") else frame.intent
    return replace(last, text=frame.text, grade=said, followup=fu, intent=intent,
                   aggregation=frame.aggregation, scope=last.scope)


def _on_scale(frame: Frame, scale: str | None) -> Grade | None:
    """The frame's grade on the last table's scale: "which of its cells are very strong" after a Figure 7 row is
    "✓✓", though the words alone read as a cooperation grade; None when no grade is said or the scale is none."""
    if frame.grade is None or scale is None or frame.grade.scale == scale:
        return frame.grade if scale is not None else None
    return grade(frame.text, scale == "crossover")


_INSTEAD = re.compile(r"\b(not|instead of|rather than)\b")


def instead(frame: Frame, last: Frame) -> Frame | None:
    """"no, I meant northern europe, not northwest", "central eastern europe rather than southeast": of two names
    of one kind, the one the last turn used is replaced by the other; nothing else of the last turn changes."""
    if len(frame.names) != 2 or len(frame.kinds) != 1 or frame.relation_said or not _INSTEAD.search(frame.text):
        return None
    used = {n.canonical for n in last.names}
    old = [n for n in frame.names if n.canonical in used]
    new = [n for n in frame.names if n.canonical not in used]
    if len(old) != 1 or len(new) != 1:
        return None
    names = tuple(new[0] if n.canonical == old[0].canonical else n for n in last.names)
    return replace(last, text=frame.text, names=names, followup=frame.followup)


def figure_said(frame: Frame, last: Frame) -> Frame | None:
    """"which pairs are rated ++ there", "and what grade does it give X vs Y" after a turn about one figure itself
    ("what is figure 16?"): "there" and "it" are that figure, and the figure says the relation."""
    fu = frame.followup
    if frame.figure is not None or frame.relation is not None or last.figure is None or last.relation is None or \
            last.names or not fu.pronoun:
        return None
    return replace(frame, figure=last.figure, relation=last.relation, relation_said=True)


def swap(frame: Frame, state: State) -> ToolPlan | None:
    """"what about local content?", "and customer service orientation?": the last plan again, with its one name
    of the kind the question names replaced by that name (a typed change to the plan's arguments)."""
    last = state.last_plan
    fu = frame.followup
    if last is None or not frame.names or frame.relation_said or frame.focus is not None or fu.switch or \
            not (fu.opener or fu.short):
        return None
    if frame.kinds == {"country"} and len(frame.names) == 1 and \
            [s.tool for s in last.steps] == ["countries_in", "_member"]:
        # "and greece?" after "is poland in central eastern europe": its region, which says whether it is that one
        new, region = frame.names[0].canonical, last.steps[0].args.get("region")
        return ToolPlan((Step("region_of", {"country": new}), Step("_in_region", {"region": region})))
    used = {(k.removesuffix("_a").removesuffix("_b"), v) for s in last.steps for k, v in s.args.items()
            if isinstance(v, str)}
    kinds = [k for k in frame.kinds if sum(kind == k for kind, _ in used) == 1]
    if not kinds:  # a pair ("and with northern europe?" after a grade between two regions): the partner changes
        return _swap_partner(frame, last)
    if len(kinds) != 1 or len(frame.given(kinds[0])) != 1:
        return None
    old = next(v for kind, v in used if kind == kinds[0])
    new = frame.given(kinds[0])[0]
    steps = tuple(_held(replace(s, args={k: new if v == old else v for k, v in s.args.items()}), kinds[0])
                  for s in last.steps)
    return ToolPlan(steps) if new != old else None


def _held(step: Step, kind: str) -> Step:
    """A step whose sub-trend was just swapped ("same for theranostics" after a logistics sub-trend): its industry
    becomes the one industry that holds the new sub-trend, when the old one does not."""
    import tools

    sub, ind = step.args.get("subtrend"), step.args.get("industry")
    if kind != "subtrend" or not isinstance(sub, str) or not isinstance(ind, str):
        return step
    holders = tools.subtrend_industries(sub).items
    if ind in holders or len(holders) != 1:
        return step
    return replace(step, args={**step.args, "industry": holders[0]})


def swap_with_kind(frame: Frame, state: State) -> ToolPlan | None:
    """"same for Northern Europe, but business", "and southwest europe on the r&d side?": a name swapped into the
    last plan and its kind of cooperation changed to the one said."""
    if not frame.relation_said or frame.relation not in KINDS_OF_COOPERATION or len(frame.names) != 1:
        return None
    plan = swap(replace(frame, relation_said=False), state)
    if plan is None or not any(s.args.get("kind") in KINDS_OF_COOPERATION for s in plan.steps):
        return None
    return ToolPlan(_with_kind(plan.steps, frame.relation))


def _with_kind(steps: tuple[Step, ...], kind: str) -> tuple[Step, ...]:
    """The steps with every kind of cooperation they take changed to ``kind``."""
    return tuple(replace(s, args={**s.args, "kind": kind}) if s.args.get("kind") in KINDS_OF_COOPERATION else s
                 for s in steps)


def _swap_partner(frame: Frame, last: ToolPlan) -> ToolPlan | None:
    """The last plan's pair (``x_a``, ``x_b`` of one step) with its second side replaced by the one name the
    follow-up gives of that kind; the first side, the subject, stays."""
    if len(last.steps) != 1 or len(frame.names) != 1:
        return None
    step, name = last.steps[0], frame.names[0]
    key = next((k for k in step.args if k.endswith("_b") and k.removesuffix("_b") == name.kind and
                f"{name.kind}_a" in step.args), None)
    if key is None or name.canonical in (step.args[key], step.args[f"{name.kind}_a"]):
        return None
    return ToolPlan((replace(step, args={**step.args, key: name.canonical}),))


KINDS_OF_COOPERATION = ("rd", "business")


def swap_place(frame: Frame, state: State) -> ToolPlan | None:
    """"and for spain?", "what about czech clusters", "and hungarian ones, on the business side?" after a plan about
    one region: the country's region (Figure 10) in its place, and the kind of cooperation said, if any."""
    import tools

    last, fu = state.last_plan, frame.followup
    if last is None or len(frame.names) != 1 or frame.names[0].kind != "country" or fu.switch or \
            not (fu.opener or fu.short) or frame.relation_said and frame.relation not in KINDS_OF_COOPERATION:
        return None
    used = [(k, v) for s in last.steps for k, v in s.args.items() if k.startswith(("region", "country"))]
    if len(used) != 1 or used[0][0] != "region" or _asks_of_country(last):
        return None  # "and the baltics?" after "is slovenia in X": the country asked about is swapped, not X
    region = tools.region_of(frame.names[0].canonical).value
    kind = frame.relation if frame.relation in KINDS_OF_COOPERATION else None
    if not region:
        return None
    steps = tuple(replace(s, args={**s.args, **({"region": region} if "region" in s.args else {}),
                                   **({"kind": kind} if kind and s.args.get("kind") in KINDS_OF_COOPERATION else {})})
                  for s in last.steps)
    return ToolPlan(steps, f"{frame.names[0].canonical} is in {region}, Figure 10")


def _asks_of_country(plan: ToolPlan) -> bool:
    """A step of the plan looks a country up by name (a member check: "is slovenia counted as …")."""
    from assistant.spot import spot

    return any(m.kind == "country" for s in plan.steps if s.tool.startswith("_") for v in s.args.values()
               if isinstance(v, str) for m in spot(v))


def _elliptic(frame: Frame) -> bool:
    """A follow-up that leans on the last plan as it is: an opener or a few words, with no "of those", ranking or
    figure number of its own."""
    fu = frame.followup
    return (fu.opener or fu.short) and not fu.of_those and frame.aggregation is None and frame.figure is None


def said_kind(frame: Frame) -> str | None:
    """The one kind of cooperation an elliptic follow-up says and nothing else ("and r&d?", "what about business")."""
    kinds = {s.relation for s in frame.scope if not s.negated} & set(KINDS_OF_COOPERATION)
    # "r&d for both": a group the last plan's one pair does not hold; the kind alone would answer one of them
    return kinds.pop() if not frame.names and len(kinds) == 1 and _elliptic(frame) and frame.followup.group is None \
        else None


def changes_last(frame: Frame) -> bool:
    """An elliptic follow-up that only says a name ("and with northern europe?", "what about medtech?") or a kind
    of cooperation ("and r&d?"): it changes that in the last plan, before its words are compiled as a new question."""
    return bool(frame.names) and not frame.relation_said and _elliptic(frame) and not two_ways(frame) or \
        said_kind(frame) is not None


def two_ways(frame: Frame) -> bool:
    """"what about X, in either direction?", "and Y, both ways": the words say two relations of their own (the
    last plan's one relation would answer half of it)."""
    return len({s.relation for s in frame.scope if not s.negated}) > 1


def swap_kind(frame: Frame, state: State) -> ToolPlan | None:
    """"and r&d?" after "which region does southeast europe do most business with": the last plan again, every
    step's kind of cooperation changed, its ranking and grade kept."""
    kind, last = said_kind(frame), state.last_plan
    if kind is None or last is None or not any(s.args.get("kind") in KINDS_OF_COOPERATION for s in last.steps):
        return None
    steps = _with_kind(last.steps, kind)
    return ToolPlan(steps) if steps != last.steps else None


# "and with everyone else", "what about the rest", "with all the other regions": every other partner of the pair
_REST = re.compile(r"\b(?:every(?:one|body)|all) (?:else|the others?|others)\b|\bthe (?:others|rest)\b|"
                   r"\ball (?:the )?other (?:regions|ones|partners)\b|\b(?:every|each) other (?:region|one|partner)\b")


def rest_of_pair(frame: Frame, state: State) -> ToolPlan | None:
    """"and with everyone else" after the grade of one pair of regions: the first region's grades with every
    region, the pair's other side left out (the kind of cooperation kept, or the one said)."""
    last = state.last_plan
    if last is None or len(last.steps) != 1 or last.steps[0].tool != "cooperation_grade" or frame.names or \
            not _REST.search(frame.text) or frame.followup.switch:
        return None
    a = last.steps[0].args
    kind = frame.relation if frame.relation in KINDS_OF_COOPERATION else a.get("kind")
    if kind not in KINDS_OF_COOPERATION:
        return None
    return ToolPlan((Step("partners", {"region": a["region_a"], "kind": kind, "min_grade": "-"}),
                     Step("_exclude", {"name": a["region_b"]})))


# "same question for figure 16", "the same thing for business?": the last question again, one slot said anew
_SAME = re.compile(r"\bsame (?:question|thing|query|list|again)\b|\bthe same for\b")


def same_for_kind(frame: Frame, state: State) -> ToolPlan | None:
    """"same question for figure 16", "and the same thing for the r&d matrix": the last plan with its kind of
    cooperation changed to the one the words (or the figure they name) say."""
    last = state.last_plan
    said = {s.relation for s in frame.scope if not s.negated} | ({frame.relation} if frame.relation else set())
    kinds = said & set(KINDS_OF_COOPERATION)
    if last is None or frame.names or len(kinds) != 1 or not _SAME.search(frame.text) or frame.followup.switch:
        return None
    steps = _with_kind(last.steps, kinds.pop())
    return ToolPlan(steps) if steps != last.steps else None


# "what else is in that group", "which other countries are in that region": the rest of the region just answered
_THAT_GROUP = re.compile(r"\b(?:that|this|the same|its) (?:group|region|list|column)\b|\bthere\b")
_ELSE = re.compile(r"\belse\b|\bother\b|\bthe rest\b")


def rest_of_group(frame: Frame, state: State) -> ToolPlan | None:
    """After the region of one country ("which region is turkey in", "is poland in central eastern europe"), "what
    else is in that group": the countries Figure 10 lists for that region, the country asked about left out."""
    import tools

    last = state.last_plan
    if last is None or frame.names or not (_THAT_GROUP.search(frame.text) and _ELSE.search(frame.text)):
        return None
    first = last.steps[0]
    if first.tool == "region_of" and len(last.steps) == 1:
        country, region = first.args["country"], tools.region_of(first.args["country"]).value
    elif first.tool == "countries_in" and [s.tool for s in last.steps] == ["countries_in", "_member"]:
        country, region = last.steps[1].args["name"], first.args["region"]
    else:
        return None
    return ToolPlan((Step("countries_in", {"region": region}), Step("_exclude", {"name": country}))) if region else None


def other_figure(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """"and the business one", "the upstream one?", "same for the AOSI matrix" after a turn about one figure itself
    (its page, what it is): the figure whose table is the one relation the follow-up says instead, told the same
    way; with the last frame asked of that figure."""
    from assistant.understand.relation import FIGURE_OF_RELATION

    last, before, fu = state.last_plan, state.last_frame, frame.followup
    said = {s.relation for s in frame.scope if not s.negated} | ({frame.relation} if frame.relation else set())
    if last is None or before is None or [s.tool for s in last.steps] != ["figure_info"] or frame.names or \
            frame.figure is not None or len(said) != 1 or fu.switch or frame.aggregation is not None or \
            frame.grade is not None or frame.focus not in (None, "figures") or \
            not (fu.opener or fu.short or _SAME.search(frame.text)):
        return None
    new = said.pop()
    fig = FIGURE_OF_RELATION.get(new)
    if fig is None or fig == last.steps[0].args.get("figure"):
        return None
    return replace(before, text=frame.text, relation=new, figure=fig, scope=frame.scope, followup=fu), \
        ToolPlan((replace(last.steps[0], args={**last.steps[0].args, "figure": fig}),))


def figure_again(frame: Frame, state: State) -> ToolPlan | None:
    """"and for south-east europe?", "and the r&d version of that for the same region?", "is there a total
    cooperation version of it" after a figure found by its description: the description again with the place or
    the kind of cooperation the follow-up says in place of the one it said, and the follow-up's other words added.
    Nothing when the follow-up changes neither (a question about the figure found)."""
    from tools.figure_vocab import cooperation_kinds, spot_places, tokens

    last, fu = state.last_plan, frame.followup
    if last is None or [s.tool for s in last.steps] != ["figure_lookup"] or frame.figure is not None or fu.switch or \
            not (fu.opener or fu.short or fu.pronoun or fu.of_those) or frame.names_own_subject() or len(frame.names) > 1:
        return None  # "how strong is r&d cooperation between X and Y" after a figure found: a question of its own
    old = str(last.steps[0].args.get("description", ""))
    places = {p.region for p in spot_places(frame.asked)[0]}
    kinds = {st for _, st in tokens(frame.asked)} & cooperation_kinds()
    before = {p.region for p in spot_places(old)[0]}
    if not places - before and not kinds - {st for _, st in tokens(old)}:
        return None
    kept = spot_places(old)[1] if places else old
    kept = " ".join(said for said, st in tokens(kept) if not (kinds and st in cooperation_kinds()))
    args = {**last.steps[0].args, "description": f"{kept} {frame.asked}".strip()}
    return ToolPlan((replace(last.steps[0], args=args),))


_DIRECTIONS = ("downstream", "upstream", "aosi")  # the impact matrices (Figures 3, 4 and 5)


def swap_direction(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """"and downstream?", "same question for the AOSI matrix" after a question over one impact matrix: the last plan
    again, every step's matrix changed to the one said, its names, count and ranking kept; with the last frame
    asked of that matrix."""
    last, before = state.last_plan, state.last_frame
    said = {s.relation for s in frame.scope if not s.negated} | ({frame.relation} if frame.relation else set())
    said &= set(_DIRECTIONS)
    fu = frame.followup  # "and what does it push upstream": "it" picks a name of the turn before, no swap
    if last is None or before is None or frame.names or len(said) != 1 or fu.switch or fu.pronoun or fu.of_those or \
            frame.grade is not None or frame.aggregation is not None or frame.negation or \
            frame.focus not in (None, "figures", before.focus) or not (_elliptic(frame) or _SAME.search(frame.text)):
        return None
    new = said.pop()
    steps = tuple(replace(s, args={**s.args, "direction": new}) if s.args.get("direction") in _DIRECTIONS else s
                  for s in last.steps)
    if steps == last.steps:
        return None
    scope = tuple(replace(s, relation=new) if s.relation in _DIRECTIONS else s for s in before.scope)
    return replace(before, text=frame.text, relation=new, scope=scope, followup=frame.followup), ToolPlan(steps)
