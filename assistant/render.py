"""Turn tool results and retrieval results into Answer records with Markdown text and citations."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import Answer, Citation


def covers() -> str:
    """What the report covers, for refusals: counted from the tables, not typed in."""
    import tools
    from tools.errors import number_word

    trends = tools.list_items("mega_trends").count
    inds = tools.list_items("industries").count
    regions = tools.list_items("european_regions").count
    return (f"The report covers {number_word(trends)} global mega trends and {number_word(inds)} emerging industries "
            f"(how they influence each other, their sub-trends and value-chain crossover points), why and how clusters "
            f"internationalise, and cooperation between {number_word(regions)} European regions.")


def _name(x) -> str:
    if isinstance(x, tuple | list):
        return " × ".join(str(p) for p in x)
    return str(x)


def citation_from_tool(c) -> Citation:
    import corpus

    title = None
    if c.section:
        try:
            title = corpus.section(c.section).title
        except KeyError:
            title = None
    return Citation(figure=c.figure, section=c.section, page=c.page, page_estimated=c.page_estimated,
                    quote=c.quote, cells=tuple(tuple(x) for x in c.cells), title=title)


def _figure_lines(result) -> list[str] | None:
    """Figure look-ups read as sentences: caption, page and section, and for an image the report's description."""
    if result.tool not in ("figure_info", "figure_lookup") or not result.rows:
        return None
    row = result.rows[0]
    est = " (est.)" if row.get("page_estimated") else ""
    sec = row.get("section")
    where = f"p. {row['page']}{est}" + (f", {('Appendix ' + sec) if sec in ('A', 'B') else '§' + sec}" if sec else "")
    lines = [f"**Figure {row['key']}: {row['caption']}** — {where}."]
    if row.get("has_table"):
        lines.append("Its data is printed in the text as a table; ask about it, or open it in the Figures tab.")
    else:
        lines.append("It is an image: the figure itself is not in the text version of the report.")
        if row.get("description"):
            lines.append(f"The report describes it:\n\n> {row['description']}")
    others = [r for r in result.rows[1:]]
    if others:
        lines.append("Other close matches: " + "; ".join(f"Figure {r['key']} (p. {r['page']})" for r in others) + ".")
    return lines


def tool_answer(result, reading: str | None = None) -> Answer:
    """Markdown for a ToolResult: what was computed, the answer, the source, and any data note."""
    fig = _figure_lines(result)
    if fig is not None:
        cites = [citation_from_tool(c) for c in result.citations]
        notes = [n.message for n in result.notes]
        body = "\n\n".join(fig + [f"> ⚠ Data note: {n}" for n in notes])
        return Answer(route="tool", answer=body, items=list(result.items), value=result.value, count=result.count,
                      groups=dict(result.groups), citations=cites, notes=notes, tool=result.tool,
                      args=dict(result.args), rows=list(result.rows))
    result = _none_when_empty(result)
    conflict = _count_conflict(result)
    if conflict is not None:
        result = replace(result, title=f"{result.title} — the report gives two counts")
    lines = []
    if reading:
        lines.append(f"*{reading}*")
    lines.append(f"**{result.title}**")
    if conflict is not None:
        lines.append(f"The report gives two counts: {conflict}")
    lines += _body(result)
    cites = [citation_from_tool(c) for c in result.citations]
    if cites:
        lines.append("Source: " + "; ".join(_source(c) for c in cites))
    notes = [n.message for n in result.notes]
    for n in notes:
        lines.append(f"> ⚠ Data note: {n}")
    return Answer(route="tool", answer=_join(lines),
                  items=list(result.items), value=result.value, count=result.count, groups=dict(result.groups),
                  citations=cites, notes=notes, tool=result.tool, args=dict(result.args), rows=list(result.rows),
                  sure=(conflict is None or _settles(result, conflict)) and  # two counts: which one is meant is open
                  not (result.rows and result.rows[0].get("in_part")))  # a figure about the subject in part only


def _settles(result, conflict: str) -> bool:
    """A yes/no on a stated count ("does Figure 5 show 12 marks") where the report's two counts are the very
    question: the answer gives the figure's count and the text's beside it, so it is no guess between them."""
    return result.value in ("yes", "no") and str(result.count) in re.findall(r"\d+", conflict)


def _body(result) -> list[str]:
    """The answer's value, its entries (or groups, or rows) and their count."""
    lines = []
    if result.value is not None and result.value != "none":
        shown = result.value if result.value != "" else "no mark"
        lines.append(f"Answer: **{shown}**")
    if result.groups and not result.items:
        for g, names in result.groups.items():
            label = g if g != "" else "no mark"
            lines.append(f"- {label}: {', '.join(names) if names else 'none'}")
    elif result.items:
        shorts = {r.get("name"): r["abbreviation"] for r in result.rows if isinstance(r, dict) and r.get("abbreviation")}
        for it in result.items[:60]:
            lines.append(f"- {_name(it)}" + (f" ({shorts[it]})" if isinstance(it, str) and it in shorts else ""))
        if len(result.items) > 60:
            lines.append(f"- … and {len(result.items) - 60} more")
    elif result.value == "none" or result.value is None and not result.rows:
        lines.append("None: the figure marks no such entry.")
    if result.count is not None and result.items:
        lines.append(f"({result.count} in all.)")
    if result.value is None and not result.items and result.rows and not result.groups:
        for r in result.rows[:20]:
            lines.append("- " + "; ".join(f"{k}: {v}" for k, v in r.items() if v not in (None, "")))
    return lines


def _count_conflict(result) -> str | None:
    """A data note saying the text counts exactly these cells differently than the figure does ("Figure 5 marks
    13 AOSIs, the text speaks of 12"): its message, for an answer that lists or counts all of them."""
    import json

    got = {tuple(i) for i in result.items if isinstance(i, tuple | list)}
    for n in result.notes:
        if n.kind == "count_mismatch" and got and got == {tuple(c[1:]) for c in json.loads(n.cells or "[]")}:
            return n.message
    return None


def _none_when_empty(result):
    """An empty list is an answer too: its value is "none" (the figure marks no such entry)."""
    if result.value is None and not result.items and result.count == 0:
        return replace(result, value="none")
    return result


def _join(lines: list[str]) -> str:
    """Paragraphs separated by blank lines; consecutive list items and quote lines kept together."""
    out = []
    for ln in lines:
        if out and (ln.startswith("- ") and out[-1].startswith("- ") or ln.startswith(">") and out[-1].startswith(">")):
            out[-1] += "\n" + ln
        else:
            out.append(ln)
    return "\n\n".join(out)


def _source(c: Citation) -> str:
    parts = []
    if c.figure:
        parts.append(f"Figure {c.figure}")
    if c.section:
        parts.append(f"Appendix {c.section}" if c.section in ("A", "B") else f"§{c.section}")
    if c.page is not None:
        parts.append(f"p. {c.page}" + (" (est.)" if c.page_estimated else ""))
    return ", ".join(parts)


# A retrieval answer is "sure" when its best score clears the in-scope threshold by this much and its lead quote comes
# from the best passage. A word found only in passing is no doubt: the lead quote is that mention and the answer says
# "only in passing" (bench/sureness.py: the only doubt of 38 right answers and 1 wrong one on the round sets).
SURE_MARGIN = 0.1
SUPPORTING_QUOTES = 2


def _where(q, figure: str | None = None) -> str:
    est = " (est.)" if q.page_estimated else ""
    label = f"Appendix {q.section}" if q.section in ("A", "B") else f"§{q.section}"
    return f"{label} {q.section_title}, p. {q.page}{est}" + (f" (Figure {figure})" if figure else "")


def _figure_citation(key: str) -> Citation:
    import corpus

    f = next(f for f in corpus.figures() if f.key == key)
    return Citation(figure=key, section=f.section, page=f.page, page_estimated=f.page_estimated, title=f.caption)


def figure_of(q, passages, question: str = "") -> str | None:
    """The figure a quote discusses: one it names (of several, the one ``question`` is about), else one its passage
    is or names, else the one figure its sub-section shows (a chapter's opening, or a sub-section of several figures,
    names its own)."""
    import corpus
    from retrieval.quotefigs import asked_figure

    key = asked_figure(question, q.text, q.start)  # "Figure 50", a number the report lacks, is none
    if key is not None:
        return key
    own = next((p.figures for p in passages if p.id == q.passage_id and p.figures), None)
    if own:
        return own[0]
    shown = [f for f in corpus.figures() if f.section == q.section]
    if len(shown) != 1 or "." not in q.section:
        return None
    return shown[0].key


def _in_phrases(question: str, words: list[str]) -> str:
    """``words`` as the phrases they form in ``question``: "supply chain, value chain" (not "supply chain value")."""
    runs: list[list[str]] = []
    last = -2
    for n, w in enumerate(re.findall(r"[\w&'’-]+", question)):
        if w in words:
            if n != last + 1 or not runs:
                runs.append([])
            runs[-1].append(w)
            last = n
    phrases = list(dict.fromkeys(" ".join(r) for r in runs)) or list(words)
    return phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} and {phrases[-1]}"


def _lead_in(res) -> str:
    """What kind of answer follows: the report's own words, from where, and how firmly."""
    from retrieval.roles import FOOTNOTE, role_of

    if res.passing and role_of(res.quotes[0].start, res.quotes[0].end) == FOOTNOTE:  # its words may be everywhere
        return "The report mentions this only in passing, in a footnote:"
    if res.passing:
        return f"The report mentions {_in_phrases(res.question, res.passing)} only in passing:"
    if res.whole_report:
        secs = ", ".join(f"§{s}" for s in res.whole_report)
        return f"The report has no abstract; this answer comes from its introduction and conclusion ({secs}):"
    return "The report says:"


def _clip(q, p) -> dict:
    """The part of a quote inside a passage (a quote in context may begin in the passage before)."""
    a, b = max(q.start, p.start), min(q.end, p.end)
    return {"text": p.text[a - p.start : b - p.start], "start": a, "end": b}


def retrieval_answer(res) -> Answer:
    """Extractive answer: one lead quote (the sentence that answers, in its context), then up to two supporting
    quotes, each with its section and page; how the question was read, and whether the answer is sure."""
    from assistant.numbers import counted_in_lead
    from retrieval.kinds import reading, shows_kind

    read = reading(res.question, res.kind)
    told = counted_in_lead(res.question, res.quotes[0].text) if res.quotes else None
    lines = [f"*{read.phrase}*", *([f"The report gives the number: **{told[1]}**."] if told else []),
             _lead_in(res)]
    cites, seen = [], set()
    for n, q in enumerate(res.quotes[: 1 + SUPPORTING_QUOTES]):
        if n == 1:
            lines.append("Also in the report:")
        quoted = "\n".join(f"> {ln}" if ln.strip() else ">" for ln in f"\u201c{q.text}\u201d".split("\n"))
        fig = figure_of(q, res.passages, res.question)
        lines.append(f"{quoted}\n> — {_where(q, fig)}")
        if (q.section, q.page) not in seen:  # one chip per section and page
            seen.add((q.section, q.page))
            cites.append(Citation(figure=None, section=q.section, page=q.page, page_estimated=q.page_estimated,
                                  quote=q.text, title=q.section_title))
        if fig and fig not in seen:  # and one per figure the quotes discuss, on the figure's own page
            seen.add(fig)
            cites.append(_figure_citation(fig))
    passages = []
    for p in res.passages:
        passages.append({"id": p.id, "text": p.text, "start": p.start, "end": p.end, "section": p.section,
                         "section_title": p.section_title, "page": p.page, "page_estimated": p.page_estimated,
                         "figures": list(p.figures), "score": p.score,
                         "quotes": [_clip(q, p) for q in res.quotes if q.start < p.end and p.start < q.end]})
    lead = res.quotes[0] if res.quotes else None
    sure = bool(lead and res.in_scope and res.best_score >= res.threshold + SURE_MARGIN
                and res.passages and lead.section == res.passages[0].section and shows_kind(res.kind, lead.text))
    return Answer(route="retrieval", answer=_join(lines), citations=cites, passages=passages, reading=read.phrase,
                  sure=sure, items=_credited(res) or _listed(res), count=told[0] if told else None)


def _credited(res) -> list[str]:
    """The names a "who wrote this report" answer quotes from the front matter's credits (each line after its
    "… by:" line, without the organisation in brackets); none for any other answer."""
    from retrieval.kinds import asks_authors
    from retrieval.roles import FRONT, role_of

    lead = res.quotes[0] if res.quotes else None
    if lead is None or not asks_authors(res.question) or role_of(lead.start, lead.end) != FRONT:
        return []
    lines = [ln.strip() for ln in lead.text.splitlines()[1:] if ln.strip()]
    return [re.sub(r"\s*\([^)]*\)$", "", ln) for ln in lines]


# "which west sweden clusters …", "which parameters …": a question for names, answered by a list
_WHICH_NAMES = re.compile(r"\bwhich(?: [\w&-]+){0,3}? (?!does\b|is\b|was\b|has\b)[\w&-]+s\b", re.IGNORECASE)
# the list after a colon: bullet lines, or an enumeration that ends its sentence ("…: a, b and c, and d.")
_BULLETS = re.compile(r":[ \t]*\n+((?:[ \t]*[-•][^\n]*\n?)+)")
_INLINE = re.compile(r":\s+([^:\n]+?)[\s.*”\"]*$")
MIN_LISTED = 3


def _listed(res) -> list[str]:
    """The names a question for names gets from the list its lead quote ends with: each bullet's bold term (else
    its text), or each part of an enumeration after a colon; none when the lead holds no such list."""
    from retrieval.kinds import LIST, question_kind

    lead = res.quotes[0] if res.quotes else None
    if lead is None or not (question_kind(res.question) == LIST or _WHICH_NAMES.search(res.question)):
        return []
    m = _BULLETS.search(lead.text)
    if m:
        lines = [ln.strip().lstrip("-• ").strip() for ln in m[1].splitlines() if ln.strip()]
        names = [b[1] if (b := re.search(r"\*\*([^*]+)\*\*", ln)) else ln for ln in lines]
    elif (m := _INLINE.search(lead.text)) is not None:
        names = [p.strip(" *") for p in re.split(r",\s*(?:and\s+)?", m[1])]
    else:
        return []
    names = [n for n in names if n]
    return names if len(names) >= MIN_LISTED else []


def not_covered(res) -> Answer:
    """A narrative question the report does not cover: say what was not found, by name, and what it covers. The
    words the report never uses are named when there are any; otherwise the question itself."""
    if res.unknown_terms:
        what = " or ".join(f"\u201c{t}\u201d" for t in res.unknown_terms[:3])
    else:
        what = f"\u201c{' '.join(res.question.split()).rstrip(' ?.!')}\u201d"
    return refusal(f"The report does not cover {what}: no passage of it answers this. {covers()}", "out_of_scope")


def refusal(message: str, reason: str, suggestions: tuple[str, ...] = ()) -> Answer:
    return Answer(route="refuse", answer=message, reason=reason, suggestions=list(suggestions))
