"""Compiler rows for figure and page look-ups: a figure by its number, the figure whose table is the relation asked
about ("the downstream matrix", "the R&D cooperation grid"), a figure found by what it shows (tools.figure_find),
and counts of the marks of one impact matrix."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Frame
from assistant.plan import Step, ToolPlan, first_plan
from assistant.understand.relation import CLEAR, FIGURE_OF_RELATION, RELATION_OF_FIGURE

_ABOUT = ("locate", "define", "list", "unknown", "value")
_PLACES = re.compile(r"\b(regions|countries)\b")
_WHERE = re.compile(r"\bwhere'?s\b|\b(which|what) (figure|chart|diagram|page)\b")
# a look-up by words is answered only when one figure clearly fits them (figure_lookup's score, 0..1): ``CLEAR``
_MARKS = re.compile(r"\b(marks?|marked|cells?|dots?|entries|crosses)\b")


def _numbered(frame: Frame) -> ToolPlan | None:
    """"What does Figure 17 show", "which page is figure 16 on": the figure named by its number."""
    if frame.figure is None or frame.names or frame.intent not in _ABOUT or frame.aggregation is not None or \
            frame.grade is not None or C.COUNT.search(frame.text) or len(frame.scope) > 1 or _asks_content(frame):
        return None  # "which AOSI in fig 5 isn't backed downstream": cells of the figure, not the figure
    twin = _twin(frame.figure)
    if twin is not None:  # the report prints two figures with this number: say so, and which one this is
        return ToolPlan((Step("figure_info", {"figure": frame.figure}),), sure=False,
                        reading=f"The report numbers two figures {frame.figure}; this is the one Appendix A lists. "
                                f"The other is Figure {twin.key}: {twin.caption} (§{twin.section}).")
    return ToolPlan((Step("figure_info", {"figure": frame.figure}),))


def _twin(key: str):
    """The other figure printed with the same number as ``key`` ("17b" for "17"), if the report has one."""
    import corpus

    figs = {f.key: f for f in corpus.figures()}
    if key not in figs:
        return None
    return next((f for k, f in figs.items() if k != key and f.number == figs[key].number), None)


def _asks_content(frame: Frame) -> bool:
    """"Which mega trends in figure 5 have no AOSI", "the 8 parameters in figure 7": the figure's own entries are
    asked (a list of a kind it holds, or a negated one), not where or what the figure is."""
    return frame.intent in ("list", "value") and frame.focus not in (None, "figures") and \
        (frame.negation or frame.intent == "list") and frame.page is False


def _asks_where(frame: Frame) -> bool:
    return frame.intent == "locate" or frame.intent in ("list", "compare", "unknown") and bool(_WHERE.search(frame.text)) \
        or frame.intent == "yesno" and bool(_IS_THERE.match(frame.text))


# "is there a diagram of …", "does the report have a chart showing …": whether (and where) a figure shows it
_IS_THERE = re.compile(r"^\s*(is there|are there|does the report (have|include|contain)|do you have)\b.{0,12}?"
                       r"\b(figures?|fig|charts?|diagrams?|graphs?|graphics?|maps?|pictures?|illustrations?|visuals?)\b")


def _of_relation(frame: Frame) -> ToolPlan | None:
    """"On which page is the downstream matrix", "where are the hot-spots' sub-trends listed": the one figure
    whose table the relation is."""
    if frame.intent != "locate" or frame.names or frame.figure is not None or \
            len({s.relation for s in frame.scope}) > 1:
        return None
    rel = frame.relation
    if rel in (None, "figures") and frame.grade is not None and frame.grade.scale == "crossover":
        rel = "crossover"
    elif rel in (None, "figures") and _PLACES.search(frame.text) and not C.COOP.search(frame.text):
        rel = "membership"  # "the regions table", "the regions and their countries": Figure 10
    fig = FIGURE_OF_RELATION.get(rel or "")
    if not fig:
        return None
    best = _clear_figures(frame)  # "which figure shows OEMs, tier suppliers, R&D providers …": more than the relation
    if best and fig not in best and not _near_best(frame, fig):
        return ToolPlan((Step("figure_lookup", {"description": frame.text}),))
    if not best and not _fits_at_all(frame, fig):  # the words fit another figure fairly, the relation's not at all
        return _likely(frame)
    if frame.focus == "sections" and not _TABLE_WORD.search(frame.text):
        # "what section covers R&D cooperation": the section that holds its figure ("in which section is the AOSI
        # matrix" asks where the figure is: its own section and page)
        return ToolPlan((Step("section_info", {"section": corpus_figure(fig).section}),))
    return ToolPlan((Step("figure_info", {"figure": fig}),))


def corpus_figure(key: str):
    """The figure catalogue's record of one figure (its caption, page, section)."""
    import corpus

    return next(f for f in corpus.figures() if f.key == key)


# how far below the best fit the relation's own figure may score and still be the one meant: the words then fit it
# nearly as well, and the relation the question reads (a verb, a kind of cooperation) decides
NEAR = 0.15


def _near_best(frame: Frame, fig: str) -> bool:
    """The figure whose table is the relation asked fits the question's words nearly as well as the best one ("the
    grid of how strongly each region cooperates on business": Figure 16, though a chart of one region's business
    cooperation fits the words a little better)."""
    from tools.figure_find import find_figure

    found = find_figure(frame.text, 40)
    own = next((m.score for m in found if m.key == fig), None)
    return own is not None and found[0].score - own <= NEAR


def _fits_at_all(frame: Frame, fig: str) -> bool:
    """The relation's own figure fits the question's words at all (figure_lookup's threshold), or no figure does:
    "a diagram with an OEM, tier suppliers … spread over different regions" fits Figure 8, not the regions table."""
    from tools.figure_find import find_figure

    found = find_figure(frame.text, 40)
    return not found or any(m.key == fig for m in found)


def _clear_figures(frame: Frame) -> set[str]:
    """The figures whose content fits the question's words best (several when tied), if that fit is clear (by
    figure_lookup's score), else none."""
    from tools.figure_find import figure_lookup

    found = figure_lookup(frame.text)
    if found.value is None or found.rows[0]["score"] < CLEAR:
        return set()
    return {str(r["key"]) for r in found.rows if r["score"] >= found.rows[0]["score"]}


def _by_what_it_shows(frame: Frame) -> ToolPlan | None:
    """"Where is the bubble chart of strategic importance …", "the diagram with OEMs and tier 1-3 suppliers": the
    figure whose content (caption, labels, the text that describes or cites it) fits the whole question; one that
    fits only fairly well, but clearly better than any other, is given unsure."""
    if not _asks_where(frame) or frame.names or frame.figure is not None or \
            not (frame.focus == "figures" or C.CHART.search(frame.text) or C.FIGURE_WORDS.search(frame.text)):
        return None
    return lookup(frame) or _likely(frame)


# how much better than the next figure a fair fit (below CLEAR) must be to be offered at all, unsure
AHEAD = 0.1


def _likely(frame: Frame) -> ToolPlan | None:
    """The one figure that fits a figure request fairly well and clearly better than any other: given unsure,
    with the reading saying so, rather than a passage that may not show it."""
    from tools.figure_find import find_figure

    found = find_figure(frame.text, 2)
    if not found or len(found) > 1 and found[0].score - found[1].score < AHEAD:
        return None
    return ToolPlan((Step("figure_lookup", {"description": frame.text}),), sure=False,
                    reading="the figure that fits the description best, though not closely")


def lookup(frame: Frame) -> ToolPlan | None:
    """A figure_lookup plan when one figure clearly fits the question's words, else None (a passage, or unsure)."""
    if not _clear_figures(frame):
        return None
    return ToolPlan((Step("figure_lookup", {"description": frame.text}),))


def _matrix_marks(frame: Frame) -> ToolPlan | None:
    """"How many marks does Figure 5 have", "count the dots in the upstream matrix": all the marked cells of one
    impact matrix, named by its number or by its relation."""
    matrix = RELATION_OF_FIGURE.get(frame.figure) if frame.figure else frame.relation
    if matrix not in ("downstream", "upstream", "aosi") or frame.names or \
            not (C.COUNT.search(frame.text) or frame.intent == "count") or \
            not (_MARKS.search(frame.text) or matrix == "aosi" and C.AOSI.search(frame.text)) or \
            len(frame.scope) > 1 or _counts_unmarked(frame) or C.ONLY_BESIDE.search(frame.text):
        return None  # "in figure 3 but not in figure 4": a join; "how many AOSIs": the marks of Figure 5
    return ToolPlan((Step("compare_matrices", {"include": [matrix], "exclude": []}),))


def _counts_unmarked(frame: Frame) -> bool:
    """"How many mega trends have no upstream marks": the names of a kind without marks are counted, not the
    matrix's marks."""
    none = frame.negation or frame.aggregation is not None and frame.aggregation.kind == "none"
    return none and frame.focus in ("trends", "industries")


# a section asked where it starts: "where does the chapter on X start", "which page do the references begin on"
_STARTS = re.compile(r"\b(start|starts|starting|begin|begins|beginning|open|opens)\b")
_PART = re.compile(r"\b(sections?|chapters?|appendix|appendices|part)\b")
_ASKS_PLACE = re.compile(r"\b(where|when|pages?|pg|pp)\b")
# the frame's text folds "4.4" to "4 4": a section number's later parts are single digits after a space
_SECTION_NUMBER = re.compile(r"(?:\b(?:section|chapter)\s*|§\s*)(\d(?: \d\b)*)")
_SHOWN = re.compile(r"\b(figures?|fig|charts?|matrix|matrices|diagrams?|maps?|graphs?|pictures?)\b")
_TABLE_WORD = re.compile(_SHOWN.pattern + r"|\b(tables?|grids?)\b")
_FIGURES = re.compile(r"\b(figures|charts|tables|diagrams|graphs|maps)\b")
# relations whose table is one figure of the report
_TABLED = ("downstream", "upstream", "aosi", "subtrends", "crossover", "membership", "rd", "business")


def _section_start(frame: Frame) -> ToolPlan | None:
    """Where a section of the report starts, found by the words of its title (table of contents)."""
    from tools.sections import find_section

    part = _PART.search(frame.text)  # "starting out abroad" asks no place in the report
    where = frame.intent == "locate" or _ASKS_PLACE.search(frame.text)
    plural = where and _FIGURES.search(frame.text)  # "where's the list of all figures": a title with "figures"
    if frame.figure is not None or frame.names or \
            not (_STARTS.search(frame.text) and (part or where) or part and frame.intent == "locate" or plural) or \
            frame.relation in _TABLED and _TABLE_WORD.search(frame.text):
        return None  # "which section is the upstream table in": that figure's place, not a title with "tables"
    number = _SECTION_NUMBER.search(frame.text)
    words = number[1].replace(" ", ".") if number else _PART.sub(" ", frame.text)
    found = find_section(words, chapter=bool(re.search(r"\bchapters?\b", frame.text)))
    shown = _SHOWN.search(frame.text)  # a figure's word: a figure asked, unless the section's own title has it
    if found is None or shown and shown[0].rstrip("s") not in found.title.lower():
        return None
    if shown and not _title_said(found.title, shown[0], frame.text):
        return None  # "service spectrum figure - which section": that figure's place, not "Tables of Figures"
    return ToolPlan((Step("section_info", {"section": words}),))


def _title_said(title: str, shown: str, text: str) -> bool:
    """A section title holding a figure's word is the one asked when the question says the word as the title does,
    of figures in the plural ("where does the list of figures begin"), or says the title's other words too ("the
    table of figures"); not one figure described by its words ("the service spectrum figure - which section")."""
    other = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", title.lower())} - {shown.rstrip("s")}
    return shown.endswith("s") or not other or bool(other & {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text)})


def figure_rows(frame: Frame) -> ToolPlan | None:
    """A figure or page look-up, a section's start, or a count over one whole impact matrix."""
    return first_plan((_matrix_marks, _numbered, _section_start, _of_relation, _by_what_it_shows), frame)
