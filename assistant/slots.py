"""Every slot the frame filled must be used by the plan that ran; a slot the plan ignores makes the answer unsure.

A confident answer to a smaller question than the one asked is the worst outcome: a grade bound, an aggregation,
a yes/no, a second cooperation kind or a named thing that the plan never looked at means the plan answered
something else. This is one general check over the frame and the plan's typed steps, not a rule per wording.
"""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.coverage import _WORD, FILLER, common, stem
from assistant.frame import Frame, blanked
from assistant.plan import ToolPlan
from assistant.understand.relation import FIGURE_OF_RELATION, RELATION_OF_FIGURE
from corpus.once import once

# tools whose answer is one cell's grade: the grade a question names is what they look up, and a yes/no about
# a cell is answered by showing the cell
CELL_TOOLS = frozenset({"matrix_cell", "cooperation_grade", "crossover_grade", "compare_matrices"})
# tools and post-steps that compute an ordering or a superlative
RANKING = frozenset({"rank_matrix", "rank_regions", "rank_subtrends", "rank_hotspots", "grade_rank",
                     "parameter_ranking", "strongest_pairs", "subtrends_with_many", "hotspots", "_top", "_top_n",
                     "_best_row", "_leader", "_nth_row", "_pick", "_zero", "_exclude_first", "_compare",
                     "count_subtrends", "count_crossover_marks"})
# post-steps that turn a result into yes or no
YES_NO = frozenset({"_any", "_is_check", "_member", "_members", "_is_grade", "_zero", "_compare", "_only", "_all_grade", "_count_is",
                    "_versus", "_none_left", "figure_about", "_stronger"})  # "_stronger": also "A or B?" named
# lists that are the text's own ranking ("the most relevant parameters"): they answer a "most"
JUDGED_LISTS = frozenset({"singled_out_parameters"})
# post-steps that read a count bound ("more than four", "exactly 12") against a result's count
COUNT_BOUND = frozenset({"_count_is"})
# tools whose arguments carry a grade bound, or which work over every grade
GRADED = frozenset({"partners", "partners_of_all", "pairs_at_grade", "subtrends_at_grade", "crossover_cells",
                    "crossover_gaps", "grade_differences", "_is_grade", "_group", "_group_pairs", "_top",
                    "_compare_kinds", "_all_grade", "_exact_grade"}) | CELL_TOOLS | RANKING
# a yes/no asked as a second clause after a first question ("which …, and are they all …?")
_SECOND_YESNO = C.SECOND_YESNO
_NAME_KINDS = ("industry", "trend", "subtrend", "parameter", "region", "country")


def _values(plan: ToolPlan) -> set[str]:
    out: set[str] = set()
    for s in plan.steps:
        for v in s.args.values():
            if isinstance(v, str):
                out.add(v)
            elif isinstance(v, list | tuple | set | frozenset):
                out |= {x for x in v if isinstance(x, str)}
    return out


def _taken(kind: str, canonical: str, taken: set[str]) -> bool:
    """The plan reads the name, or, for a country, the Figure 10 region it stands for ("Polish clusters' partners")."""
    if canonical.casefold() in taken:
        return True
    if kind != "country":
        return False
    from tools.names import region_of_country

    try:
        return region_of_country(canonical).casefold() in taken
    except StopIteration:  # a country Figure 10 never lists: only the country itself counts
        return False


def unused_slots(frame: Frame, plan: ToolPlan) -> list[str]:
    """The frame's filled slots that no step of the plan uses, as words for the reading ("a grade", …)."""
    tools = {s.tool for s in plan.steps}
    missing = []
    taken = {v.casefold() for v in _values(plan)}  # "Big data" the trend uses the sub-trend "Big Data" too
    names = [n.canonical for n in frame.names if n.kind in _NAME_KINDS and not _taken(n.kind, n.canonical, taken)
             and not tools & _OWN_WORDS]  # a look-up reads the question's own words, names and all
    missing += [f"\u201c{n}\u201d" for n in dict.fromkeys(names)]
    if frame.grade is not None and not tools & GRADED:
        missing.append("the grade asked")
    ranked = tools & RANKING or any(s.args.get("name") in JUDGED_LISTS for s in plan.steps) or \
        frame.aggregation is not None and frame.aggregation.kind == "each" and "_none_left" in tools  # "is every …"
    agg = frame.aggregation
    anything = agg is not None and agg.kind == "at_least" and agg.n == 1  # "at least one ✓✓": any listed row has one
    if agg is not None and not ranked and not anything and \
            not (agg.kind in ("exactly", "at_least", "more_than") and tools & COUNT_BOUND):
        missing.append("the ranking asked")
    if frame.intent == "yesno" and not tools & (YES_NO | CELL_TOOLS):
        missing.append("the yes/no asked")
    if _SECOND_YESNO.search(frame.text) and not tools & YES_NO:
        missing.append("the second question (yes/no)")
    kinds = {s.relation for s in frame.scope if not s.negated} & {"rd", "business"}
    used = {s.args["kind"] for s in plan.steps if "kind" in s.args}
    if len(kinds) == 2 and len(used) == 1 and "both" not in used and "_compare_kinds" not in tools:
        missing.append("both R&D and business cooperation")
    both = "both R&D and business cooperation" in missing  # said once for the two kinds
    fu = frame.followup  # a follow-up's table words may name the last answer's table, which its plan builds on
    leans = fu.opener or fu.pronoun or fu.of_those or fu.short or fu.group or fu.nth is not None
    if not leans and not tools & _LOCATING:  # a figure located by its table's name reads no table
        from assistant.understand.scope import scope

        text = blanked(frame.text, frame.names)  # a table word inside a name ("Business process orientation") is no table
        places = bool(frame.kinds & {"region", "country"})  # "a pharma r&d cluster": cooperation needs a place
        unread = [s.relation for s in scope(text) if not s.negated and s.relation in _TABLES and
                  _WORDS[s.relation](text) and not (s.relation in ("rd", "business") and (both or not places))]
        missing += [f"the {_SAID[r]} asked" for r in dict.fromkeys(unread) if r not in relations_read(plan)]
    return missing


# the tables a question's own words name (its scope): each one the question puts in play must be read by the plan
_SAID = {"downstream": f"downstream matrix (Figure {FIGURE_OF_RELATION['downstream']})",
         "upstream": f"upstream matrix (Figure {FIGURE_OF_RELATION['upstream']})",
         "aosi": f"AOSI matrix (Figure {FIGURE_OF_RELATION['aosi']})", "rd": "R&D cooperation",
         "business": "business cooperation"}
_TABLES = frozenset(_SAID)
_BOTH_WAYS = ("both", "either")


def _figure_said(relation: str, text: str) -> bool:
    """``text`` names the figure whose table is ``relation`` by its number ("fig 3", "figure 4")."""
    return bool(re.search(rf"\bfig(ure)?\.? ?{FIGURE_OF_RELATION[relation]}\b", text))


_LOCATING = frozenset({"figure_info", "figure_lookup", "figure_about", "section_info"})
# tools that read the question's own words (a figure's subject), names and all
_OWN_WORDS = frozenset({"figure_lookup", "figure_about"})
# the table's own word said (a figure number too), not only a "both" that scope reads as the two directions
_WORDS = {"downstream": lambda t: bool(C.DOWN.search(t) or _figure_said("downstream", t)),
          "upstream": lambda t: bool(C.UP.search(t) or _figure_said("upstream", t)),
          "aosi": lambda t: True, "rd": lambda t: True, "business": lambda t: True}
# tools that read both kinds of cooperation, or the AOSI cells through their hot-spots (Figure 6)
_READS_TOO = {"grade_differences": {"rd", "business"}, "_compare_kinds": {"rd", "business"}, "subtrends": {"aosi"},
              "hotspots": {"aosi"}, "rank_hotspots": {"aosi"}}
# a claim's figure cited beside the check (``_cite``): the claim about that table is read as context
_CITED = {fig: rel for fig, rel in RELATION_OF_FIGURE.items() if rel in _TABLES}


def relations_read(plan: ToolPlan) -> set[str]:
    """The tables the plan's steps read: a direction (both ways, or one way only and not the other, reads both
    impact matrices), the matrices compared, a kind of cooperation (both kinds), a figure's own relation."""
    from assistant.reading import plan_relation

    out: set[str] = set()
    for s in plan.steps:
        d = s.args.get("direction")
        if isinstance(d, str):
            out |= {"downstream", "upstream"} if d in _BOTH_WAYS or d.endswith("_only") else {d}
        for key in ("include", "exclude"):
            out |= {r for r in s.args.get(key) or () if isinstance(r, str)}
        kind = s.args.get("kind")
        out |= {"rd", "business"} if kind == "both" else {kind} if isinstance(kind, str) else set()
        rel = plan_relation(s)
        out |= {rel} | _READS_TOO.get(rel, set()) if rel else set()
        out |= _READS_TOO.get(s.tool, set())
        out |= {_CITED[s.args["figure"]]} if s.tool == "_cite" and s.args.get("figure") in _CITED else set()
    return out


@once
def _name_words() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Each name of the report's vocabulary with the stems of its own words (fillers and the report's everyday
    words left out), for telling a name the question half-gives."""
    from tools import vocabulary

    out = {}
    for v in vocabulary():
        if v.kind in _NAME_KINDS:
            words = {stem(w) for w in _WORD.findall(v.canonical.lower()) if w not in FILLER and len(w) >= 3
                     and not common(w)}
            if len(words) >= 2:
                out[(v.kind, v.canonical)] = frozenset(words)
    return tuple((k, c, w) for (k, c), w in out.items())


def half_given(frame: Frame, unused: tuple[str, ...]) -> list[str]:
    """Names whose own words the question mostly uses, unread: a name spelled differently than the spotter
    knows ("decoupling economic growth from pollution"). The answer then never read it."""
    said = {stem(w) for w in unused}
    given = {n.canonical for n in frame.names}
    hits = [c for _, c, words in _name_words() if c not in given and len(words & said) >= 2
            and 2 * len(words & said) >= len(words)]
    return list(dict.fromkeys(hits))
