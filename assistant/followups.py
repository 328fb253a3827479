"""Follow-ups are frames with holes, completed from the conversation state: the previous turn's frame, the names
said so far (newest first) and the items of the last answer.

"and upstream?" keeps the previous names and focus and changes the relation; "what about medtech?" keeps the
relation and focus and changes the name of the same kind; "which do both of them push" takes the two names said
last, "the first one" the first item of the last answer. A question that names its own subject and relation,
or says it starts afresh, is new and inherits nothing. "of those" questions are combined with the previous plan
by the caller.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.frame import KIND_OF_FOCUS, Frame, Name
from assistant.plan import ToolPlan
from assistant.spot import spot
from assistant.state import State
from assistant.swaps import figure_said, grade_only
from assistant.swaps import instead as instead_of
from assistant.understand.relation import relation

_MATRIX = ("downstream", "upstream", "aosi")
# the kinds of name each relation's tables take
KINDS_OF_RELATION = {
    "downstream": {"industry", "trend"}, "upstream": {"industry", "trend"}, "aosi": {"industry", "trend"},
    "subtrends": {"industry", "trend", "subtrend", "parameter"}, "crossover": {"industry", "subtrend", "parameter"},
    "rd": {"region", "country"}, "business": {"region", "country"}, "membership": {"region", "country"}}


def end_of_last(frame: Frame, last: Frame) -> bool:
    """One end of the last answer asked with "which one"/"which of them" and nothing else: no name, relation or
    count of its own."""
    agg = frame.aggregation
    return bool(frame.followup.of_those and not frame.names and not frame.relation_said and last.names) and \
        agg is not None and agg.kind in ("most", "least") and agg.n is None and frame.followup.nth is None and \
        frame.followup.group is None


def _one_end(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"which one is strongest", "which of them is weakest": asked like "strongest one?" of the last question."""
    return _on_last_names(frame, last) if end_of_last(frame, last) else None


def _on_last_names(frame: Frame, last: Frame) -> Frame:
    """The question asked again of the last turn's names and table: "which regions are at least medium strong"."""
    said = [s.relation for s in frame.scope if not s.negated]
    rel = frame.relation or (said[0] if len(said) == 1 else None) or (None if said else last.relation)
    return replace(frame, names=_referred(frame, last.names), focus=frame.focus or last.focus, relation=rel,
                   combination=frame.combination or last.combination,
                   intent=frame.intent if frame.intent != "unknown" else last.intent)


def complete(frame: Frame, state: State) -> Frame | None:
    """The frame with its holes filled from the conversation; None when it has no hole this can fill."""
    last = state.last_frame
    if last is None or frame.followup.switch or frame.names_own_subject():
        return None
    frame = _noun_of_reference(frame)
    for fill in (_one_end, _group, _nth, _named_item, _items, grade_only):
        done = fill(frame, last, state)
        if done is not None:
            return done
    if not frame.names and (frame.followup.pronoun or frame.followup.of_those) and last.names:
        done = _pronouns(frame, last) or _among(frame, last)
        if done is not None or not (_THERE.search(frame.text) or _THAT_NAME.search(frame.text) or
                                    _asks_its_kind(frame, last)) or \
                _answered(last, state) == last:
            return done  # "there", "that region" may be the place the last answer named ("which region is X in")
    if not frame.names and frame.followup.pronoun and _answered(last, state).names:  # "it": the name answered
        return _pronouns(frame, _answered(last, state))
    kept = _missing_kind(frame, state) or _pronoun_beside(frame, last, state) or figure_said(frame, last)
    if kept is not None:
        return kept
    if frame.names and frame.relation_said and frame.focus is None and frame.followup.of_those and last.focus:
        return replace(frame, focus=last.focus)  # "which of those don't drive medtech": the last answer's kind
    if frame.names and not frame.relation_said and frame.focus is None and frame.followup.of_those and last.focus and \
            last.relation is not None:  # "which of those rank highest for logistics too": the last table;
        # "… under the same trend": the last turn's name of that kind too
        same = _referred(frame, tuple(n for n in last.names if n.kind not in frame.kinds)) \
            if _THAT_NAME.search(frame.text) else ()
        return replace(frame, names=frame.names + same, focus=last.focus, relation=last.relation)
    whole = _whole_figure(frame, last)
    if whole is not None:
        return whole
    if frame.followup.of_those or frame.followup.pronoun:
        return None
    if not frame.names and (frame.relation_said or frame.aggregation is not None) and last.names and \
            not _whole(frame):
        return _on_last_names(frame, last)
    instead = instead_of(frame, last)
    if instead is not None:
        return instead
    if frame.names and not frame.relation_said and frame.focus is None and last.relation is not None and \
            frame.kinds & KINDS_OF_RELATION.get(last.relation, frame.kinds) and \
            not _own_relation(frame, last):
        new_kinds = frame.kinds  # "… overall", "in total": the new name as a whole, nothing narrower kept
        kept = () if _OVERALL.search(frame.text) else tuple(n for n in last.names if n.kind not in new_kinds)
        return replace(last, text=frame.text, names=kept + frame.names, followup=frame.followup,
                       combination=frame.combination if len(frame.names) > 1 else None)
    return None


def _own_relation(frame: Frame, last: Frame) -> bool:
    """"is bulgaria in southeast europe" after a region's R&D partners: the question's own names read a relation
    other than the last one, and it compiles alone or names two kinds with no sign of leaning on the turn before;
    a new question, not the last one asked of new names."""
    if frame.relation in (None, last.relation):
        return False
    fu = frame.followup
    if len(frame.kinds) > 1 and not (fu.pronoun or fu.of_those):  # "and is hungary in X": both sides named
        from assistant.compile import compile_frame  # the compiler reads frames; followups only complete them

        return not (fu.opener or fu.short) or isinstance(compile_frame(frame), ToolPlan)
    return _whole(frame)


_OVERALL = re.compile(r"\b(overall|in total|altogether|all told|across the board|as a whole|all in all)\b")
# "that sub-trend", "this industry": of the names said before, the one of that kind
_THAT_NAME = re.compile(r"\b(?:that|this|the same) (?P<noun>sub-?trend|industry|sector|(?:mega )?trend|region|country|"
                        r"parameter)\b")
_NOUN_KIND = {"sector": "industry", "mega trend": "trend", "sub-trend": "subtrend", "subtrend": "subtrend"}


_SAME_TABLE = re.compile(r"\b(?:that|this|the same) (?:figure|table|matrix|chart)\b")


def _noun_of_reference(frame: Frame) -> Frame:
    """"the same trend", "that figure": the noun of a reference to the turn before is not what is asked for."""
    m = _THAT_NAME.search(frame.text)
    kind = _NOUN_KIND.get(m["noun"], m["noun"]) if m else None
    if kind is not None and KIND_OF_FOCUS.get(frame.focus or "") == kind or \
            frame.focus == "figures" and _SAME_TABLE.search(frame.text):
        return replace(frame, focus=None)
    return frame


def _referred(frame: Frame, names: tuple[Name, ...]) -> tuple[Name, ...]:
    """The names a follow-up takes from the turn before: only those of the kind it points at ("which industry is
    that sub-trend under": the sub-trend, not the parameter it was graded on), else all of them."""
    m = _THAT_NAME.search(frame.text)
    kind = _NOUN_KIND.get(m["noun"], m["noun"]) if m else None
    return tuple(n for n in names if n.kind == kind) or names


_SPEAKER = re.compile(r"\b(us|we|our|ours)\b")  # "with us": the user's own region, said in a turn before


def _whole(frame: Frame) -> bool:
    """A question over a whole figure with no sign of leaning on the turn before ("which mega trends have no
    upstream dots in figure 4"): it compiles on its own and takes no names from the conversation."""
    fu = frame.followup
    if fu.opener or fu.short or fu.pronoun or fu.of_those or fu.group or fu.nth is not None or \
            C.THAT_ANSWER.search(frame.text) or _SPEAKER.search(frame.text):
        return False
    from assistant.compile import compile_frame  # the compiler reads frames; followups only complete them

    return isinstance(compile_frame(frame), ToolPlan)


_ENDS = ("most", "least", "top", "nth")


def _whole_figure(frame: Frame, last: Frame) -> Frame | None:
    """"and which ones have none at all", "and the ones with only one tick?" after a question over a whole figure
    (no name in it): the same figure and kind of name, with the new words' own count or grade."""
    fu, agg = frame.followup, frame.aggregation
    if frame.names or last.names or frame.relation is not None or last.relation is None or fu.pronoun or \
            (agg is None and frame.grade is None) or not (fu.opener or fu.short or fu.of_those):
        return None
    if agg is not None and agg.kind in _ENDS or fu.nth is not None:  # the other end of a ranking, an item by place
        return None
    return replace(frame, relation=last.relation, relation_said=True, focus=frame.focus or last.focus,
                   scope=frame.scope or last.scope, intent=frame.intent if frame.intent != "unknown" else last.intent)


def _answered(last: Frame, state: State) -> Frame:
    """The last frame with the one name its answer gave ("which industry has the most …" → Digital Industries)
    as its subject, for "it" in the next turn; unchanged when the answer was not one name."""
    items = item_names(state)
    return replace(last, names=(items[0],)) if len(items) == 1 else last


# the kinds of name a relation's table needs together (Figure 6 lists sub-trends per trend × industry)
_NEEDS = {"subtrends": ("trend", "industry")}


def _missing_kind(frame: Frame, state: State) -> Frame | None:
    """"sub-trends for the co2 one?": a question that names one side of a table and leans on the turn before
    takes the other side from the names said last."""
    needs = _NEEDS.get(frame.relation or "")
    fu = frame.followup
    if not frame.names or needs is None or not (fu.of_those or fu.pronoun or fu.opener or fu.short):
        return None
    add = tuple(Name(k, c, "", 0, 0) for k in needs if k not in frame.kinds and (c := state.last_of(k)) is not None)
    if not add or len(add) + len(frame.kinds & set(needs)) < len(needs):
        return None
    return replace(frame, names=frame.names + add)


def _group(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"both of them", "either of those", "those two": the last answer's two items when they are names that
    are not what is asked for, else the two names of the previous subject's kind said last."""
    m = C.GROUP_REF.search(frame.text) or _PLURAL.search(frame.text)
    if m is None or frame.followup.group is None:
        return None
    focus = frame.focus or last.focus
    items = item_names(state)
    asked = KIND_OF_FOCUS.get(focus or "")
    if len(items) == 2 and items[0].kind != asked:
        group = [n.canonical for n in items]
        kind: str | None = items[0].kind
    else:
        kind = last.names[0].kind if last.names and last.names[0].kind != asked else None
        group = list(reversed((state.last_entities.get(kind or "") or [])[:2]))
    if kind is None or len(group) < 2 or any(n.kind == kind for n in frame.names):
        return None
    placed = tuple(Name(kind, c, m[0], m.start(), m.end()) for c in group)
    comb = frame.followup.group if frame.followup.group != "and" else (frame.combination or "and")
    if comb == "both" and frame.intent == "compare":  # "what do the two have in common": the shared items
        frame = replace(frame, intent="list")
    return _with_names(frame, last, tuple(sorted(frame.names + placed, key=lambda n: n.start)), focus, comb)


def _nth(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"the first one", "the last one": that item of the last answer, where the words stand."""
    m = C.NTH_REF.search(frame.text)
    item = nth_item(frame, state)
    if m is None or item is None:
        return None
    placed = (Name(item.kind, item.canonical, m[0], m.start(), m.end()),)
    names = tuple(sorted(frame.names + placed, key=lambda n: n.start))
    if frame.aggregation is not None and frame.aggregation.kind == "nth":
        frame = replace(frame, aggregation=None)  # the ordinal picked the name; it ranks nothing
    if not frame.relation_said:
        return replace(frame, names=names, relation=frame.relation or last.relation, focus=frame.focus or last.focus,
                       intent=frame.intent if frame.intent != "unknown" else last.intent)
    return replace(frame, names=names, relation=relation(frame.text, names, frame.figure, frame.focus))


_THE_ONE = re.compile(r"\bthe (?P<word>[\w-]+(?: [\w-]+)?) (one|hot[- ]?spot|row|entry|trend|industry)\b")


def _named_item(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"the carbon one", "the geo one": the one item of the last answer (or name said before) whose own words
    begin with the word given, where the words stand."""
    m = _THE_ONE.search(frame.text)
    if m is None or any(n.start < m.end() and m.start() < n.end for n in frame.names):
        return None
    word = m["word"].split()[-1]
    pool = item_names(state) or list(last.names)
    hits = {n.canonical: n for n in pool if any(w.startswith(word) for w in re.findall(r"[\w-]+", n.canonical.lower()))}
    if len(hits) != 1:
        return None
    hit = next(iter(hits.values()))
    names = tuple(sorted(frame.names + (Name(hit.kind, hit.canonical, m[0], m.start(), m.end()),),
                         key=lambda n: n.start))
    done = replace(frame, names=names)
    return _missing_kind(done, state) or done


_PLURAL = re.compile(r"\b(those|these|them|they)\b")


def _items(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"which industries do those trends hit", "which trends shape them": the last answer's items stand where the
    plural pronoun is, when the question asks for another kind than they are (taken together: any of them)."""
    m = _PLURAL.search(frame.text)
    items = item_names(state)
    if m is None or not items or frame.focus is None or KIND_OF_FOCUS.get(frame.focus) in (None, items[0].kind) or \
            any(n.kind == items[0].kind for n in frame.names) or C.ALSO.search(frame.text):
        return None
    placed = tuple(Name(n.kind, n.canonical, m[0], m.start(), m.end()) for n in items)
    names = tuple(sorted(frame.names + placed, key=lambda n: n.start))
    comb = frame.combination if frame.combination in ("and", "both") else "or"
    return _with_names(frame, last, names, frame.focus, comb if len(items) > 1 else None)


def nth_item(frame: Frame, state: State) -> Name | None:
    """The item of the last answer "the second one" points at, if the answer listed names."""
    items, n = item_names(state), frame.followup.nth
    if n is None or not items or n > len(items):
        return None
    return items[n - 1 if n > 0 else -1]


def item_names(state: State) -> list[Name]:
    """The last answer's items that are names of the report (all of one kind), in the answer's order."""
    out = []
    for item in state.last_items:
        if not isinstance(item, str):
            return []
        hit = next((m for m in spot(item) if m.canonical == item), None)
        if hit is None:
            return []
        out.append(Name(hit.kind, item, item, 0, 0))
    return out if len({n.kind for n in out}) == 1 else []


_THERE = re.compile(r"\bthere\b")
_PRONOUN = re.compile(r"\b(it|its|they|them|their|there|that industry|this industry|that trend|this trend|that region|"
                      r"this region|that country|this country)\b")


def _pronouns(frame: Frame, last: Frame) -> Frame | None:
    """"which does it push back on": the previous turn's names stand where the pronouns are, so the relation is
    read with them in place (who acts on whom)."""
    spots = list(_PRONOUN.finditer(frame.text))
    last = _not_asked(frame, last)  # "which other industries have it" after a trend and an industry: the trend
    # one subject: names of one kind, or one text read two ways ("big data" the trend and the sub-trend)
    if not spots or len({n.kind for n in last.names}) > 1 and len({(n.start, n.end) for n in last.names}) > 1:
        return None
    said = spots[0][0].split()[-1]
    that = _THAT_NAME.search(frame.text)
    that_kind = _NOUN_KIND.get(that["noun"], that["noun"]) if that else None
    if that_kind is not None and that_kind != last.names[0].kind or _asks_its_kind(frame, last) and that is None:
        return None  # "which countries are in it/that region" after a country: not the country; the caller looks on
    if said in ("industry", "trend", "region", "country") and said != last.names[0].kind or \
            said == "there" and last.names[0].kind not in ("region", "country"):
        return None
    names = tuple(Name(n.kind, n.canonical, m[0], m.start(), m.end()) for m in spots[:1] for n in last.names[:1])
    focus = frame.focus or (last.focus if last.relation in _MATRIX else None)
    if KIND_OF_FOCUS.get(frame.focus or "") == names[0].kind and last.relation in _MATRIX:
        focus = last.focus  # "for that trend": the pronoun's own noun, not what is asked for
    return _with_names(frame, last, names, focus, frame.combination)


def _not_asked(frame: Frame, last: Frame) -> Frame:
    """The last frame with only the names a pronoun can stand for: not those of the kind the question asks for
    ("which industries have it": "it" is no industry), when names of another kind remain."""
    asked = KIND_OF_FOCUS.get(frame.focus or "")
    rest = tuple(n for n in last.names if n.kind != asked)
    return replace(last, names=rest) if asked and rest and len(rest) < len(last.names) else last


def _among(frame: Frame, last: Frame) -> Frame | None:
    """"and which of those are AOSIs", "of those, which does it push upstream too": an "of those" question with a
    relation of its own and no names is asked of the last turn's names (its subject), about the same kind of
    item; the caller keeps the answer inside the last one."""
    if not frame.followup.of_those or frame.relation is None or not last.names or frame.aggregation is not None:
        return None  # "… not shaped by any trend upstream": a count of its own is over the whole figure
    return replace(frame, names=_referred(frame, last.names), focus=frame.focus or last.focus,
                   combination=frame.combination or last.combination)


# the kinds a pronoun beside names may stand for, the place names first ("its R&D links with Iberia")
_STANDS_FOR = ("region", "industry", "trend", "country")
_PAIRS = ("rd", "business")  # relations between two names of one kind


def _pronoun_beside(frame: Frame, last: Frame, state: State) -> Frame | None:
    """"how strong is its R&D cooperation with Iberia", "which of its sub-trends are very strong on information
    sharing": a pronoun beside the question's own names stands for the newest name said before of a kind the
    relation takes (the other side of a pair of regions, or the industry of a sub-trend table), placed where the
    pronoun is and the relation read again with it."""
    m = _PRONOUN.search(frame.text)
    rel = frame.relation
    if m is None or not frame.names or not frame.relation_said or rel not in KINDS_OF_RELATION:
        return None
    said = m[0].split()[-1]
    for kind in _STANDS_FOR:
        if _own_name_before(frame, kind, m.start()):  # "for central eastern - who's its best partner": that region
            return None
        name = state.last_of(kind)
        if kind not in KINDS_OF_RELATION[rel] or name is None or said in _STANDS_FOR and said != kind or \
                name in frame.given(kind) or kind in frame.kinds and rel not in _PAIRS:
            continue
        placed = Name(kind, name, m[0], m.start(), m.end())
        return _with_names(frame, last, tuple(sorted(frame.names + (placed,), key=lambda n: n.start)),
                           frame.focus, frame.combination)
    return None


def _own_name_before(frame: Frame, kind: str, at: int) -> bool:
    """The question asks for names of ``kind`` and says one of that kind before the pronoun: the pronoun is that
    name ("and for X - who's its best partner"), not the other side of a pair said in a turn before."""
    return KIND_OF_FOCUS.get(frame.focus or "") == kind and any(n.kind == kind and n.end <= at for n in frame.names)


def _asks_its_kind(frame: Frame, last: Frame) -> bool:
    """The question asks for names of the kind its pronoun's referent is ("which countries are in it" after a
    country), outside a pair relation, where a region's partners are regions: the pronoun means something else."""
    return KIND_OF_FOCUS.get(frame.focus or "") == last.names[0].kind and frame.relation not in _PAIRS and \
        not frame.names


def _with_names(frame: Frame, last: Frame, names: tuple[Name, ...], focus, combination) -> Frame:
    """The frame with the inherited names in place, the relation read again with them where the words stand."""
    focus = focus or last.focus
    rel = relation(frame.text, names, frame.figure, focus) or last.relation
    return replace(frame, names=names, focus=focus, relation=rel, relation_said=True, combination=combination,
                   intent=frame.intent if frame.intent != "unknown" else last.intent)
