"""A follow-up that narrows the last table answer below the report's grain: "and polish clusters specifically, not the
whole region?" after Central Eastern Europe's R&D partners, "can you split that into the baltics vs russia" after a
grade of two regions, "what about turkey specifically" after Southeast Europe's links. The cooperation tables grade
regions, never single countries, so the table asked again gives the very answer just given, which is not what was
asked: the answer is a refusal that names the unit asked, the region it is counted in, and the grain the table gives.

Structural, for any country and either table: the follow-up names countries, each country lies in a
region of the plan it compiles to, that plan is the last one again (same tools, same regions), and the follow-up goes
below what was answered: a country the last question already named ("polish" after "poland"), a region the last
question asked by name ("turkey" after "southeast europe"), or two units inside one region (a split). A first country
of a region ("and hungary?" after Poland) is answered at the region's grain as any first question is.
"""

from __future__ import annotations

from collections import Counter

from assistant.frame import Frame
from assistant.plan import Refuse, Retrieve, ToolPlan
from assistant.state import State
from assistant.topic import asks_narrative

# the arguments of a cooperation table that name a region (a country stands for its region in them)
_REGION_KEYS = ("region", "region_a", "region_b")


def graded(plan, with_kind: bool = False) -> tuple | None:
    """The tools of a plan over a cooperation table (a step with a region and a kind of cooperation) and the regions
    they grade, each resolved from what was written (and, ``with_kind``, the kinds of cooperation); None for any other
    plan."""
    from tools import ToolError
    from tools.names import resolve_region

    if not isinstance(plan, ToolPlan):
        return None
    steps = [s for s in plan.steps if "kind" in s.args and any(k in s.args for k in _REGION_KEYS)]
    if not steps:
        return None
    try:
        regions = frozenset(resolve_region(s.args[k]) for s in steps for k in _REGION_KEYS if isinstance(s.args.get(k), str))
    except ToolError:
        return None
    kinds = tuple(str(s.args["kind"]) for s in steps) if with_kind else ()
    return tuple(s.tool for s in steps), regions, *kinds


def _placed(country: str) -> tuple[str | None, str | None]:
    """The region Figure 10 counts a country in, and that figure's number; (None, None) when it places none."""
    from tools import ToolError, region_of

    try:
        found = region_of(country)
    except ToolError:
        return None, None
    return found.value, next((c.figure for c in found.citations if c.figure), None)


def _below(inside: dict[str, str], state: State) -> bool:
    """The countries asked go below what the last question asked: one it named already, a region it named itself, or
    two of one region (a split)."""
    from assistant.spot import spot
    from tools import ToolError
    from tools.names import resolve_region

    said = spot(state.last_answer.question) if state.last_answer is not None else []
    countries = {m.canonical for m in said if m.kind == "country"}
    regions = set()
    for m in said:
        if m.kind == "region":
            try:
                regions.add(resolve_region(m.canonical))
            except ToolError:
                continue
    split = max(Counter(inside.values()).values(), default=0) > 1
    return split or bool(set(inside) & countries) or bool(set(inside.values()) & regions)


def below_grain(frame: Frame, plan, state: State) -> Refuse | None:
    """The refusal of a follow-up that asks a cooperation table of a country inside the region just answered (see
    the module's docstring); None for any other question.

    Args:
        frame: the follow-up as read.
        plan: the plan it compiled to.
        state: the conversation so far (its last plan and answer).
    """
    last = state.last_answer
    if last is None or last.route != "tool":
        return None
    before = graded(state.last_plan)
    # a passage search for countries that asks no reason, example or text ("break that down for X and Y"): the
    # same table asked again, as the compiler found no table of countries
    now = before if isinstance(plan, Retrieve) and not asks_narrative(frame.text) else graded(plan)
    countries = frame.given("country")
    if not countries or now is None or now != before:
        return None
    placed = {c: _placed(c) for c in countries}
    inside = {c: r for c, (r, _) in placed.items()}
    if not all(r in now[1] for r in inside.values()) or not _below(inside, state):
        return None
    where = next((f for _, f in placed.values() if f), None)
    return Refuse("not_in_matrix", _message(inside, where, last), (_countries_question(inside),))


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _message(inside: dict[str, str], where: str | None, last) -> str:
    figure = next((c.figure for c in last.citations if c.figure), None)
    table = f"Figure {figure}" if figure else "The table"
    by_region: dict[str, list[str]] = {}
    for country, region in inside.items():
        by_region.setdefault(region, []).append(country)
    counted = "; ".join(f"{_join(cs)} {'is' if len(cs) == 1 else 'are'} counted in {r}"
                       for r, cs in by_region.items())
    return (f"The report gives nothing on {_join(list(inside))} on {'its' if len(inside) == 1 else 'their'} "
            f"own here: {table} grades cooperation between regions, never single countries, and {counted}"
            f"{f' (Figure {where})' if where else ''}. What it gives is the region's answer, shown before: {last.reading}.")


def _countries_question(inside: dict[str, str]) -> str:
    region = next(iter(inside.values()))
    return f"Which countries does the report count in {region}?"
