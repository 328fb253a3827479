"""Read a question into a Frame: small pure extractors, one module per slot, each with its golden table."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant import cues as C
from assistant.frame import Frame, blanked
from assistant.understand.aggregation import aggregation
from assistant.understand.clauses import after_claim, asks_why_back, blank_hedges, claim_checked, marked
from assistant.understand.combination import combination
from assistant.understand.figure import asks_page, figure
from assistant.understand.focus import focus, row_focus
from assistant.understand.followup import followup
from assistant.understand.grade import grade
from assistant.understand.intent import SAYS_YES_NO, intent
from assistant.understand.link import READINGS, linked
from assistant.understand.names import names
from assistant.understand.quoted import quoted_figure
from assistant.understand.relation import (
    RELATION_OF_FIGURE,
    other_relation,
    relation,
    relation_said,
    verb_scope,
)
from assistant.understand.remark import before_remark
from assistant.understand.rhetorical import plain_yes_no
from assistant.understand.scope import negation, positive, scope


@lru_cache(maxsize=512)
def read(question: str) -> Frame:
    """The frame of one question, independent of the conversation (follow-ups are completed later)."""
    checked = after_claim(question) or claim_checked(question) or before_remark(question)
    if checked is not None:  # "the text says X. does figure 5 show X / agree?": the question after the claim, or it;
        return replace(read(checked), asked=question)  # "…? I can't find it in figure 6": the question before
    said_folded, marks = marked(question)
    folded = plain_yes_no(said_folded, marks)  # "but isn't X …?": the plain yes/no "but is X …?"
    found = names(question)
    spans = tuple((n.start, n.end) for n in found)
    text = blank_hedges(plain_yes_no(said_folded, marks, joined=True), marks, spans)
    fig = figure(question)
    foc = focus(text, spans)
    if foc in (None, "figures"):  # "which row of the crossover table …": that table's rows, not the table
        foc = row_focus(text, fig) or foc
    said = verb_scope(text, found, scope(text, marks))
    if linked(text, found, foc):
        return _linked(question, folded, text, found, foc, fig, said, marks)
    places = sum(n.kind in ("region", "country") for n in found)
    asked = "explain" if asks_why_back(question) else _intent(text, marks, folded, places, spans)
    return _quoted(Frame(text=folded, intent=asked, focus=foc, names=found,
                 relation=_relation(text, found, fig, foc, said),
                 other_relation=other_relation(text, found, fig),
                 relation_said=relation_said(blanked(text, found), fig),
                 scope=said, negation=negation(text), grade=grade(blanked(text, found), _crossover(found)), aggregation=aggregation(text),
                 combination=combination(text, len({n.canonical for n in found}), spans), figure=fig,
                 page=asks_page(text), followup=_own_which(_own_one(_own_pronoun(followup(folded, question), folded,
                                                                                     found), folded), folded, found),
                 clauses=marks,
                 asked=question))


def _quoted(frame: Frame) -> Frame:
    """A question quoting a sentence of the report that cites one table's figure ("'four out of twelve hotspots …
    (see Figure 5)'"): the quoted words speak of that table, so its relation is the one read."""
    fig = quoted_figure(frame.asked or frame.text)
    rel = RELATION_OF_FIGURE.get(fig or "")
    if rel is None or frame.relation == rel or frame.figure is not None:
        return frame
    return replace(frame, relation=rel)


# "the downstream one" after "the upstream matrix": "one" stands for a noun of the same question
_THE_ONE = re.compile(r"\bthe [\w-]+ (one|ones)\b")
_NOUN_BEFORE = re.compile(r"\b(matrix|matrices|figures?|tables?|charts?|grids?|sides?|lists?|columns?|rows?)\b")


def _own_one(fu, text: str):
    """"marked in the upstream matrix but not in the downstream one": "the … one" after a noun of the same
    question points at that noun, so it is no sign of leaning on the previous turn."""
    m = _THE_ONE.search(text)
    if not fu.of_those or m is None or not _NOUN_BEFORE.search(text[:m.start()]) or \
            C.OF_THOSE.search(_THE_ONE.sub(" ", text)):
        return fu
    return replace(fu, of_those=False)


_WHICH_ONE = re.compile(r"\bwhich (one|ones)\b")


def _own_which(fu, text: str, found):
    """"pharma or medical devices, which one gets hit by more trends": "which one" picks among two or more names of
    one kind said in the same question, so it is no sign of leaning on the previous turn."""
    if not fu.of_those or not _WHICH_ONE.search(text) or C.OF_THOSE.search(_WHICH_ONE.sub(" ", text)):
        return fu
    kinds = [n.kind for n in {n.canonical: n for n in found}.values()]
    if not any(kinds.count(k) >= 2 for k in kinds):
        return fu
    return replace(fu, of_those=False)


def _intent(text: str, marks: tuple[int, ...], folded: str = "", places: int = 0, spans=()) -> str:
    """The question's intent; when its opening reads as none ("renewable energy under env - is only one parameter
    marked?"), a later clause that opens a yes/no after a topic clause says it."""
    said = intent(text, spans)
    if said == "explain" and places >= 2 and _HOW_RATE.match(text):
        return "value"  # "how does northern europe rate southwest europe on business": the grade of the pair
    if said == "count" and _counted_in_description(text, marks):
        return "locate"
    if said == "locate" and _FIGURE_FOR.match(text):
        return "value"  # "what does Figure 13 show for Southwest and Northern Europe": its entry for them
    if said in ("compare", "list") and any(C.YESNO.match(text[m:].strip()) and not C.WH.search(text[:m])
                                           for m in marks):
        return "yesno"  # "NW and SW europe - is their business cooperation stronger than their R&D": a yes/no
    if said != "unknown":
        return said
    if SAYS_YES_NO.search(folded):  # "…? yes or no" (a clause the hedge reader blanks for its "no")
        return "yesno"
    for m in marks:
        if _STATES.search(text[:m]):  # "X is an AOSI in fig 5. is that pair …": a claim first, then its check
            return said
        if C.YESNO.match(text[m:].strip()) or C.ELLIPTIC_YESNO.match(text[m:]):
            return "yesno"
    return said


# "how does X rate Y", "how do they grade …": a grade asked, not an explanation
_HOW_RATE = re.compile(r"^\s*how (does|do|did) .{0,60}?\b(rate|rates|grade|grades|score|scores)\b")


# what a figure named by number gives for something: its part for those names, not what or where the figure is
_FIGURE_FOR = re.compile(r"^\s*what (does|do) (fig|figure)\.? ?\d+[a-z]? (show|say|give|have|list|mark|rate)s? "
                         r"(for|about|on|between)\b")


# a question that opens by asking where a figure is ("where's the chart", "which figure", "what page is the table")
_LOCATE_OPENING = re.compile(r"^\s*(where'?s|where (is|are|can i find|do i find)|(which|what|on which|on what) "
                             r"(page|figure|fig|chart|table|diagram|graph|picture))\b")


def _counted_in_description(text: str, marks: tuple[int, ...]) -> bool:
    """"Where's the chart comparing how many services clusters offer": the count words describe what the figure
    shows (they follow a figure's word in the clause that opens by asking where it is), so the question locates
    the figure; "how many dots are in figure 4 and what page is it on" counts."""
    opening = _LOCATE_OPENING.match(text)
    count = C.COUNT.search(text)
    if opening is None or count is None or count.start() < opening.end():
        return False
    shown = C.CHART.search(text, 0, count.start()) or _MATRIX_WORD.search(text, 0, count.start())
    return shown is not None and not any(shown.start() <= m <= count.start() for m in marks)


_MATRIX_WORD = re.compile(r"\b(matrix|matrices|tables?|grids?)\b")


# a clause that states something (it has a verb of its own), unlike a topic ("renewable energy under env -")
_STATES = re.compile(r"\b(is|are|was|were|has|have|had|does|do|did|says?|said|marks?|marked|shows?|flags?|gives?|"
                     r"rates?|rated|lists?|listed)\b")


_DIRECTION_WORDS = {"downstream": C.DOWN, "upstream": C.UP}


def _relation(text: str, found, fig, foc, said):
    """The relation asked, never one the question negates: "not upstream, downstream" is downstream; "which
    trends drive logistics, not upstream" is read from its verb with the negated direction word set aside."""
    rel = relation(text, found, fig, foc)
    if rel in _DIRECTION_WORDS and any(s.relation == rel and s.negated for s in said) and \
            not any(s.relation in _DIRECTION_WORDS and not s.negated for s in said):
        unsaid = _DIRECTION_WORDS[rel].sub(lambda m: " " * len(m[0]), text)
        other = relation(unsaid, found, fig, foc)
        return other if other not in (None, "lists") else rel  # "which industry has no upstream links": none marked
    return positive(rel, said)


def _linked(question, folded, text, found, foc, fig, said, marks) -> Frame:
    """"How are logistics and the mega trends linked": no relation said, three readings (``link.READINGS``),
    the focus the other side's (none when both sides are named)."""
    both = {n.kind for n in found} >= {"industry", "trend"}
    return Frame(text=folded, intent=intent(text, tuple((n.start, n.end) for n in found)), focus=None if both else foc, names=found,
                 relation=None, other_readings=READINGS, relation_said=True, scope=said,
                 negation=negation(text), grade=grade(blanked(text, found), _crossover(found)), aggregation=aggregation(text),
                 combination=combination(text, len({n.canonical for n in found}), tuple((n.start, n.end) for n in found)),
                 figure=fig,
                 page=asks_page(text), followup=_own_pronoun(followup(folded, question), folded, found), clauses=marks,
                 asked=question)


def _crossover(found) -> bool:
    """A parameter or a sub-trend named: grade words are on Figure 7's scale ("very strong" is ✓✓)."""
    return any(n.kind in ("parameter", "subtrend") for n in found) and not any(n.kind in ("region", "country")
                                                                               for n in found)


def _own_pronoun(fu, text: str, found):
    """"norway, which region is it in": a pronoun after a name of the same question points at that name, so it is
    no sign of leaning on the previous turn."""
    m = C.PRONOUN_REF.search(text)
    if fu.pronoun and m is not None and any(n.end <= m.start() for n in found):
        return replace(fu, pronoun=False)
    return fu


__all__ = ["read"]
