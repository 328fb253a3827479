"""Words of the question that the table plan never read, though they change what is asked: a part of the report's
prose the question quotes ("the conclusion says …"), a second thing joined to a name by "and"/"or"/"/" that the
spotter missed ("northern and northwest europe"), an abbreviation of a name the plan never took ("CWE"), a question
about a figure answered with its caption only, and a count answered with one value. Each makes a tool answer unsure
and names the words in its reading; the answer is still shown."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.abbreviations import expansion
from assistant.answer import Answer
from assistant.choices import choice_unanswered
from assistant.contrary import bound_closed, other_end
from assistant.coverage import FILLER, Coverage, common, stem
from assistant.frame import Frame
from assistant.oneway import one_way
from assistant.plan import ToolPlan
from assistant.reading import option
from assistant.shapes import comparison_unchosen, grade_for_name, how_asked, kind_unlike, yesno_unanswered
from assistant.signals import raised, recording_on, unsure
from assistant.termgrade import term_graded
from assistant.titled import look_up_unlike, unheld
from corpus.once import once


def unread(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> None:
    """Mark a tool answer unsure when one of the checks below finds words its plan never read."""
    if recording_on():
        _probe(ans, plan, frame, cov)
    first = True
    for check in _CHECKS:
        said = check(ans, plan, frame, cov)
        if said:
            signal = f"unread.{check.__name__.lstrip('_')}"
            raised(signal)
            if first:
                unsure(ans, signal, f"not read: {said}")
                first = False
            if not recording_on():
                return


def _probe(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> None:
    """A signal recorded for measurement only (bench/sureness.py), not a doubt: the question's own topic words the
    plan never read, by how many."""
    words = _topic_unread_words(plan, cov)
    if words:
        raised(f"probe.topic_unread.{min(len(words), 3)}")
    held = unheld(ans, plan, frame, cov)
    if held:
        raised(f"probe.unheld.{min(len(held), 3)}")


def _topic_unread_words(plan: ToolPlan, cov: Coverage) -> list[str]:
    """The question's own topic words (the report's words beyond its everyday vocabulary) that the plan never reads."""
    return [w for w in cov.unused if not common(w) and not read_by_plan(w, plan)]


# this many topic words the plan never reads, in a question that asks for no kind of thing, are a topic of their own
TOPIC_UNREAD = 2
# tools that answer with the report's own lists and descriptions (of its figures, sections, parameters, terms): the
# question's other words describe what they list, they are no topic left unread
_DESCRIBING = frozenset({"list_items", "figure_info", "figure_lookup", "section_info", "abbreviation", "parameter_info"})


def _topic_unread(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A question that asks for no kind of thing (no focus: not "which trends", "which regions") and lists or asks
    in its own way, answered from a table that reads none of two or more of its topic words ("what do the up- and
    downstream effects mean for SMEs in clusters"): the table answered the names, the words may be the subject."""
    if frame.focus is not None or frame.intent not in ("list", "unknown") or \
            any(s.tool in _DESCRIBING for s in plan.steps):
        return None
    words = _topic_unread_words(plan, cov)
    return ", ".join(words[:3]) if len(words) >= TOPIC_UNREAD else None


def read_by_plan(word: str, plan: ToolPlan) -> bool:
    """The word is part of a name the plan takes ("creative" in "creative and experience industries")."""
    return any(re.search(rf"\b{re.escape(word)}\b", v) for v in plan.arg_strings())


@once
def _prose_parts() -> re.Pattern:
    """The report's parts of prose a question can quote: its one-word section titles ("Conclusion",
    "Introduction") and its text as such."""
    from corpus.parse import sections

    words = {s.title.lower() for s in sections() if s.number[:1].isdigit() and len(s.title.split()) == 1}
    alts = "|".join(sorted(re.escape(w) for w in words | {"text"}))
    return re.compile(rf"\bthe (?:report'?s? )?(?:main )?({alts})s?\b")


_FIGURE_TOOLS = frozenset({"figure_info", "figure_lookup"})


def _prose_cited(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"the conclusion says …", "why does the text say …": the question is about what a passage says; the plan
    reads only the tables (a figure look-up finds a figure in the text, so it is not a table reading)."""
    m = _prose_parts().search(frame.text)
    if m is None or {s.tool for s in plan.steps} & _FIGURE_TOOLS:
        return None
    if {c.section for c in ans.citations if c.figure is None} & _titled(m[1]):
        return None  # the answer reads that part itself: its list ("the conclusion's most relevant …"), its pages
    return f"\u201c{m[0]}\u201d \u2014 this answer reads the tables, not that passage"


def _titled(word: str) -> set[str]:
    """The numbers of the report's sections titled by ``word`` ("conclusion": 4.5)."""
    from corpus.parse import sections

    return {s.number for s in sections() if s.title.lower() == word}


_JOIN = r"(?:\band\b|\bor\b|/|\bvs\b|\bversus\b)"
_BEFORE = re.compile(r"([\w'-]+)\s*" + _JOIN + r"\s*$")
_AFTER = re.compile(r"\s*" + _JOIN + r"\s*([\w'-]+)")


def _coordinated(ans: Answer | None, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A name joined by "and", "or" or "/" to a word nothing read ("northern and northwest europe", "X or point of
    care"): the question names two things, the plan took one."""
    unused = set(cov.unused)
    for n in frame.names:
        for m in (_BEFORE.search(frame.text[:n.start]), _AFTER.match(frame.text, n.end)):
            if m and m[1] in unused and not common(m[1]) and not read_by_plan(m[1], plan) and \
                    not option(n, frame, plan):  # "is Latvia in northern or central eastern europe": answers offered
                return f"\u201c{m[1]}\u201d beside {n.canonical}"
    return None


def names_unread(plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A name of the question the plan never took: a missed conjunct or an abbreviation (None when all were read)."""
    return _coordinated(None, plan, frame, cov) or _abbreviated(None, plan, frame, cov)


def _abbreviated(ans: Answer | None, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A user's abbreviation of one of the report's names ("CWE") that the plan never took."""
    from assistant.spot import spot

    taken = set(plan.arg_strings())
    for word in cov.unused:
        term = expansion(word)
        names = spot(term) if term else []
        if names and not any(n.canonical.lower() in taken for n in names):
            return f"\u201c{word}\u201d ({names[0].canonical})"
    return None


# what a figure's caption answers: which figure, what it shows, where it is
_CAPTION_ASKS = frozenset({"locate", "list", "value", "define"})


def _caption_only(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A yes/no or an explanation about a figure's content ("in fig 7 does an empty cell mean …") answered with the
    figure's caption: the caption answers which figure, not the question about it."""
    if [s.tool for s in plan.steps] != ["figure_info"] or frame.intent in _CAPTION_ASKS:
        return None
    return "the question about the figure \u2014 this shows only its caption"


# a description of a figure is another figure's when this many of its own words are not in the chosen one's caption
_OTHER_WORDS = 2


def _caption_unlike(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"which figure shows OEMs, tier 1-3 suppliers …" answered with a figure picked from one cue word ("R&D")
    whose caption has none of the question's own describing words: the description was not read."""
    import corpus

    keys = [s.args.get("figure") for s in plan.steps if s.tool == "figure_info"]
    fig = next((f for f in corpus.figures() if keys and f.key == keys[0]), None)
    if fig is None:
        return None
    said = {stem(w) for w in re.findall(r"[a-z][\w'-]*", f"{fig.caption} {fig.description or ''}".lower())}
    other = [w for w in cov.unused if not common(w) and stem(w) not in said]
    if len(other) < _OTHER_WORDS:
        return None
    return f"{', '.join(other[:3])} \u2014 not in the caption of Figure {fig.key}"


# tools whose answer is one value (a region, a grade, a figure), never a number of things
_ONE_VALUE = frozenset({"region_of", "cooperation_grade", "crossover_grade", "matrix_cell", "figure_info"})


def _count_of_one(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"how many …" answered by a tool that gives one value: the count asked was not computed."""
    tools = {s.tool for s in plan.steps if not s.tool.startswith("_")}
    if frame.intent != "count" or not tools or not tools <= _ONE_VALUE:
        return None
    return "the number asked \u2014 this shows one value"


_GRADE_ARGS = ("min_grade", "grade")
ANY_MARK = 1  # the rank of Figure 7's weakest mark: a bound at it is any mark at all, no narrowing


def _grade_unsaid(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A grade bound the plan filters on that neither the question nor the conversation gave ("what's X as a value
    chain parameter" answered with X's "✓✓" cells only): the plan answered a narrower question."""
    fu = frame.followup
    if frame.grade is not None or fu.opener or fu.pronoun or fu.of_those or fu.short or fu.group or fu.nth:
        return None
    from tools import grade_rank

    bounds = [g for s in plan.steps for k in _GRADE_ARGS if isinstance(g := s.args.get(k), str)
              and (grade_rank("crossover", g) or 0) > ANY_MARK]
    return f"a grade \u2014 this shows only the cells graded \u201c{bounds[0]}\u201d" if bounds else None


def _empty_join(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """Two tables intersected to nothing ("only one industry is influenced by X - which" read as rows with one mark,
    then X's row): each reading alone has answers, their combination none, so the combination is the guess."""
    joined = any(s.op == "intersect" and s.tool != "restrict" for s in plan.steps)
    if not joined or ans.items or ans.value not in (None, "none") or plan.steps[-1].tool.startswith("_"):
        return None
    return "the two conditions together \u2014 combined they leave nothing"


def _choice_unanswered(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A question that offers its answers ("… single or double tick?") answered with a list or a yes/no, not with
    one of them (``assistant.choices``)."""
    return choice_unanswered(ans, frame)


def _term_graded(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    return term_graded(ans, plan, frame)  # assistant.termgrade


def _why_asked(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"… and why those partners": a reason is in the report's text, never in a table the plan reads."""
    return "why \u2014 the tables hold no reasons" if re.search(r"\bwhy\b", frame.text) else None


# "the sharing economy trend", "the space industry": a name the report would have, in name position, but no name
_NAME_SHAPED = re.compile(r"\bthe ((?:[\w-]+ ){1,3})(?:mega ?trends?|megatrends?|trends?|industry|industries|sector|"
                          r"region)\b")


def _name_shaped(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """Words in the place of a name ("the sharing economy trend") that no name of the report matched: the plan
    answered without the thing asked about."""
    unused = set(cov.unused)
    for m in _NAME_SHAPED.finditer(frame.text):
        words = m[1].split()
        inside = any(n.start < m.end(1) and n.end > m.start(1) for n in frame.names)
        if not inside and all(w in unused for w in words):
            return f"\u201c{m[0]}\u201d \u2014 not one of the report's names"
    return None


@once
def _name_words() -> dict[str, frozenset[str]]:
    """The stems of the words the report's industry, region and country names are written with (beyond filler and
    its everyday vocabulary), each with the names it is a word of."""
    from tools import vocabulary

    out: dict[str, set[str]] = {}
    for v in vocabulary():
        if v.kind in _NAMED_KINDS:
            for w in re.findall(r"[a-z][\w'-]*", v.alias.lower()):
                if len(w) >= 3 and w not in FILLER and not common(w):
                    out.setdefault(stem(w), set()).add(v.canonical)
    return {k: frozenset(v) for k, v in out.items()}


_NAMED_KINDS = frozenset({"industry", "region", "country"})


def _short_name(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A word that is one name's own ("digital" of Digital Industries) standing alone, which no extractor took as
    that name and the plan never read ("which industries, besides digital, …", "is digital among them"): the
    question says something about that name the answer does not."""
    taken = set(plan.arg_strings())
    for word in cov.unused:
        names = _name_words().get(stem(word), frozenset())
        if len(names) == 1 and not read_by_plan(word, plan) and next(iter(names)).lower() not in taken:
            return f"\u201c{word}\u201d ({next(iter(names))})"
    return None


# tools that list what a table marks: a "not" the plan never applied asks for the rows they leave out
_LISTING = frozenset({"subtrends_at_grade", "crossover_cells", "industries_for_trend", "trends_for_industry", "list_items",
                      "subtrends_for", "partners", "countries_in"})


# post-steps that only reshape a result (pairs to the last answer's items, ``assistant.pairitems``): no negation
_RESHAPES = frozenset({"_items_of_pairs"})


def _negation_unapplied(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"which sub-trend does not touch X" answered with the sub-trends that do: a negation in the question, no
    negated direction ("not upstream") nor a step that takes anything away or keeps one direction only."""
    steps = [s for s in plan.steps if s.tool not in _RESHAPES]
    if not frame.negation or frame.negated or len(steps) != 1 or steps[0].tool not in _LISTING:
        return None
    args = steps[0].args  # a step keeping one direction, taking names away, or the rows under a grade
    if any(v.endswith("_only") for v in plan.arg_strings()) or args.get("exclude") or args.get("below"):
        return None
    return "the negation \u2014 this lists what the table marks"


_CHECKS: tuple[Callable[[Answer, ToolPlan, Frame, Coverage], str | None], ...] = (
    _prose_cited, _coordinated, _abbreviated, _short_name, _caption_only, _caption_unlike, _count_of_one,
    _grade_unsaid, _term_graded, _negation_unapplied, _empty_join, _choice_unanswered, _why_asked, _name_shaped, kind_unlike,
    comparison_unchosen, how_asked, yesno_unanswered, grade_for_name, one_way, other_end, bound_closed, _topic_unread,
    look_up_unlike)
