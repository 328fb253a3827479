"""Parse ``corpus/report.txt`` into sections, figures, footnotes and page anchors.

Everything here is derived from the report's own text: the Table of Contents gives section pages, Appendix A
("Tables of Figures") gives figure pages, and headings and captions are found in the body by those titles.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.once import once
from corpus.records import Figure, Footnote, PageRef, Section

REPORT_PATH = Path(__file__).with_name("report.txt")

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = {c: str(i) for i, c in enumerate(SUPERSCRIPT)}
_TOC_LINE = re.compile(r"^(?P<num>\d+(?:\.\d+)*)?\.?\t(?P<title>[^\t]+?)\.*\t(?P<page>\d+)$")
_APPENDIX_FIG = re.compile(r"^Figure (?P<num>\d+): (?P<caption>.+)\t(?P<page>\d+)$")
_CAPTION = re.compile(r"^Figure (?P<num>\d+): (?P<caption>.+)$")
_FOOTNOTE = re.compile(rf"^(?P<num>[{SUPERSCRIPT}]+) ?(?P<text>\S.*)$")


class CorpusError(Exception):
    """The report text does not have the structure the parser expects."""


@once
def report_text() -> str:
    """The report, verbatim."""
    return REPORT_PATH.read_text(encoding="utf-8")


def report_hash() -> str:
    """SHA-256 of the report text, for index and data provenance."""
    return hashlib.sha256(report_text().encode("utf-8")).hexdigest()


def sup_to_int(s: str) -> int:
    """'¹³' -> 13."""
    return int("".join(_SUP_TO_DIGIT[c] for c in s))


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _norm(s: str) -> str:
    s = re.sub(rf"[{SUPERSCRIPT}]+", "", s)
    return re.sub(r"\s+", " ", s).strip().rstrip(".").strip()


@dataclass(frozen=True)
class _TocEntry:
    number: str
    title: str
    page: int


def _toc(text: str) -> tuple[list[_TocEntry], int]:
    """The ToC entries and the offset where the ToC ends."""
    lines = _lines(text)
    try:
        i = next(k for k, ln in enumerate(lines) if ln.text.strip() == "Table of Contents")
    except StopIteration as e:
        raise CorpusError("no 'Table of Contents' line in the report") from e
    entries: list[_TocEntry] = []
    end = lines[i].end
    for ln in lines[i + 1 :]:
        if not ln.text.strip():
            if entries:
                break
            continue
        m = _TOC_LINE.match(ln.text)
        if not m:
            break
        title = _norm(m["title"])
        num = m["num"]
        if num is None:
            am = re.match(r"Appendix ([A-Z]): (.+)", title)
            if not am:
                raise CorpusError(f"unnumbered ToC line that is no appendix: {ln.text!r}")
            num, title = am[1], am[2]
        entries.append(_TocEntry(num, title, int(m["page"])))
        end = ln.end
    if not entries:
        raise CorpusError("the Table of Contents has no entries")
    return entries, end


def _heading_text(e: _TocEntry) -> str:
    if e.number in ("A", "B"):
        return f"Appendix {e.number}: {e.title}"
    if "." not in e.number:
        return f"{e.number}. {e.title}"
    return f"{e.number} {e.title}"


@once
def sections() -> tuple[Section, ...]:
    """Every section of the report in order, front matter first ("0")."""
    text = report_text()
    toc, toc_end = _toc(text)
    lines = [ln for ln in _lines(text) if ln.start > toc_end]
    starts: list[int] = []
    cursor = toc_end
    for e in toc:
        want = _norm(_heading_text(e))
        hit = next((ln for ln in lines if ln.start >= cursor and _norm(ln.text) == want), None)
        if hit is None:
            raise CorpusError(f"heading {want!r} from the Table of Contents is not in the body")
        starts.append(hit.start)
        cursor = hit.end
    out = [Section("0", "European Cluster Observatory in Brief", 1, 1, toc[0].page, 0, starts[0],
                   text[0 : starts[0]])]
    for k, e in enumerate(toc):
        start = starts[k]
        end = starts[k + 1] if k + 1 < len(toc) else len(text)
        end_page = toc[k + 1].page if k + 1 < len(toc) else _last_page(text)
        level = 1 if e.number in ("A", "B") else e.number.count(".") + 1
        out.append(Section(e.number, e.title, level, e.page, end_page, start, end, text[start:end]))
    return tuple(out)


def _appendix_pages(text: str) -> list[tuple[int, str, int]]:
    """(figure number, caption, page) from Appendix A's list."""
    out = []
    for ln in _lines(text):
        m = _APPENDIX_FIG.match(ln.text)
        if m:
            out.append((int(m["num"]), _norm(m["caption"]), int(m["page"])))
    return out


def _last_page(text: str) -> int:
    return max(p for _, _, p in _appendix_pages(text))


def section_at(offset: int) -> Section:
    """The section that contains a character offset."""
    secs = sections()
    starts = [s.start for s in secs]
    return secs[max(0, bisect.bisect_right(starts, offset) - 1)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank block of text separated by blank lines."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


@once
def figures() -> tuple[Figure, ...]:
    """Every figure caption in the body (not Appendix A's list), with pages and descriptions."""
    text = report_text()
    listed = _appendix_pages(text)
    appendix = next(s for s in sections() if s.number == "A")
    captions = []
    for ln in _lines(text):
        if appendix.start <= ln.start < appendix.end:
            continue
        m = _CAPTION.match(ln.text)
        if m:
            captions.append((int(m["num"]), m["caption"].strip(), ln))
    counts: dict[int, int] = {}
    for num, _, _ in captions:
        counts[num] = counts.get(num, 0) + 1
    paras = _paragraphs(text)
    caption_starts = {ln.start for _, _, ln in captions}
    out = []
    seen: dict[int, int] = {}
    for num, caption, ln in captions:
        bare = _strip_sup(caption)
        match = next(((c, p) for n, c, p in listed if n == num and _norm(c) == _norm(bare)), None)
        seen[num] = seen.get(num, 0) + 1
        sec = section_at(ln.start)
        table = _table_before(text, sec.start, ln.start)
        desc = None
        if table is None:
            desc = _describing_paragraph(text, paras, num, ln.start, sec, caption_starts, appendix)
        if match is not None:
            page, est = match[1], False
        else:
            page, est = -1, True  # filled in below from the anchors
        key = str(num) if match is not None or counts[num] == 1 else f"{num}b"
        out.append(Figure(num, bare, page, est, sec.number, table is not None, ln.start, ln.end,
                          table[0] if table else None, table[1] if table else None,
                          text[desc[0]:desc[1]] if desc else None, desc[0] if desc else None,
                          counts[num] > 1, key))
    resolved = []
    for f in out:
        if f.page_estimated:
            f = _replace(f, page=_interpolate(f.caption_start, _anchors_from(out)).page)
        resolved.append(f)
    return tuple(resolved)


def _replace(f: Figure, **kw) -> Figure:
    from dataclasses import replace

    return replace(f, **kw)


def _strip_sup(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(rf"[{SUPERSCRIPT}]+", "", s)).strip()


def _table_before(text: str, section_start: int, caption_start: int) -> tuple[int, int] | None:
    """Offsets of the tab-separated block (blank lines allowed within) right before a caption."""
    lines = [_Line(ln.start + section_start, ln.end + section_start, ln.text)
             for ln in _lines(text[section_start:caption_start])]
    k = len(lines) - 1
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    if k < 0:
        return None
    end = lines[k].end
    if "\t" not in lines[k].text:
        # a one-line legend ("++ very strong cooperation, …") may stand between the table and its caption
        j = k - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        if j < 0 or "\t" not in lines[j].text or len(lines[k].text) > 200:
            return None
        k = j
    start = lines[k].start
    while k >= 0:
        t = lines[k].text
        if "\t" in t:
            start = lines[k].start
        elif t.strip():
            break
        k -= 1
    return start, end


@lru_cache(maxsize=2)
def _figure_mentions(text: str) -> dict[int, list[tuple[int, int]]]:
    """Every "Figure N" of the text by N, found in one pass (figures() looks for each of ~30 numbers)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for m in re.finditer(r"\bFigure (\d+)\b(?!\d)", text):
        out.setdefault(int(m[1]), []).append((m.start(), m.end()))
    return out


def _describing_paragraph(text, paras, num, caption_start, sec, caption_starts, appendix):
    """The body paragraph that names 'Figure N', preferring the caption's own section and nearest one."""
    starts = [p[0] for p in paras]
    named = []  # the paragraphs holding a match, in order (one search of the text, not one per paragraph)
    for start, end in _figure_mentions(text).get(num, ()):
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= paras[i][1] and (not named or named[-1] != paras[i]):
            named.append(paras[i])
    cands = []
    for s, e in named:
        if s in caption_starts or appendix.start <= s < appendix.end:
            continue
        if not re.match(r"Figure \d+:", text[s:e]):
            cands.append((s, e))
    if not cands:
        return None
    same = [c for c in cands if sec.start <= c[0] < sec.end]
    pool = same or cands
    lead = re.compile(rf"(^Figure {num}\b|\bFigure {num} (shows|demonstrates|displays|illustrates)\b)")
    return min(pool, key=lambda c: (not lead.search(text[c[0]:c[1]]), abs(c[0] - caption_start)))


def _anchors_from(figs) -> list[tuple[int, int]]:
    pts = [(s.start, s.start_page) for s in sections()]
    pts += [(f.caption_start, f.page) for f in figs if not f.page_estimated]
    return sorted(set(pts))


@once
def page_anchors() -> tuple[tuple[int, int], ...]:
    """(offset, printed page) pairs: section starts from the ToC and figure captions from Appendix A."""
    return tuple(_anchors_from(figures()))


def _interpolate(offset: int, anchors, exclude: int | None = None) -> PageRef:
    pts = [a for a in anchors if a[0] != exclude]
    for o, p in pts:
        if o == offset:
            return PageRef(p, False)
    return _between(offset, pts, [o for o, _ in pts])


def _between(offset: int, pts, offs: list[int]) -> PageRef:
    """The page interpolated between the anchors around ``offset`` (``offs``: the anchors' offsets, sorted)."""
    i = bisect.bisect_right(offs, offset)
    if i == 0:
        return PageRef(pts[0][1], True)
    if i == len(pts):
        return PageRef(pts[-1][1], True)
    (o0, p0), (o1, p1) = pts[i - 1], pts[i]
    page = p0 + (p1 - p0) * (offset - o0) / (o1 - o0)
    return PageRef(max(p0, min(p1, int(page))), True)


def page_of(offset: int) -> PageRef:
    """The page of a character offset: printed where an anchor stands there, else interpolated (estimated)."""
    offs, printed = _page_index()
    if offset in printed:
        return PageRef(printed[offset], False)
    return _between(offset, page_anchors(), offs)


@once
def _page_index() -> tuple[list[int], dict[int, int]]:
    """The anchors' offsets in order, and the printed page at each (the first anchor's, as ``_interpolate``)."""
    printed: dict[int, int] = {}
    for o, p in page_anchors():
        printed.setdefault(o, p)
    return [o for o, _ in page_anchors()], printed


def estimate_without(offset: int) -> PageRef:
    """Leave-one-out estimate: the page of an anchor's offset when that anchor is hidden (for testing)."""
    return _interpolate(offset, page_anchors(), exclude=offset)


@once
def footnotes() -> tuple[Footnote, ...]:
    """Every footnote: its text and the section where the body first references it."""
    text = report_text()
    notes = []
    def_lines = []
    for ln in _lines(text):
        m = _FOOTNOTE.match(ln.text)
        if m:
            notes.append((sup_to_int(m["num"]), m["text"].strip(), ln))
            def_lines.append((ln.start, ln.end))
    refs: dict[int, int] = {}
    for m in re.finditer(rf"[{SUPERSCRIPT}]+|\^\{{([\d, ]+)\}}", text):
        if any(s <= m.start() < e for s, e in def_lines):
            continue
        nums = [int(x) for x in m[1].split(",")] if m[1] else [sup_to_int(m.group())]
        for n in nums:
            refs.setdefault(n, m.start())
    out = []
    for n, t, ln in notes:
        ref = refs.get(n)
        out.append(Footnote(n, t, ln.start, ln.end, section_at(ref).number if ref is not None else None, ref))
    return tuple(out)


def section(number: str) -> Section:
    """A section by number ("2.2", "A")."""
    for s in sections():
        if s.number == number:
            return s
    raise KeyError(number)


def cite(offset: int) -> str:
    """A citation for a passage: "§2.2, p. 8 (est.)"."""
    return f"{section_at(offset).label}, {page_of(offset)}"
