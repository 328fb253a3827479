"""Follow-ups the frame compiler leaves to the cue rules: combinations with the previous plan, ellipses."""

from __future__ import annotations

import re
from types import SimpleNamespace

from assistant import cues as C
from assistant.plan import Plan, Step, ToolPlan, first_plan
from assistant.router.common import _names
from assistant.spot import Mention, by_kind, fold
from assistant.state import State
from assistant.understand.direction import direction


def _is_followup(text: str, mentions: list[Mention]) -> bool:
    if C.FOLLOW.search(text) or C.ALSO.search(text) and re.search(r"\b(those|these|them)\b", text):
        return True
    if re.search(r"\bsame (pair|regions|countries|ones?|question)\b", text):
        return True
    if _THEM.search(text) or _ITS.search(text) or re.search(r"^\s*how many (is|are) (that|those|these|they|there)\b|^\s*how many\s*\??$", text):
        return True
    if C.PRONOUN.search(text) and not _names(mentions):
        return True
    words = re.findall(r"\w+", text)
    return len(words) <= 4 and (bool(_names(mentions)) or bool(re.search(r"stream|aosi|r ?and ?d|business|sub-?trends?|partner", text)))


_THEM = re.compile(r"\b(of them|of those|of these|which one|which ones|them|those|these|they|the same|that one|the [\w-]+ one|the [\w-]+ hot[- ]?spot)\b")


_ITS = re.compile(r"\b(its|it|that region'?s?|this region'?s?|there|that country'?s?|the region|this one|us|we|our)\b")


_WORD_STOP = set("products services devices industries industry reduction dynamics changes impact culture "
                 "technologies trends trend mega".split())


def _augment(q: str, text: str, mentions: list[Mention], state: State) -> str:
    """The question with the conversation's context written in: the region meant by "its", the industry and
    trend whose sub-trends "them" are, the figure "there" points at, a last item named by one word."""
    extra = []
    last = state.last_plan.steps[0] if state.last_plan is not None else None
    kinds = {m.kind for m in mentions}
    if last is not None and last.tool == "figure_info":
        extra.append(f"figure {last.args.get('figure')}")
    reg = state.last_of("region")
    if _ITS.search(text) and reg and fold(reg) not in text and ("region" not in kinds or re.search(r"\b(that|this|its|the) region", text) or
                                                                 re.search(r"\bwith\b", text)):
        extra.append(reg)
    sub = state.last_of("subtrend")
    if _ITS.search(text) and sub and "subtrend" not in kinds and last is not None and \
            (last.args.get("subtrend") or re.search(r"\bparameters?\b|\btick|\bmark|\bgrade", text)):
        extra.append(last.args.get("subtrend") or sub)
    elif _ITS.search(text) and last is not None and not (kinds & {"industry", "trend"}) and not reg:
        for key in ("industry", "trend"):
            v = last.args.get(key) or state.last_of(key)
            if v:
                extra.append(v)
                break
    if _THEM.search(text) and last is not None:
        for key in ("industry", "trend"):
            v = last.args.get(key)
            if v and key not in kinds:
                extra.append(v)
        if last.tool == "subtrends_for":
            extra.append("sub-trends")
        if last.tool == "list_items" and last.args.get("name") == "parameters":
            extra.append("parameters")
    item = _item_by_word(text, mentions, state)
    if item is not None:
        extra.append(item)
    return q if not extra else f"{q.rstrip(' ?')} — {', '.join(extra)}?"


def _item_by_word(text: str, mentions: list[Mention], state: State) -> str | None:
    """The last answer's item the question names by one of its words ("the prosument one"); a word of a name the
    question says itself ("business" of "business process orientation") names no item."""
    free = text
    for m in mentions:
        free = free.replace(fold(m.text), " ")
    for item in state.last_items:
        if isinstance(item, str):
            words = [w for w in re.findall(r"[a-z][\w-]{4,}", fold(item)) if w not in _WORD_STOP]
            if any(re.search(rf"\b{re.escape(w)}\b", free) for w in words) and fold(item) not in text:
                return item
    return None


def _followup(text: str, mentions: list[Mention], state: State) -> Plan | None:
    last = state.last_plan
    assert last is not None  # noqa: S101 - guarded by the caller
    step = last.steps[0]
    args = dict(step.args)
    inds, trends = by_kind(mentions, "industry"), by_kind(mentions, "trend")
    regions = by_kind(mentions, "region") + by_kind(mentions, "country")
    d = direction(text, inds, trends, mentions)
    kind = C.coop_kind(text)
    c = SimpleNamespace(text=text, mentions=mentions, state=state, last=last, step=step, args=args, inds=inds, trends=trends, regions=regions, d=d, kind=kind)
    return first_plan((_followup_flip, _followup_pick, _followup_those, _followup_elliptic), c)


def _followup_flip(c: SimpleNamespace) -> Plan | None:
    """Compare kinds, the other direction, the same question for another name."""

    if c.step.tool == "cooperation_grade" and c.kind in ("rd", "business") and re.search(r"\b(better|stronger|weaker|worse|higher|lower)\b", c.text):
        other = "rd" if c.kind == "business" else "business"
        stronger = c.kind if re.search(r"\b(better|stronger|higher)\b", c.text) else other
        return ToolPlan((Step("cooperation_grade", {**c.args, "kind": "both"}),
                         Step("_compare_kinds", {"stronger": stronger})))
    if re.search(r"\b(other|opposite|reverse) direction\b|\bthe other way\b|\bvice versa\b", c.text) and c.args.get("direction") in ("downstream", "upstream"):
        flipped = "upstream" if c.args["direction"] == "downstream" else "downstream"
        return ToolPlan((Step(c.step.tool, {**c.args, "direction": flipped}),) + c.last.steps[1:])
    same_kind = [m.canonical for m in c.mentions if m.kind in ("industry", "trend") and m.kind in c.args]
    if _THEM.search(c.text) and C.ALSO.search(c.text) and same_kind:
        key = next(k for k in ("industry", "trend") if k in c.args and any(m.kind == k for m in c.mentions))
        new_name = next(m.canonical for m in c.mentions if m.kind == key)
        dd = direction(c.text, c.inds, c.trends, c.mentions)
        extra_args = {"direction": dd} if dd and "direction" in c.args and not dd.endswith("_only") else {}
        return ToolPlan(c.last.steps + (Step(c.step.tool, {**c.args, key: new_name, **extra_args}, "intersect"),))
    return None


def _followup_pick(c: SimpleNamespace) -> Plan | None:
    """The nth one, how many, which not, who else, another sub-trend."""
    nth = re.search(r"\b(first|second|third|fourth|fifth|sixth|last) one\b", c.text)
    if nth and c.step.tool == "list_items":
        n = ["first", "second", "third", "fourth", "fifth", "sixth"].index(nth[1]) + 1 if nth[1] != "last" else -1
        field = "focus" if "focus" in c.text else "name"
        return ToolPlan((c.step, Step("_nth_row", {"n": n, "field": field})))
    if re.search(r"^\s*how many( is that| are there| are they| in all| in total)?\s*$", c.text) or \
            re.search(r"^\s*how many (is|are) (that|those|these|they)\b", c.text):
        return c.last
    if re.search(r"\b(which|what) (one|ones)\b.*\b(doesn'?t|don'?t|does not|do not|isn'?t|aren'?t|not)\b", c.text) \
            and c.step.tool in ("trends_for_industry", "industries_for_trend"):
        everything = "mega_trends" if c.step.tool == "trends_for_industry" else "industries"
        return ToolPlan((Step("list_items", {"name": everything}), Step(c.step.tool, c.args, "subtract")))
    if re.search(r"\bother countries\b|\bwhich else\b|\bwho else\b", c.text) and c.state.last_of("region"):
        steps = [Step("countries_in", {"region": c.state.last_of("region")})]
        if c.state.last_of("country"):
            steps.append(Step("_exclude", {"name": c.state.last_of("country")}))
        return ToolPlan(tuple(steps))
    subs_now = by_kind(c.mentions, "subtrend")
    if subs_now and "subtrend" in c.args and not c.inds and not c.trends:
        return ToolPlan((Step(c.step.tool, {**c.args, "subtrend": subs_now[0]}),) + c.last.steps[1:])

    return None


def _followup_those(c: SimpleNamespace) -> Plan | None:
    """Of those, their sub-trends, partners, region, same pair, rankings."""
    # "of those, which also have an AOSI?" / "which of them are not upstream?"
    if re.search(r"\b(those|these|them)\b", c.text) and "direction" in c.args and c.d:
        op = "subtract" if C.NEG.search(c.text) else "intersect"
        return ToolPlan(c.last.steps + (Step(c.step.tool, {**c.args, "direction": c.d if not c.d.endswith("_only") else c.d.split("_")[0]}, op),))
    if re.search(r"\bsub-?trends?\b", c.text) and not (_THEM.search(c.text) or _ITS.search(c.text)):
        ind = c.inds[0] if c.inds else c.args.get("industry") or c.state.last_of("industry")
        tr = c.trends[0] if c.trends else c.args.get("trend") or c.state.last_of("trend")
        if ind or tr:
            return ToolPlan((Step("subtrends_for", {"trend": tr, "industry": ind}),))
    if re.search(r"\bpartners?\b|\bpartner regions?\b", c.text) and (c.regions or c.state.last_of("region")):
        reg = c.regions[0] if c.regions else c.state.last_of("region")
        k = c.kind if c.kind in ("rd", "business") else "rd"
        if C.STRONGEST.search(c.text) or C.MOST.search(c.text):
            return ToolPlan((Step("partners", {"region": reg, "kind": k, "min_grade": "-"}), Step("_top", {})))
        g = C.grade_cue(c.text)
        args2 = {"region": reg, "kind": k, "min_grade": g[0] if g else "+"}
        if g and g[1] == "exact":
            args2["max_grade"] = g[0]
        return ToolPlan((Step("partners", args2),))
    if re.search(r"\bwhich region\b|\bwhat region\b", c.text) and not c.regions:
        country = c.state.last_of("country")
        if country:
            return ToolPlan((Step("region_of", {"country": country}),))
    if c.step.tool == "cooperation_grade" and c.kind in ("rd", "business") and not c.regions and \
            re.search(r"\bsame (pair|regions|countries)\b|\bside\b|^\s*(and|what about|how about)\b", c.text):
        return ToolPlan((Step("cooperation_grade", {**c.args, "kind": c.kind}),))
    if c.step.tool == "cooperation_grade" and len(c.regions) == 1 and re.search(r"\bwith\b", c.text):
        return ToolPlan((Step("cooperation_grade", {**c.args, "region_b": c.regions[0]}),))
    if c.step.tool in ("crossover_block", "subtrends_for") and (C.MOST.search(c.text) or C.LEAST.search(c.text)) and \
            re.search(r"\bticks?\b|\bmarks?\b|\bcross-?over|✓", c.text) and c.args.get("industry"):
        g = C.check_grade(c.text) or "✓"
        return ToolPlan((Step("rank_subtrends", {"industry": c.args["industry"], "grade": g}),))
    return None


def _followup_elliptic(c: SimpleNamespace) -> Plan | None:
    """An elliptic follow-up: the previous step with the names or direction changed."""
    elliptic = (bool(C.FOLLOW.search(c.text)) or len(re.findall(r"\w+", c.text)) <= 5) and not _ITS.search(c.text)
    if not elliptic:
        return None
    new = dict(c.args)
    changed = False
    if c.d and "direction" in c.args and c.d != c.args["direction"]:
        new["direction"] = c.d
        changed = True
    if c.kind and "kind" in c.args and c.kind != c.args["kind"]:
        new["kind"] = c.kind
        changed = True
    for key, names in (("industry", c.inds), ("trend", c.trends)):
        if names and key in c.args:
            new[key] = names[0]
            changed = True
    countries_now = by_kind(c.mentions, "country")
    if c.regions:
        for key in ("region", "region_a"):
            if key in c.args:
                new[key] = c.regions[0]
                changed = True
                break
        else:
            if "country" in c.args and countries_now:
                new["country"] = countries_now[0]
                changed = True
    if c.inds and "industry" not in c.args and c.step.tool == "industries_for_trend":
        return ToolPlan((Step("matrix_cell", {"trend": c.args["trend"], "industry": c.inds[0],
                                              "direction": c.args.get("direction", "downstream") if c.args.get("direction") in ("downstream", "upstream", "aosi") else "downstream"}),))
    if c.trends and "trend" not in c.args and c.step.tool == "trends_for_industry":
        return ToolPlan((Step("matrix_cell", {"trend": c.trends[0], "industry": c.args["industry"],
                                              "direction": c.args.get("direction", "downstream") if c.args.get("direction") in ("downstream", "upstream", "aosi") else "downstream"}),))
    if changed:
        return ToolPlan((Step(c.step.tool, new),) + tuple(s for s in c.last.steps[1:] if s.tool == "restrict"))
    return None
    return None
