"""Whether a look-up answered the thing the question names: a list or a section picked by a word of kind ("which
regions are …", "which section …") shows the report's own words for what it holds (its title, its items), and the
question's topic words — the report's words beyond its everyday vocabulary, which no slot of the reading took —
should be among them. A list of the report's regions for "the six model demonstrator regions", or an appendix for
"the service spectrum figure", answers another thing than the one named; the answer is shown, marked unsure, and
its reading names the words the look-up does not hold."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.coverage import Coverage, common, stem
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
def _title_words() -> frozenset[str]:
    """The stems of the words of the report's section titles: a word none of them holds points at no section."""
    from corpus.parse import sections

    return frozenset(f for s in sections() for w in re.findall(r"[a-z][\w'-]*", s.title.lower()) for f in _forms(w))


def unheld(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> list[str]:
    """The question's topic words that a list or section look-up neither took nor shows (for a section, only the
    words some section title holds: the others name no section, "deals", "begin")."""
    if ans.tool not in LOOKUPS or len(plan.steps) != 1:
        return []
    held = _held(ans)
    # a section is looked up by the question's own words, so only a list's name is a word the look-up took
    taken = {f for w in re.findall(r"[a-z]+", ans.args.get("name", "")) for f in _forms(w)} \
        if ans.tool == "list_items" else set()
    words = [w for w in cov.unused if not common(w) and not _forms(w) & (held | taken)]
    return [w for w in words if _forms(w) & _title_words()] if ans.tool == "section_info" else words


def look_up_unlike(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A list or a section look-up that holds none of two or more of the question's topic words: it answered another
    list or section than the one named (a check of ``assistant.unread``)."""
    words = unheld(ans, plan, frame, cov)
    if len(words) < (1 if ans.tool == "section_info" else OTHER_WORDS):  # a title's word names another section
        return None
    return f"{', '.join(words[:3])} \u2014 not in the {'list' if ans.tool == 'list_items' else 'section'} shown"
