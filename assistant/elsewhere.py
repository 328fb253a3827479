"""The last answer's items looked for in another figure: "are those in the value chain table too", "do any of
them appear in the crossover figure", "how do those score on the value chain parameters" after a Figure 6 list
of sub-trends. The figure is the one the words name (its number, its relation, or a description matched against
the figures' own captions and labels); the answer is that figure's rows for the last turn's industry, kept to the
items, so it says which of them (if any) the figure holds and cites it."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.followups import item_names
from assistant.frame import Frame, Scope
from assistant.plan import Step, ToolPlan
from assistant.state import State
from assistant.understand.relation import FIGURE_OF_RELATION, RELATION_OF_FIGURE

# "the value chain table", "that crossover figure", "the consolidated matrix": a figure said by what it shows
_DESCRIBED = re.compile(r"\b(?:the|that|this|their|your)\s+(?P<what>(?:[\w&'-]+\s+){1,3}?"
                        r"(?:table|figure|fig|matrix|chart|diagram|graph|grid|parameters))\b")
# the figure that grades sub-trends (one row per industry and sub-trend)
_GRADES_SUBTRENDS = FIGURE_OF_RELATION["crossover"]


def described_figure(frame: Frame) -> str | None:
    """The one figure a question names: by number, by a relation only one figure holds ("the crossover table"), or
    by a description the figures' own words fit best (of several that fit as well, the one whose data is a table;
    else no figure)."""
    if frame.figure is not None:
        return frame.figure
    m = _DESCRIBED.search(frame.text)
    if m is None:
        return FIGURE_OF_RELATION.get(frame.relation or "") if frame.relation == "crossover" else None
    return _figure_by_words(m["what"])


def _figure_by_words(words: str) -> str | None:
    """The one figure whose own words (caption, labels, citing text) fit the words best; of several that fit as
    well, the one whose data is a table; else None."""
    from tools.figure_find import find_figure  # the figures' vocabulary: captions, labels, citing text

    found = find_figure(words)
    best = [f.key for f in found if f.score >= found[0].score] if found else []
    tables = [k for k in best if k in RELATION_OF_FIGURE]  # of figures that fit as well, the one with a table
    return best[0] if len(best) == 1 else tables[0] if len(tables) == 1 else None


# "and in the consolidated one?", "the business one": "one" stands for the kind of figure the last answer came from
_THE_ONE = re.compile(r"\b(?:the|that|this)\s+(?P<what>(?:[\w&'-]+\s+){0,2}?[\w&'-]+)\s+one\b")
# the figures one "one" may stand for: the same kind of table as the last answer's
_SIBLINGS = (frozenset({"downstream", "upstream", "aosi"}), frozenset({"rd", "business"}))


def as_sibling(frame: Frame, state: State) -> Frame:
    """"and in the consolidated one?" after an answer from an impact matrix: the table of the same kind the words
    describe, read as if they said it ("the consolidated matrix"); unchanged when they name no one such table."""
    last, fu = state.last_frame, frame.followup
    m = _THE_ONE.search(frame.text)
    if m is None or last is None or frame.figure is not None or frame.relation is not None or frame.names or \
            frame.focus not in (None, "figures") or frame.page:  # "one" itself leans on the last answer's table
        return frame
    kind = next((k for k in _SIBLINGS if last.relation in k), frozenset())
    key = _figure_by_words(m["what"])
    rel = RELATION_OF_FIGURE.get(key or "")
    if rel not in kind or rel == last.relation:
        return frame
    # read as "the consolidated matrix" is: that table, its "one" no reference to the last answer's items
    return replace(frame, relation=rel, focus=frame.focus or "figures", followup=replace(fu, of_those=False))


def _asks_presence(frame: Frame) -> bool:
    """The question checks the last items against a figure and says nothing the figure's grades would answer
    (no name, grade or ranking of its own)."""
    fu = frame.followup
    return (fu.of_those or fu.pronoun or fu.opener or fu.short) and not frame.names and frame.grade is None and frame.aggregation is None \
        and not frame.negation and fu.nth is None


def in_other_figure(frame: Frame, state: State) -> tuple[Frame, ToolPlan] | None:
    """After a list of one industry's sub-trends (Figure 6), "are those in the value chain table too": that
    industry's block of Figure 7 kept to the items (none kept: the figure has no row for them); a yes/no says
    whether any is left. None when the question names no other figure or the last answer was not sub-trends."""
    last, items = state.last_frame, item_names(state)
    if last is None or state.last_plan is None or not items or items[0].kind != "subtrend" or \
            not _asks_presence(frame) or last.relation == "crossover":
        return None
    industries = last.given("industry")
    if len(industries) != 1 or described_figure(frame) != _GRADES_SUBTRENDS:
        return None
    steps = (Step("crossover_block", {"industry": industries[0]}),
             Step("restrict", {"names": sorted(_spellings([n.canonical for n in items], industries[0]))}))
    if frame.intent == "yesno":
        steps += (Step("_any", {}),)
    reading = f"the sub-trends of the last answer looked for in Figure {_GRADES_SUBTRENDS} ({industries[0]})"
    held = tuple(n for n in last.names if n.kind == "industry")  # the items stand for the rest of the last subject
    done = replace(last, text=frame.text, names=held, followup=frame.followup, relation="crossover",
                   intent=frame.intent if frame.intent != "unknown" else last.intent)
    # "where do they hit the parameters": the rows found (or none) answer only whether the figure holds them
    sure = frame.intent in ("yesno", "list", "count", "unknown") and frame.focus in (None, "subtrends", "figures")
    return done, ToolPlan(steps, reading, sure=sure)


def _spellings(names: list[str], industry: str) -> set[str]:
    """The names with the spelling Figure 7 prints for each under the industry, where it prints another."""
    from structured import load_tables  # the Figure 6 → Figure 7 spelling links, parsed from the corpus

    linked = {s.figure6: s.figure7 for s in load_tables().subtrend_names if s.industry == industry and s.figure7}
    return set(names) | {linked[n] for n in names if n in linked}


def as_figure(frame: Frame) -> Frame:
    """"and in the consolidated matrix?": an elliptic follow-up that names a table by its words, read as if it gave
    the figure's number ("and in figure 5?"), so it completes the same way. Unchanged when it names no one table."""
    fu = frame.followup
    if frame.figure is not None or frame.focus != "figures" or frame.page or frame.names or \
            frame.intent not in ("unknown", "list") or not (fu.opener or fu.short):
        return frame
    key = described_figure(frame)
    rel = RELATION_OF_FIGURE.get(key or "")
    if rel is None:
        return frame
    return replace(frame, figure=key, relation=rel, relation_said=True, focus=None, scope=(Scope(rel),))
