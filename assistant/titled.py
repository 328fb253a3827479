"""Whether a look-up answered the thing the question names: a list or a section picked by a word of kind ("which
regions are …", "which section …") shows the report's own words for what it holds (its title, its items), and the
question's topic words — the report's words beyond its everyday vocabulary, which no slot of the reading took —
should be among them. A list of the report's regions for "the six model demonstrator regions", or an appendix for
"the service spectrum figure", answers another thing than the one named; the answer is shown, marked unsure, and
its reading names the words the look-up does not hold."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer import Answer
from assistant.coverage import FILLER, Coverage, common, stem
from assistant.frame import Frame
from assistant.plan import ToolPlan
from corpus.once import once

# a list is another one than the question names when this many of its topic words are not in it (one is often a way
# of asking: "pls", "the study uses"); for a section one word of the report's section titles is enough
OTHER_WORDS = 2
# the look-ups that pick one of the report's lists or sections by the question's words
LOOKUPS = frozenset({"list_items", "section_info"})


def _forms(word: str) -> set[str]:
    """A word's light stem and its Snowball stem ("focused" and "focus" meet in one of them)."""
    from assistant.coverage import _SNOWBALL

    return {stem(word), _SNOWBALL.stemWord(word)}


def _held(ans: Answer) -> set[str]:
    """The stems of every word the look-up shows (its title, its items, its rows' text), of the titles of the
    sections and the captions of the figures it cites, and of the report's own words introducing the list."""
    import corpus
    from corpus.parse import sections
    from tools.lists import list_phrases

    cited = {c.section for c in ans.citations}
    figures = {c.figure for c in ans.citations if c.figure}
    titles = [s.title for s in sections() if s.number in cited] + [f.caption for f in corpus.figures() if f.key in figures]
    text = " ".join([ans.answer, *map(str, ans.items), *titles, list_phrases().get(ans.args.get("name", ""), ""),
                     *(str(v) for row in ans.rows for v in row.values())])
    return {f for w in re.findall(r"[a-z][\w'-]*", text.lower()) for f in _forms(w)}


@once
def _title_forms() -> dict[str, frozenset[str]]:
    """Each section's title, as the stems of its words (by section number)."""
    from corpus.parse import sections

    return {s.number: frozenset(f for w in re.findall(r"[a-z][\w'-]*", s.title.lower()) for f in _forms(w))
            for s in sections() if s.number != "0"}


def _better_title(ans: Answer, frame: Frame) -> list[str]:
    """The question's words that another section's title holds, when that title holds more of them than the title of
    the section shown ("the section on clusters as springboards" answered with §4, when §4.2's title says it)."""
    shown = next((r.get("section") for r in ans.rows), None)
    titles = _title_forms()
    if shown not in titles:
        return []
    words = [w for w in dict.fromkeys(re.findall(r"[a-z][\w'-]*", frame.text.lower())) if w not in FILLER]

    def said(number: str) -> list[str]:
        return [w for w in words if _forms(w) & titles[number]]

    best = max(titles, key=lambda n: len(said(n)))
    return [w for w in said(best) if w not in said(shown)] if len(said(best)) > len(said(shown)) else []


def unheld(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> list[str]:
    """The question's words a list or section look-up does not hold: for a list, its topic words it neither took
    nor shows; for a section, those of a better-fitting section title (``_better_title``)."""
    if ans.tool not in LOOKUPS or len(plan.steps) != 1:
        return []
    if ans.tool == "section_info":
        return _better_title(ans, frame)
    held = _held(ans)
    # only a list's name is a word the look-up took
    taken = {f for w in re.findall(r"[a-z]+", ans.args.get("name", "")) for f in _forms(w)}
    return [w for w in cov.unused if not common(w) and not _forms(w) & (held | taken)]


def look_up_unlike(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A list or a section look-up that holds none of two or more of the question's topic words: it answered another
    list or section than the one named (a check of ``assistant.unread``)."""
    words = unheld(ans, plan, frame, cov)
    if len(words) < (1 if ans.tool == "section_info" else OTHER_WORDS):  # a better title names another section
        return None
    return f"{', '.join(words[:3])} \u2014 not in the {'list' if ans.tool == 'list_items' else 'section'} shown"


def passage_over_look_up(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage,
                         search: Callable[[], Answer]) -> Answer | None:
    """The report's text instead of one of its lists, when the list look-up leaves two or more of the question's
    topic words unheld and the lead quote of a passage search holds them ("how many regions get the observatory's
    advisory services": not the list of regions, the sentence on the advisory services). None keeps the list (its
    answer stays unsure, ``look_up_unlike``), and so does the passage the list is read from."""
    if ans.tool != "list_items":
        return None
    words = unheld(ans, plan, frame, cov)
    if len(words) < OTHER_WORDS:
        return None
    text = search()
    if text.route != "retrieval" or not text.citations:
        return None
    lead = text.citations[0]
    if (lead.section, lead.page) in {(c.section, c.page) for c in ans.citations}:
        return None  # the passage the list is read from: the list is its reading ("the parameters the conclusion names")
    said = {f for w in re.findall(r"[a-z][\w'-]*", (lead.quote or "").lower()) for f in _forms(w)}
    held = [w for w in words if _forms(w) & said]
    return text if len(held) >= len(words) - (len(words) > OTHER_WORDS) else None
