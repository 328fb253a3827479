"""Where a reading guesses, the answer says so: a check of a claim the plan does not compare, a pronoun or "both
of them" nothing in the conversation fills, a reference the passage search left unread. Each marks the answer
unsure (the part it can answer is still shown) and adds to its reading the words it did not read."""

from __future__ import annotations

import re

from assistant.answer import Alternative, Answer
from assistant.contrary import below_asked, grade_negated, top_for_count
from assistant.coverage import coverage
from assistant.cues import KIND_NOUNS, PRONOUN_REF
from assistant.frame import Frame
from assistant.leadquote import pointed_at
from assistant.plan import Recall, ToolPlan
from assistant.pointing import THOSE, carried, dropped, outside_those, points_inside, reference_unread
from assistant.reading import KIND_WORDS
from assistant.signals import doubted, raised, recording_on, unsure
from assistant.state import State
from assistant.understand import read
from assistant.understand.check import check
from assistant.understood import NAME_KEYS
from assistant.unread import names_unread


def doubt(ans: Answer, plan, frame: Frame, state: State) -> None:
    """Mark the answer unsure where its reading guessed (before ``understood.annotate`` prefaces unsure answers)."""
    if getattr(plan, "sure", True) is False:
        raised(f"plan.guess.{ans.route}")  # a cue rule's guess, a search with a subject guessed from the turn before
    if _counts_shown(ans, plan, frame):
        raised("+counts.both_shown")
        ans.sure = True
    elif not ans.sure:
        raised(f"answer.{ans.route}")  # unsure as it was made: a weak passage search, a table with two counts
    _unchecked(ans, plan, frame)
    _kind_guessed(ans, plan, frame, state)
    _recalled(ans, plan, state)
    _figure_unrecalled(ans, plan, frame)
    _unfilled(ans, plan, frame, state)
    _ambiguous(ans, plan, frame, state)
    if ans.route == "tool" and isinstance(plan, ToolPlan) and (ans.sure or recording_on()):
        for name, check in _AFTER:
            said = check(ans, plan, frame, state)
            if said:
                doubted(ans, f"doubts.{name}", f"not read: {said}")
                if not recording_on():
                    return


# a count the question states itself ("is it really 12", "twelve areas"), not the number of a figure, section or page
_STATED = re.compile(r"(?<!\bfig )(?<!\bfig\. )(?<!\bfigure )(?<!\bsection )(?<!\bchapter )(?<!\bpage )(?<!§)"
                     r"\b\d+(?:\.\d+)*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"thirteen|fourteen|fifteen|twenty|dozen)\b")


def _counts_shown(ans: Answer, plan, frame: Frame) -> bool:
    """"how many AOSIs are there": a one-step table answer that ``render`` made unsure because the report counts the
    same cells twice (the figure's marks, the text's number) shows both counts, each named; for a question that asks
    the count or the list and states no count of its own that is no guess, nor for a how-many beside the text's count
    ("the text says 12 - how many does fig 5 mark": both are shown). A stated count checked by a yes or no ("is it
    really 12") stays unsure (unless ``render`` settled it)."""
    text = (frame.asked or frame.text).lower()
    return ans.route == "tool" and not ans.sure and isinstance(plan, ToolPlan) and len(plan.steps) == 1 and \
        frame.intent in ("count", "list") and bool(ans.notes) and not ans.passages and \
        (not _STATED.search(text) or _HOW_MANY.search(text) is not None and not _YES_NO_CLAUSE.search(text))


_HOW_MANY = re.compile(r"\bhow many\b")
# a clause that asks yes or no ("… 12 AOSIs; is that what the matrix shows?"): a stated count checked, not counted
_YES_NO_CLAUSE = re.compile(r"(?:^|[.;:?!\u2013\u2014-]\s*)(?:is|are|does|do|did|was|were|has|have)\b")


# the typed steps that check a claim against the table: counts of several names, one pair in two figures, grades
# of several names, every row at one grade, every listing one name's
_COMPARING = ("_compare", "_compare_kinds", "_stronger", "_all_grade", "_only", "_versus", "grade_differences")


def _unchecked(ans: Answer, plan, frame) -> None:
    """A check of a claim ("is that the same as …", "does the table back that") that the plan answers only
    part of: the part is shown, marked unsure, and the reading says what was not compared."""
    said = check(frame.text)
    if said is None or ans.route != "tool" or not isinstance(plan, ToolPlan) or \
            any(s.tool in _COMPARING for s in plan.steps):
        return
    unsure(ans, "doubts.unchecked", f"not compared: \u201c{said}\u201d \u2014 this shows only the table's side")


def _kind_guessed(ans: Answer, plan, frame: Frame, state: State) -> None:
    """A first question about cooperation that says neither R&D nor business, nor a figure ("who does poland cooperate
    with most"), answered from one of the two matrices: which one was meant is a guess; the other is offered."""
    if ans.route != "tool" or not isinstance(plan, ToolPlan) or state.turns or frame.figure is not None:
        return
    kinds = {s.args.get("kind") for s in plan.steps} & set(KIND_WORDS)
    if len(kinds) != 1 or {s.relation for s in frame.scope} & set(KIND_WORDS):
        return
    kind = kinds.pop()
    other = next(k for k in KIND_WORDS if k != kind)
    unsure(ans, "doubts.cooperation_kind_guessed",
           f"read as {KIND_WORDS[kind]} cooperation; the question says neither R&D nor business")
    words = KIND_WORDS[other]
    ans.alternatives = [*ans.alternatives, Alternative(f"The same for {words} cooperation",
                                                       f"{frame.text.strip().rstrip('?')} in {words} cooperation?")][:3]


def _recalled(ans: Answer, plan, state: State) -> None:
    """"which figure is that from, and what page" after a table answer whose plan was itself a guess (a cue rule's,
    not a reading of the question): its figure may not be the one the question was about, so its sources are a
    guess too. (An answer unsure for a word it did not read still cites the right figure.)"""
    last, before = state.last_answer, state.last_plan  # a recall leaves the plan of the turn before in place
    if isinstance(plan, Recall) and last is not None and last.route == "tool" and not last.sure and \
            isinstance(before, ToolPlan) and not before.sure:
        unsure(ans, "doubts.recalled_unsure", "the sources of the answer before, whose table was a guess")


# a figure asked for by any of its names: "which figure / fig / chart / diagram / table is that in"
_FIGURE_ASKED = re.compile(r"\b(?:fig(?:ure)?s?|charts?|diagrams?|graphs?|tables?|matri(?:x|ces))\b")


def _figure_unrecalled(ans: Answer, plan, frame: Frame) -> None:
    """"which figure is that in" after a passage answer: the sources recalled name sections only, no figure, so the
    figure asked for is not among them."""
    if isinstance(plan, Recall) and _FIGURE_ASKED.search(frame.text) and not any(c.figure for c in ans.citations):
        unsure(ans, "doubts.figure_unrecalled", "the figure asked \u2014 the sources before name none")


_PAIR_REF = re.compile(r"\b(?:both|either|neither) (?:of )?(?:them|those|these|the two)\b|\b(?:those|these|the) two\b|"
                       r"\bbetween (?:them|those|these)\b")


def _unfilled(ans: Answer, plan, frame, state: State) -> None:
    """"and their r&d partners" with nothing in the conversation that "their" can stand for: the plan answered the
    words without it, a guess at best; unsure, and the reading says which word was not read."""
    fu = frame.followup
    pointed = pointed_at(frame.text)  # "in that chain": the turn before's thing, by a demonstrative
    if ans.route == "retrieval" and (fu.pronoun or fu.of_those or pointed) and state.turns and \
            not isinstance(plan, Recall):  # "what page is that table on": the sources of the answer before
        said = [m[0] for m in PRONOUN_REF.finditer(frame.text) if m[0] != "there"] + THOSE.findall(frame.text)
        said += [pointed] if pointed else []
        used = any(n in ans.reading for names in state.last_entities.values() for n in names) or \
            bool(state.topic and f"about {state.topic}" in ans.reading)  # searched with it (assistant.topic)
        if said and not used:  # the passages were searched with the words as they are, the reference left unread
            doubted(ans, "doubts.unfilled_search", f"not read: \u201c{said[0]}\u201d \u2014 searched without the turn before")
        return
    if ans.route != "tool" or not isinstance(plan, ToolPlan) or not state.turns and points_inside(frame):
        return
    taken = {v for s in plan.steps for k, v in s.args.items() if k in NAME_KEYS and isinstance(v, str)}
    taken |= carried(plan, state)  # "where does it start" after "which section …": the section, carried over
    said = [m[0] for m in PRONOUN_REF.finditer(frame.text) if m[0] != "there"] if frame.followup.pronoun else []
    why = "nothing said before that it stands for"
    kept = any(s.tool == "restrict" for s in plan.steps)  # "any of those": the last answer's items, however many
    if frame.followup.group is not None and len(taken) < 2 and not kept and (state.turns or _PAIR_REF.search(frame.text)):
        # "both of them" with one name to hand; in a first question only a pair pointed at ("those two regions"):
        # "all of them", "give both", "both shaped by X and …" there quantify the answer or join two clauses
        said, why = [frame.followup.group + " of them"], "fewer than two names said before"
    elif said and _kind_unbound(said, plan):  # "that trend" while the plan reads no trend at all
        why = "the plan reads nothing of that kind"
    elif not said or frame.names or taken or _compares_last(plan, state):  # no pronoun, or its name is in the plan
        return  # (taken from the conversation), or it is the last answer the plan compares with
    unsure(ans, "doubts.unfilled", f"not read: \u201c{said[0]}\u201d \u2014 {why}")


def _compares_last(plan: ToolPlan, state: State) -> bool:
    """"is it more or fewer in the business matrix": the plan counts the turn before's own step again to compare
    with it (a ``_versus`` over its tool), so "it" is the last answer."""
    before = state.prev_plan
    return isinstance(before, ToolPlan) and len(before.steps) == 1 and \
        any(s.tool == "_versus" and s.args.get("tool") == before.steps[0].tool for s in plan.steps)


_KIND = {"sector": "industry", "area": "region"}  # the kind a "that …" noun names
_KIND_WORD = re.compile(r"\b(?:that|this) (" + KIND_NOUNS + r")\b")
_ARG_KINDS = {"industry": ("industry", "industries"), "trend": ("trend", "trends"),
              "region": ("region", "region_a", "region_b", "regions"), "country": ("country", "countries")}


def _kind_unbound(said: list[str], plan: ToolPlan) -> bool:
    """A "that <kind>" reference whose kind no step of the plan takes as an argument."""
    args = {k for s in plan.steps for k, v in s.args.items() if v}
    for word in said:
        m = _KIND_WORD.match(word)
        kind = m and _KIND.get(m[1], m[1])
        if kind and not args & set(_ARG_KINDS[kind]):
            return True
    return False


_SINGULAR = re.compile(r"\b(it|its|(?:that|this) (?P<kind>region|country|industry|trend|sector))\b")


def _ambiguous(ans: Answer, plan, frame: Frame, state: State) -> None:
    """"why is that region so weak" after a turn that named two regions: the answer took one of them; which one
    was meant is a guess, so it is unsure and the reading names the other."""
    prev, m = state.last_frame, _SINGULAR.search(frame.text)
    if prev is None or m is None or frame.names or not frame.followup.pronoun or ans.route == "refuse":
        return
    kinds = [_KIND.get(m["kind"], m["kind"])] if m["kind"] else list(dict.fromkeys(n.kind for n in prev.names))
    for kind in kinds:
        said = prev.given(kind)
        if len(said) < 2:
            continue
        if isinstance(plan, ToolPlan):
            used = [n for n in said if any(v == n for s in plan.steps for v in s.args.values())]
        else:
            used = [n for n in said if n in ans.reading]
        if len(used) == 1:
            others = ", ".join(n for n in said if n != used[0])
            unsure(ans, "doubts.ambiguous", f"read \u201c{m[0]}\u201d as {used[0]}; the turn before also named {others}")
            return


def _repeated(plan: ToolPlan, frame: Frame, state: State) -> str | None:
    """"which industry is that under again" answered by running the last plan once more: the question asks for
    another kind of thing (its focus) than the last answer gave, so the new words were not read."""
    last = state.last_frame  # the turn before (``state.last_plan`` already holds this turn's plan)
    if plan != state.prev_plan or last is None:
        return None
    if frame.focus is not None and frame.focus != last.focus:
        return f"the {frame.focus} asked \u2014 this repeats the last answer"
    new = _new_words(plan, frame)  # "over what period were they assessed": words of its own, the last plan again
    return f"{', '.join(new[:3])} \u2014 this repeats the last answer" if len(new) >= _NEW_WORDS else None


# one unread word beside the last plan re-run is a way of asking ("in total", "better than weak"); two are a topic
_NEW_WORDS = 2


def _new_words(plan: ToolPlan, frame: Frame) -> list[str]:
    """The question's own topic words (the report's words beyond its everyday vocabulary) that the plan never
    reads."""
    from assistant.coverage import common
    from assistant.unread import read_by_plan

    cov = coverage(frame, frame.text)
    return [w for w in cov.unused if not common(w) and not read_by_plan(w, plan)]


def _swapped(plan: ToolPlan, frame: Frame, state: State) -> str | None:
    """"same for X", "and X?": only a name changes, so the last answer's table should be read again for it; a plan
    with another tool answered something else."""
    fu, before = frame.followup, state.prev_plan
    if not fu.opener or fu.switch or frame.relation_said or frame.focus is not None or not frame.names or \
            not isinstance(before, ToolPlan) or before.steps[0].tool == plan.steps[0].tool:
        return None
    return f"\u201c{frame.names[0].text}\u201d in place of the last question's name \u2014 another table was read"


_ONE = re.compile(r"\b(?:which|what) one\b|\bthe one\b")


def _one_of_many(ans: Answer, frame: Frame) -> str | None:
    """"which one …" answered with several names and no pick among them."""
    if _ONE.search(frame.text) is None or len(ans.items) < 2 or ans.value is not None:
        return None
    return "which one \u2014 several are listed, none picked"


def _inherits_unread(plan: ToolPlan, frame: Frame, state: State) -> str | None:
    """"and for business?" after a turn whose plan left a name of its question unread ("northern and central western
    europe" read as one region): this turn takes that plan's names, so it answers the same smaller question."""
    last, before = state.last_answer, state.prev_plan
    if last is None or last.route != "tool" or not isinstance(before, ToolPlan) or not last.question:
        return None
    given = {n.canonical for n in frame.names}
    taken = {v for s in plan.steps for k, v in s.args.items() if k in NAME_KEYS and isinstance(v, str)} - given
    if not taken & {v for s in before.steps for v in s.args.values() if isinstance(v, str)}:
        return None
    prev = read(last.question)
    said = names_unread(before, prev, coverage(prev, last.question))
    return f"{said}, in the turn before" if said else None


# a name kind and the kinds that contain it: a sub-trend sits in an industry's hot-spot under a trend
_WITHIN = {"subtrend": ("industry", "trend")}


def _kept_narrower(plan: ToolPlan, frame: Frame) -> str | None:
    """"how many ✓✓ does blue growth have overall" after a question about one of its sub-trends: the question names
    only the wider thing, yet the plan kept the narrower one from the turn before."""
    said = {n.kind for n in frame.names}
    for kind, wider in _WITHIN.items():
        kept = [v for s in plan.steps for k, v in s.args.items() if k == kind and isinstance(v, str)]
        if kept and kind not in said and said & set(wider) and not _words_said(kept[0], frame.text):
            return f"\u201c{kept[0]}\u201d kept from the turn before \u2014 the question names only a wider one"
    return None


def _words_said(name: str, text: str) -> bool:
    """A word of the name (beyond fillers and the report's everyday words) is in the question ("the prosument one")."""
    from assistant.coverage import FILLER, common, stem

    said = {stem(w) for w in re.findall(r"[a-z][\w'-]*", text)}
    return any(stem(w) in said for w in re.findall(r"[a-z][\w'-]*", name.lower()) if w not in FILLER and not common(w))


# two of the report's figures said at once: "in both matrices", "weak on both sides", "both directions"
_BOTH_FIGURES = re.compile(r"\bboth (?:the )?(?:sides|matri(?:x|ce)s|directions|figures|tables|charts|diagrams|grids)\b")


def _one_side(ans: Answer, frame: Frame) -> str | None:
    """"which partners are weak in both matrices" answered from one figure: the other side was never read."""
    m = _BOTH_FIGURES.search(frame.text.lower())
    if m is None or len({c.figure for c in ans.citations if c.figure}) > 1:
        return None
    return f"\u201c{m[0]}\u201d \u2014 this reads one figure only"


# the checks of a table answer that reads the turn before, in order: the first that fires says what was not read
_AFTER = (("repeated", lambda ans, plan, frame, state: _repeated(plan, frame, state)),
          ("swapped", lambda ans, plan, frame, state: _swapped(plan, frame, state)),
          ("one_of_many", lambda ans, plan, frame, state: _one_of_many(ans, frame)),
          ("one_side", lambda ans, plan, frame, state: _one_side(ans, frame)),
          ("grade_negated", lambda ans, plan, frame, state: grade_negated(ans, plan, frame)),
          ("below_asked", lambda ans, plan, frame, state: below_asked(ans, plan)),
          ("top_for_count", lambda ans, plan, frame, state: top_for_count(ans, plan, frame)),
          ("inherits_unread", lambda ans, plan, frame, state: _inherits_unread(plan, frame, state)),
          ("kept_narrower", lambda ans, plan, frame, state: _kept_narrower(plan, frame)),
          ("reference_unread", reference_unread),
          ("outside_those", outside_those),
          ("dropped", dropped))
