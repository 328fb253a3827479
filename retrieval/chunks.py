"""Split the report into chunks that follow its structure.

A chunk never crosses a section boundary. Text chunks are built from paragraphs, merged up to ``max_chars``
(a paragraph longer than that is split between sentences). Every tab-separated figure table, with its legend
and caption, is one chunk, searched through a text rendering of its cells. Footnote definitions are not
chunks of their own: each is attached to the chunk that references it. Every chunk's ``text`` is the verbatim
slice ``report_text()[start:end]``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache

import corpus

# Bump when chunk boundaries, renderings or sentence splitting change: the index records it.
CHUNKER_VERSION = "4"
# Chosen by measurement on tests/data/retrieval_dev.jsonl (see bench/retrieval.py --sweep).
DEFAULT_MAX_CHARS = 1000

_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_MARKERS = {"●", "✓", "✓✓", "✓v", "++", "+", "o", "-"}
_TAG = re.compile(r"<[^>]+>")
_FIG_MENTION = re.compile(r"\bFigures? (\d+)\b(?!\d)")
_FIG_NAMED = re.compile(r"\bFig(?:ure|\.)?s?\s*(\d+)\b")  # "Fig. 11", "Figs 9", "Figure 9"
_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|ca|vs|al|cf|No|Vol|p|pp|Fig|St|Dr|Mr|approx)|\b[A-Z])\.$")


@dataclass(frozen=True)
class Span:
    """A verbatim slice of the report: ``report_text()[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage with its source."""

    id: str
    index: int
    kind: str  # "text", "table" (a figure table with legend and caption) or "caption" (an image figure)
    section: str
    section_title: str
    page: int
    page_estimated: bool
    start: int
    end: int
    text: str = field(repr=False)  # verbatim report_text()[start:end]
    figures: tuple[str, ...]  # figure keys the chunk is, or mentions
    footnotes: tuple[int, ...]  # footnotes referenced from the chunk (their text is searched with it)
    search_text: str = field(repr=False)  # what BM25 indexes: heading, body or table rendering, footnotes
    views: tuple[str, ...] = field(repr=False)  # what is embedded; a chunk's dense score is its best view's
    sentences: tuple[Span, ...] = field(repr=False)  # candidate quotes, verbatim


# ---------------------------------------------------------------- sentences


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Verbatim sentence spans of ``text`` (a paragraph or list); ``offset`` is added to positions.

    Line breaks end a sentence (bullets, list items); so do '.', '!' and '?' before a capital letter.
    """
    out: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        start = 0
        for b in re.finditer(r"[.!?][\"”’')\]]*[" + _SUP + r"]*(?=\s+[\"“‘(]?[A-Z0-9])", line):
            if _ABBREV.search(line[start : b.start() + 1]):
                continue
            out.append(_span(text, base + start, base + b.end(), offset))
            start = b.end()
        out.append(_span(text, base + start, base + len(line), offset))
    return [s for s in out if s is not None and _is_prose(s.text)]


def _span(text: str, s: int, e: int, offset: int) -> Span | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    return Span(offset + s, offset + e, text[s:e])


def _is_prose(s: str) -> bool:
    return len(re.findall(r"[A-Za-z]{2,}", s)) >= 3


# ---------------------------------------------------------------- tables


def _cells(line: str) -> list[str]:
    return [_TAG.sub(" ", c).replace("•", ";").strip(" ;") for c in line.split("\t")]


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\s*;\s*", "; ", s)).strip()


def _legend_meanings(text: str) -> dict[str, str]:
    """'++ very strong cooperation, + strong …' or '(✓✓ = very strong, ✓ = strong)' -> {marker: meaning}."""
    out = {}
    pat = r"(?:^|[,(]\s*)(✓✓|✓|\+\+|\+|●|o|-)\s*=?\s*([A-Za-z][^,()]*(?:\([^)]*\))?)"
    for sym, meaning in re.findall(pat, text):
        out.setdefault(sym, meaning.strip())
    return out


def render_table(fig: corpus.Figure) -> str:
    """A text rendering of a figure's tab-separated table that BM25 and the embedding can match.

    Marker matrices become one line per row ("Big data: Mobility Technology, Medical Devices, …", grouped by
    the legend's meaning of each marker); wide lists become one line per column; other tables one line per row.
    """
    text = corpus.report_text()
    raw = text[fig.table_start : fig.table_end]
    rows = [_cells(ln) for ln in raw.split("\n")]
    legend_lines = [" ".join(r).strip() for r in rows if r and r[0][:2].strip() in _MARKERS and
                    not any(c for c in r[1:])]
    meanings = _legend_meanings(" ".join(legend_lines))
    for sym, meaning in _legend_meanings(fig.caption).items():
        meanings.setdefault(sym, meaning)
    rows = [r for r in rows if any(r) and " ".join(r).strip() not in legend_lines]
    head = f"Figure {fig.number}: {fig.caption}"
    if not rows:
        return head
    header = rows[0]
    body = [r for r in rows[1:] if r != header and not (r[0] == "" and sum(bool(c) for c in r) <= 1)]
    data = [c for r in body for c in r[1:] if c]
    markers = sum(c in _MARKERS for c in data)
    lines = [head]
    if data and markers >= 0.6 * len(data):
        lines += _marker_lines(body, header, meanings)
    elif len(header) >= 4:
        for blk in re.split(r"\n\s*\n", raw.strip("\n")):
            brows = [_cells(ln) for ln in blk.split("\n") if ln.strip()]
            if not brows:
                continue
            for j, name in enumerate(brows[0]):
                vals = [_clean(r[j]) for r in brows[1:] if j < len(r) and r[j]]
                if name:
                    lines.append(f"{_clean(name)}: {', '.join(vals)}.")
    else:
        for r in body:
            cells = [_clean(c) for c in r if c]
            if cells:
                lines.append(f"{' – '.join(cells[:-1])}: {cells[-1]}." if len(cells) > 1 else f"{cells[0]}.")
    return "\n".join(lines)


def _marker_lines(body: list[list[str]], header: list[str], meanings: dict[str, str]) -> list[str]:
    """One line per row of a marker matrix: its label, then the columns grouped by the legend's meaning."""
    lines, carry = [], ""
    for r in body:
        labels, k = [], 0
        while k < len(r) and r[k] not in _MARKERS and (k == 0 or r[k]):
            labels.append(r[k])
            k += 1
        if labels and labels[0]:
            carry = labels[0]
        elif labels:
            labels[0] = carry
        label = " – ".join(x for x in labels if x)
        groups: dict[str, list[str]] = {}
        for j in range(len(labels), len(r)):
            if r[j] in _MARKERS and j < len(header) and header[j]:
                sym = "✓" if r[j] == "✓v" else r[j]
                groups.setdefault(meanings.get(sym, sym), []).append(header[j])
        parts = [f"{_clean(label)} – {m}: {', '.join(cols)}" for m, cols in groups.items()]
        lines.append("; ".join(parts) + "." if parts else f"{_clean(label)}: none.")
    return lines


# ---------------------------------------------------------------- chunking


@dataclass
class _Unit:
    segments: list[tuple[int, int]]  # verbatim pieces (footnote blocks between them are left out)
    kind: str = "text"
    figure: str | None = None

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[start:end]):
        if m.group().strip():
            out.append((start + m.start(), start + m.end()))
    return out


def _continues(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """A paragraph cut by a page break: 'logis-' … 'tics companies', or no final stop before lower case."""
    a = text[prev[0] : prev[1]].rstrip()
    b = text[nxt[0] : nxt[1]].lstrip()
    if "\t" in a or "\t" in b or not b:
        return False
    return a.endswith("-") and b[0].islower() or (a[-1] not in ".:!?)”\"" and b[0].islower())


def _units(sec: corpus.Section) -> list[_Unit]:
    text = corpus.report_text()
    figs = [f for f in corpus.figures() if sec.start <= f.caption_start < sec.end]
    tables = [(f.table_start, f.caption_end, f) for f in figs if f.has_table]
    captions = {f.caption_start: f for f in figs if not f.has_table}
    notes = {(n.start, n.end) for n in corpus.footnotes()}
    units: list[_Unit] = []
    blocks = _blocks(text, sec.start, sec.end)
    heading_end = blocks[0][1] if blocks else sec.start
    for b in blocks:
        if b[1] <= heading_end:
            continue  # the heading itself: it is in every chunk's search text
        tab = next((t for t in tables if t[0] <= b[0] < t[1]), None)
        if tab is not None:
            if not units or units[-1].figure != tab[2].key:
                units.append(_Unit([(tab[0], tab[1])], "table", tab[2].key))
            continue
        if any(s <= b[0] < e for s, e in notes):
            continue
        if b[0] in captions:
            units.append(_Unit([b], "caption", captions[b[0]].key))
            continue
        block = text[b[0] : b[1]]
        if not block.strip(" \u00a0\n"):
            continue
        prev = next((u for u in reversed(units) if u.kind == "text"), None)
        if prev is not None and prev is units[-1] and _continues(text, prev.segments[-1], b):
            prev.segments.append(b)
        else:
            units.append(_Unit([b]))
    return units


def _split_long(text: str, u: _Unit, max_chars: int) -> list[_Unit]:
    """A paragraph longer than ``max_chars`` becomes several units cut between sentences."""
    if u.kind != "text" or u.end - u.start <= max_chars or len(u.segments) > 1:
        return [u]
    sents = split_sentences(text[u.start : u.end], u.start)
    if len(sents) < 2:
        return [u]
    out, cur = [], [sents[0]]
    for s in sents[1:]:
        if s.end - (cur[0].start if out else u.start) > max_chars:
            out.append(cur)
            cur = [s]
        else:
            cur.append(s)
    out.append(cur)
    bounds = [g[0].start for g in out[1:]]
    starts, ends = [u.start, *bounds], [*bounds, u.end]
    return [_Unit([(s, e)]) for s, e in zip(starts, ends, strict=True)]


def figure_key(number: int, offset: int) -> str:
    """The key of figure ``number`` as the text at ``offset`` names it: the one in the same section, else the nearest."""
    cands = [f for f in corpus.figures() if f.number == number]
    if not cands:
        return str(number)
    sec = corpus.section_at(offset).number
    same = [f for f in cands if f.section == sec]
    return min(same or cands, key=lambda f: abs(f.caption_start - offset)).key


def named_figure(text: str, offset: int) -> str | None:
    """The key of the first figure ``text`` (at report ``offset``) names ("Fig. 11", "Figure 9"); None when it names
    none or a number the report has no figure for ("Figure 50")."""
    m = _FIG_NAMED.search(text)
    key = figure_key(int(m[1]), offset + m.start()) if m else None
    return key if key in {f.key for f in corpus.figures()} else None


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:10]


@cache
def chunk_report(max_chars: int = DEFAULT_MAX_CHARS) -> tuple[Chunk, ...]:
    """Every chunk of the report, in order."""
    text = corpus.report_text()
    notes = corpus.footnotes()
    figs = {f.key: f for f in corpus.figures()}
    out: list[Chunk] = []
    for sec in corpus.sections():
        units = [p for u in _units(sec) for p in _split_long(text, u, max_chars)]
        groups: list[list[_Unit]] = []
        for u in units:
            last = groups[-1] if groups else None
            if (last and u.kind == "text" and last[-1].kind == "text"
                    and u.end - last[0].start <= max_chars):
                last.append(u)
            else:
                groups.append([u])
        for g in groups:
            start, end = g[0].start, g[-1].end
            body_segments = [s for u in g for s in u.segments]
            kind = g[0].kind
            keys: list[str] = []
            if g[0].figure:
                keys.append(g[0].figure)
            for s, e in body_segments:
                for m in _FIG_MENTION.finditer(text[s:e]):
                    k = figure_key(int(m[1]), s + m.start())
                    if k not in keys:
                        keys.append(k)
            fns = tuple(n.number for n in notes if n.ref_offset is not None and start <= n.ref_offset < end)
            fn_texts = [n.text for n in notes if n.number in fns]
            heading = f"{sec.label} {sec.title}"
            if kind == "table":
                fig = figs[g[0].figure]
                body = render_table(fig)
                sentences = (Span(fig.caption_start, fig.caption_end, text[fig.caption_start:fig.caption_end]),)
                views = tuple(f"{heading}. {v}" for v in _windows(body, 600))
            else:
                body = "\n\n".join(text[s:e] for s, e in body_segments)
                if kind == "caption":
                    fig = figs[g[0].figure]
                    if fig.description:
                        body = f"{body}\n{fig.description}"
                sentences = tuple(sp for s, e in _coalesce(text, body_segments)
                                  for sp in split_sentences(text[s:e], s))
                views = tuple(f"{heading}. {v}" for v in _windows(body, 900))
            fn_spans = tuple(sp for n in notes if n.number in fns for sp in split_sentences(text[n.start:n.end],
                                                                                    n.start))
            views += tuple(f"{heading}. {t}" for t in fn_texts)
            search_text = "\n".join([heading, body, *fn_texts])
            page = corpus.page_of(start)
            out.append(Chunk(
                id=f"{sec.number}-{len(out):04d}-{_digest(CHUNKER_VERSION, start, end, text[start:end])}",
                index=len(out), kind=kind, section=sec.number, section_title=sec.title,
                page=page.page, page_estimated=page.estimated, start=start, end=end, text=text[start:end],
                figures=tuple(keys), footnotes=fns, search_text=search_text, views=views,
                sentences=sentences + fn_spans,
            ))
    return tuple(out)


def _coalesce(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join segments separated only by blank lines (a paragraph broken by a page), so a quote can span them."""
    out = [segments[0]]
    for s, e in segments[1:]:
        if not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _windows(body: str, size: int) -> list[str]:
    """Consecutive pieces of ``body`` of at most about ``size`` characters, cut at line or sentence ends."""
    pieces = [p for p in re.split(r"(?<=[.!?])\s+|\n+", body) if p.strip()]
    out, cur = [], ""
    for p in pieces:
        if cur and len(cur) + len(p) + 1 > size:
            out.append(cur)
            cur = p
        else:
            cur = f"{cur} {p}" if cur else p
    if cur:
        out.append(cur)
    return out or [body]
