"""What each figure shows, in the report's own words: the text a user may describe a figure by.

One row per (figure, source, text), derived from the corpus and the parsed tables, never typed in per figure:

- ``caption``: the caption; ``section``: the title of the section it stands in; ``part``: "Appendix B" for a
  figure in an appendix;
- ``table``: each label of its tab-separated table (row and column names, not the marks);
- ``names``: the kinds of names its table lists (industry, trend, sub-trend, parameter, region, country);
- ``lead``: the paragraph that introduces its table; ``description``: the paragraph that describes an image;
- ``footnote``: a footnote its caption carries (the source the figure is taken from);
- ``citing``: each sentence of the body that speaks of it ("Figure 8 shows …"); ``pointing``: one that only points
  to it in passing, in parentheses ("… (see Figure 5)");
- ``following``: for an image, the paragraph after its caption in the same section;
- ``kind``: a word of ``KIND_WORDS`` the report uses in that text, "table"/"image" for the form, and the names
  of the marks its table is printed with (``MARK_WORDS``);
- ``region`` and ``cooperation``: for a per-region chart, the region and the kind of cooperation its caption names.

Written by ``python -m structured.build`` as ``structured/data/figure_text.csv``; the words themselves are read by
``words()`` (folded, stemmed), shared with the figure finder in ``tools.figure_find``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import Stemmer

import corpus
from corpus.once import once
from structured import figures as F
from structured.load import read_table

DATA = Path(__file__).with_name("data") / "figure_text.csv"

#: The marks a table is printed with, as people name them ("the table with ticks").
MARK_WORDS = {"✓": "tick", "●": "dot"}

#: The words people use for the form of a figure; a figure gets one when the report's text about it uses it.
KIND_WORDS = ("matrix", "table", "chart", "diagram", "picture", "bubble", "portfolio", "map", "overview", "grid",
              "image", "graph", "list")

_STOP = frozenset(
    "a an the of to in on at by for with from and or nor but as is are was were be been being it its this that these "
    "those there their they them which what who whom whose where when how why do does did done can could would should "
    "shall will may might must has have had not no than then so such also into over per via about each every all any "
    "some more most other i me my we us our you your he she his her between across among within im ive id dont "
    "doesnt didnt isnt arent cant wont whats wheres thats heres theres hows whos many much others".split())
_STEM = Stemmer.Stemmer("english")
#: Stems that say the same to a reader of this report: the report itself uses both for one thing.
_SAME = {"collabor": "cooper", "coop": "cooper"}
_RND = re.compile(r"\br\s*(?:&|and|\+|n)\s*d\b|\bresearch(?: and development)?\b")
_FIG_REF = re.compile(r"\bFigure\s+(\d+)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
_PARENTHESIS = re.compile(r"\((?:[^()]*?\b)?(?:see |refer to )?Figure \d+\)?")
_COOPERATION = re.compile(r":\s*(\S+)\s+cooperation\b", re.IGNORECASE)


@dataclass(frozen=True)
class FigureText:
    """One piece of text about a figure, as written to ``figure_text.csv``."""

    figure: str  # the figure's key: "8", "17b"
    source: str  # caption, section, part, table, names, lead, description, footnote, citing, pointing, following, kind,
    # region, cooperation
    text: str


def is_stop(word: str) -> bool:
    """True for a word too common to say anything about a figure ("the", "which", "us")."""
    return word in _STOP


def fold(text: str) -> str:
    """Lower case, typographic quotes and dashes plain, "R&D" (and "r and d", "research") as the one token "rnd"."""
    s = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("–", "-").replace("—", "-")
    return _RND.sub(" rnd ", s)


@lru_cache(maxsize=32768)
def stem(word: str) -> str:
    """The English stem of one lower-case word ("suppliers" -> "supplier", "cooperating" -> "cooper"); words the
    report uses for one thing share one stem ("collaboration" -> "cooper")."""
    st = _STEM.stemWord(word)
    return _SAME.get(st, st)


def tokens(text: str) -> list[tuple[str, str]]:
    """(word as written, stem) for the content words of a text, stop words dropped; a hyphenated compound also
    counts joined ("match-making" gives "match", "make" and "matchmak")."""
    out: list[tuple[str, str]] = []
    for token in re.findall(r"[a-z0-9]+(?:[-/'][a-z0-9]+)*", fold(text)):
        parts = [p for p in re.split(r"[-/']", token) if p]
        if len(parts) > 1 and "-" in token and "".join(parts).isalpha():
            out.append((token, stem("".join(parts))))
        out += [(p, stem(p)) for p in parts if p not in _STOP and len(p) > 1]
    return out


def words(text: str) -> list[str]:
    """The stems of ``tokens(text)``."""
    return [s for _, s in tokens(text)]


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The blank-line-delimited paragraph around [start, end)."""
    a = text.rfind("\n\n", 0, start)
    b = text.find("\n\n", end)
    return (0 if a < 0 else a + 2), (len(text) if b < 0 else b)


def _sentence(text: str, offset: int) -> str:
    a, b = _paragraph(text, offset, offset)
    para = text[a:b]
    pos = 0
    for part in _SENTENCE_END.split(para):
        here = para.find(part, pos)
        if here <= offset - a < here + len(part) + 1:
            return part.strip()
        pos = here + len(part)
    return para.strip()


def _cited_key(number: int, section: str, figs: list[corpus.Figure]) -> str | None:
    """The figure a "Figure N" in ``section`` means: the one of that number in the same section, else the one
    Appendix A lists."""
    same = [f for f in figs if f.number == number]
    if not same:
        return None
    local = [f for f in same if f.section == section]
    return (local or [f for f in same if not f.clash] or same)[0].key


def _citing(figs: list[corpus.Figure]) -> list[FigureText]:
    text = corpus.report_text()
    body_end = corpus.section("A").start
    captions = [(f.caption_start, f.caption_end) for f in figs]
    out: list[FigureText] = []
    for m in _FIG_REF.finditer(text, 0, body_end):
        if any(a <= m.start() < b for a, b in captions):
            continue
        key = _cited_key(int(m[1]), corpus.section_at(m.start()).number, figs)
        if key is not None:
            aside = _PARENTHESIS.search(text[max(0, m.start() - 12): m.end() + 1]) is not None
            row = FigureText(key, "pointing" if aside else "citing", _sentence(text, m.start()))
            if row not in out:
                out.append(row)
    return out


def _following(f: corpus.Figure) -> str | None:
    """For an image, the paragraph right after the caption when it stays in the figure's section."""
    text = corpus.report_text()
    rest = text[f.caption_end:]
    m = re.search(r"\S", rest)
    if f.has_table or m is None:
        return None
    start = f.caption_end + m.start()
    a, b = _paragraph(text, start, start)
    para = text[start:b].strip()
    if corpus.section_at(start).number != f.section or not _own(para) or _FIG_REF.search(para) or \
            len(para.split()) < 12:
        return None
    return para


def _own(para: str) -> bool:
    """A paragraph of running text: not a footnote or a caption."""
    return not (para[:1] in corpus.parse.SUPERSCRIPT or re.match(r"Figure \d+:", para))


def _lead(f: corpus.Figure) -> str | None:
    """For a table, the paragraph just before it (its introduction)."""
    if not f.has_table or f.table_start is None:
        return None
    text = corpus.report_text()
    before = text[: f.table_start].rstrip()
    a = before.rfind("\n\n")
    para = before[a + 2:].strip()
    return para if para and _own(para) and corpus.section_at(f.table_start).number == f.section else None


def _labels(f: corpus.Figure) -> list[str]:
    """The distinct labels of a figure's table: every cell (each item of a bulleted cell) with a word in it, marks
    and blanks left out."""
    if not f.has_table:
        return []
    cells = (F.clean(part) for row in F.table_lines(f.key) for c in row for part in c.split("•"))
    return list(dict.fromkeys(c for c in cells if re.search(r"[A-Za-z]{2}", c)))


def _names(labels: list[str], vocabulary: list[dict]) -> list[str]:
    """The kinds of names (industry, trend, region, …) among a table's labels, by the vocabulary's aliases; a
    label that names things of two kinds ("Big data": a trend and a sub-trend) says neither."""
    kinds_of: dict[str, set[str]] = {}
    for v in vocabulary:
        kinds_of.setdefault(fold(v["alias"]), set()).add(v["kind"])
    found = [next(iter(k)) for k in (kinds_of.get(fold(lb), set()) for lb in labels) if len(k) == 1]
    return list(dict.fromkeys(found))


def _chart_facets(f: corpus.Figure, vocabulary: list[dict]) -> list[FigureText]:
    """A per-region chart's region (exactly one region alias in the caption) and cooperation kind."""
    caption = fold(f.caption)
    regions = {v["canonical"] for v in vocabulary if v["kind"] == "region"
               and re.search(rf"\b{re.escape(fold(v['alias']))}\b", caption)}
    m = _COOPERATION.search(f.caption)
    if len(regions) != 1 or m is None:
        return []
    return [FigureText(f.key, "region", regions.pop()), FigureText(f.key, "cooperation", m[1])]


def _kinds(f: corpus.Figure, texts: list[str]) -> list[str]:
    stems = {w for t in texts for w in words(t)}
    found = [k for k in KIND_WORDS if stem(k) in stems]
    return list(dict.fromkeys(found + ["table" if f.has_table else "image"]))


def _marks(f: corpus.Figure) -> list[str]:
    """The names of the marks a figure's table or caption is printed with."""
    text = f.caption + (corpus.report_text()[f.table_start:f.table_end] if f.has_table else "")
    return [word for mark, word in MARK_WORDS.items() if mark in text]


def _footnotes(f: corpus.Figure) -> list[str]:
    """The footnotes its caption carries (a figure's source: "⁴³ Cluster Collaboration and Business Support Tools
    …"), without their web addresses: what the figure is taken from says what it shows. A note that only points to
    another figure ("abbreviations according to Figure 1") says nothing of this one."""
    marks = re.findall(rf"[{corpus.parse.SUPERSCRIPT}]+", corpus.report_text()[f.caption_start:f.caption_end])
    numbers = {corpus.parse.sup_to_int(m) for m in marks}
    notes = (n.text for n in corpus.footnotes() if n.number in numbers)
    return [re.sub(r"\s*(available at:?\s*)?<[^>]*>", "", t).strip() for t in notes if not _FIG_REF.search(t)]


def _section_title(number: str) -> str:
    s = corpus.section(number)
    return f"{s.label}: {s.title}" if number in ("A", "B") else s.title


def rows(vocabulary: list[dict]) -> list[dict]:
    """Every (figure, source, text) row, figures in report order; ``vocabulary`` is the built vocabulary table."""
    figs = list(corpus.figures())
    citing = _citing(figs)
    out: list[FigureText] = []
    for f in figs:
        labels = _labels(f)
        texts = [("caption", f.caption), ("section", _section_title(f.section)), ("lead", _lead(f)),
                 ("description", f.description), ("following", _following(f))]
        texts += [("footnote", t) for t in _footnotes(f)]
        mine = [(t.source, t.text) for t in citing if t.figure == f.key]
        about = [(src, txt) for src, txt in texts if txt] + mine
        out += [FigureText(f.key, src, txt) for src, txt in about]
        if f.section.isalpha():  # "Appendix B": where the figure stands, as people say it
            out.append(FigureText(f.key, "part", corpus.section(f.section).label))
        out += [FigureText(f.key, "table", lb) for lb in labels]
        out += [FigureText(f.key, "names", k) for k in _names(labels, vocabulary)]
        out += [FigureText(f.key, "kind", k) for k in _kinds(f, [txt for src, txt in about if src != "section"])]
        out += [FigureText(f.key, "kind", w) for w in _marks(f)]
        out += _chart_facets(f, vocabulary)
    return [{"figure": r.figure, "source": r.source, "text": r.text} for r in out]


@once
def load() -> tuple[FigureText, ...]:
    """The rows of ``structured/data/figure_text.csv`` as typed records (read once)."""
    return tuple(read_table(DATA, FigureText))
