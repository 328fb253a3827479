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
from assistant.hotspot_said import hotspot_said
from assistant.opentable import open_table
from assistant.plan import ToolPlan
from assistant.pronouns import THERE, among, asks_its_kind, group_named, pronoun_beside, pronouns
from assistant.referents import (  # KINDS_OF_RELATION, item_names, nth_item: other modules import them from here
    KINDS_OF_RELATION,
    MATRIX,
    NOUN_KIND,
    THAT_NAME,
    item_names,
    nth_item,
    referred,
    with_names,
)
from assistant.rowhole import row_hole
from assistant.state import State
from assistant.swaps import ROW_CELLS, figure_said, grade_only, two_ways
from assistant.swaps import instead as instead_of
from assistant.understand.relation import relation


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
    names = referred(frame, last.names)
    other = KIND_OF_FOCUS.get(frame.focus or "") if _OTHER_KIND.search(frame.text) else None
    if other and any(n.kind != other for n in names):  # "which other industries share it": the industry said is
        names = tuple(n for n in names if n.kind != other)  # one of the answers, not a constraint
    combination = frame.combination or last.combination
    return replace(frame, names=names, focus=frame.focus or last.focus, relation=rel,
                   combination=combination if len({n.canonical for n in names}) > 1 else None,
                   intent=frame.intent if frame.intent != "unknown" else last.intent)


_OTHER_KIND = re.compile(r"\b(other|else)\b")


def complete(frame: Frame, state: State) -> Frame | None:
    """The frame with its holes filled from the conversation; None when it has no hole this can fill. A table the
    follow-up names itself wins over the last one: "the matrix" the last question named its table by is not asked
    of the other table ("upstream matrix: what does X push" then "and downstream, what pushes it?")."""
    done = _complete(frame, state)
    last = state.last_frame
    if done is None or last is None or frame.focus is not None or done.focus != "figures" or \
            last.focus != "figures" or not frame.relation_said or frame.relation in (None, last.relation) or \
            frame.figure is not None:
        return done
    return replace(done, focus=None)


def _complete(frame: Frame, state: State) -> Frame | None:
    last = state.last_frame
    if last is None or frame.followup.switch:
        return None
    if frame.names_own_subject():  # "the X cell looks odd - single or double tick?": the last row's cell
        return row_hole(frame, last, state)
    frame = _noun_of_reference(frame, last)
    for fill in (hotspot_said, _one_end, _group, _nth, _named_item, _items, row_hole, _that_group, open_table,
                 grade_only):
        done = fill(frame, last, state)
        if done is not None:
            return done
    if not frame.names and (frame.followup.pronoun or frame.followup.of_those) and last.names:
        done = pronouns(frame, last) or among(frame, last)
        if done is not None or not (THERE.search(frame.text) or THAT_NAME.search(frame.text) or
                                    asks_its_kind(frame, last)) or \
                _answered(last, state) == last:
            return done  # "there", "that region" may be the place the last answer named ("which region is X in")
    if not frame.names and frame.followup.pronoun and _answered(last, state).names:  # "it": the name answered
        return pronouns(frame, _answered(last, state))
    kept = _missing_kind(frame, state) or pronoun_beside(frame, last, state) or figure_said(frame, last)
    if kept is not None:
        return kept
    if frame.names and frame.relation_said and frame.focus is None and frame.followup.of_those and last.focus:
        return replace(frame, focus=last.focus)  # "which of those don't drive medtech": the last answer's kind
    if frame.names and not frame.relation_said and frame.focus is None and frame.followup.of_those and last.focus and \
            last.relation is not None:  # "which of those rank highest for logistics too": the last table;
        # "… under the same trend": the last turn's name of that kind too
        same = referred(frame, tuple(n for n in last.names if n.kind not in frame.kinds)) \
            if THAT_NAME.search(frame.text) else ()
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
    return _new_name(frame, last)


def _new_name(frame: Frame, last: Frame) -> Frame | None:
    """"what about X?", "and X, in either direction?", "how many does X have?": the last question asked of a new
    name of a kind its table takes, with the relations and the count the words say themselves."""
    if not frame.names or frame.relation_said or frame.focus is not None or last.relation is None or \
            not frame.kinds & KINDS_OF_RELATION.get(last.relation, frame.kinds) or _own_relation(frame, last):
        return None
    new_kinds = frame.kinds  # "… overall", "in total": the new name as a whole, nothing narrower kept
    kept = () if _OVERALL.search(frame.text) else tuple(n for n in last.names if n.kind not in new_kinds)
    ways = {"relation": frame.relation, "scope": frame.scope, "combination": frame.combination} \
        if two_ways(frame) else {"combination": frame.combination if len(frame.names) > 1 else None}
    if frame.intent == "count" and last.relation in MATRIX:  # "how many does X have?": a count, not the last list
        ways |= {"intent": "count", "focus": None if last.focus == "figures" else last.focus}
    return replace(last, text=frame.text, names=kept + frame.names, followup=frame.followup, **ways)


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


_SAME_TABLE = re.compile(r"\b(?:that|this|the same) (?:figure|table|matrix|chart)\b")


def _noun_of_reference(frame: Frame, last: Frame) -> Frame:
    """"the same trend", "that figure": the noun of a reference to the turn before is not what is asked for; nor
    are "its cells" after one row (a sub-trend's Figure 7 profile, a region's partners): they are that row's
    entries, whatever its table calls them."""
    if frame.focus == "pairs" and not frame.names and last.names and ROW_CELLS.search(frame.text):
        return replace(frame, focus=None)
    m = THAT_NAME.search(frame.text)
    kind = NOUN_KIND.get(m["noun"], m["noun"]) if m else None
    if kind is not None and KIND_OF_FOCUS.get(frame.focus or "") == kind or \
            frame.focus == "figures" and _SAME_TABLE.search(frame.text):
        return replace(frame, focus=None)
    return frame




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
            (agg is None and frame.grade is None) or not (fu.opener or fu.short or fu.of_those or _bare(frame)):
        return None
    if agg is not None and agg.kind in _ENDS or fu.nth is not None:  # the other end of a ranking, an item by place
        return None
    return replace(frame, relation=last.relation, relation_said=True, focus=frame.focus or last.focus,
                   grade=frame.grade or last.grade,
                   scope=frame.scope or last.scope, intent=frame.intent if frame.intent != "unknown" else last.intent)


def _bare(frame: Frame) -> bool:
    """"which hit at least five": a count or a grade with nothing to read it in (no name, table or kind of name of its
    own) leans on the turn before, whatever its first words."""
    return not frame.names and frame.relation is None and frame.focus is None and frame.figure is None


def _that_group(frame: Frame, last: Frame, state: State) -> Frame | None:
    return group_named(frame, _answered(last, state))  # "how many countries are in that group": the region answered


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
    return with_names(frame, last, tuple(sorted(frame.names + placed, key=lambda n: n.start)), focus, comb)


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
    return with_names(frame, last, names, frame.focus, comb if len(items) > 1 else None)






