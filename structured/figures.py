"""Parsers for the report's tab-separated figure tables (Figures 1, 3–7, 10, 13, 16).

Each parser returns rows as dicts, ready to be written as CSV. Every row carries its figure and page.
"""

from __future__ import annotations

import re

import corpus
from structured.errors import ParseError

_BULLET = "•"
_TAGS = re.compile(r"<[^>]+>")
_SUP = re.compile(rf"[{corpus.parse.SUPERSCRIPT}]+")


def figure(key: str) -> corpus.Figure:
    for f in corpus.figures():
        if f.key == key:
            return f
    raise ParseError(f"no Figure {key} in the corpus")


def table_lines(key: str) -> list[list[str]]:
    """The figure's table as rows of cells (tab-split), blank lines dropped, legend line kept last."""
    f = figure(key)
    if not f.has_table:
        raise ParseError(f"Figure {key} has no table in the text")
    block = corpus.report_text()[f.table_start : f.table_end]
    return [ln.split("\t") for ln in block.split("\n") if ln.strip()]


def clean(cell: str) -> str:
    """Cell text without HTML tags and surplus white space."""
    return re.sub(r"\s+", " ", _TAGS.sub("", cell)).strip()


def industries() -> list[dict]:
    """Figure 1: the ten emerging industries and their abbreviations as printed."""
    f = figure("1")
    rows = table_lines("1")
    header, body = rows[0], rows[1:]
    if [clean(c) for c in header] != ["Emerging Industries", "Abbreviation"]:
        raise ParseError(f"Figure 1 header is {header!r}")
    return [
        {"figure": 1, "page": f.page, "order": i + 1, "name": clean(r[0]), "abbreviation": clean(r[1])}
        for i, r in enumerate(body)
    ]


def mark_matrix(key: str, mark: str = "●") -> list[dict]:
    """Figures 3, 4, 5: every (trend, industry) cell, marked or not, with the column label as printed."""
    f = figure(key)
    rows = table_lines(key)
    header = [clean(c) for c in rows[0]]
    columns = header[1:]
    out = []
    body = [r for r in rows[1:] if not clean(r[0]).startswith(mark)]
    for r in body:
        trend = clean(r[0])
        cells = r[1:] + [""] * (len(columns) - len(r) + 1)
        for col, cell in zip(columns, cells, strict=False):
            raw = cell.strip()
            if raw not in ("", mark):
                raise ParseError(f"Figure {key}: unexpected cell {raw!r} at {trend} / {col}")
            out.append({"figure": int(key), "page": f.page, "trend": trend, "column": col,
                        "raw": raw, "marked": int(raw == mark)})
    return out


def matrix_legend(key: str) -> str:
    """The legend line printed under a figure's table."""
    return clean(" ".join(table_lines(key)[-1]))


def subtrends() -> list[dict]:
    """Figure 6: the sub-trends listed for each hot-spot (mega trend, industry), in printed order."""
    f = figure("6")
    out = []
    for r in table_lines("6"):
        if clean(r[0]) == "Mega trend":
            continue
        if len(r) != 3:
            raise ParseError(f"Figure 6 row has {len(r)} cells: {r!r}")
        items = [clean(x) for x in _TAGS.sub("", r[2]).split(_BULLET)]
        items = [x for x in items if x]
        for i, item in enumerate(items):
            out.append({"figure": 6, "page": f.page, "trend": clean(r[0]), "industry": clean(r[1]),
                        "position": i + 1, "subtrend": item})
    return out


def crossover() -> list[dict]:
    """Figure 7: one row per (industry, sub-trend, parameter) with the raw cell and its grade.

    The industry label stands only on a block's first row; repeated header rows (page breaks) are skipped.
    ``grade`` is the legend symbol, "" for an empty cell, or "?" for a cell the legend does not know.
    """
    f = figure("7")
    rows = table_lines("7")
    header = [clean(c) for c in rows[0]]
    if header[1] != "Transformation":
        raise ParseError(f"Figure 7 header is {header!r}")
    params = header[2:]
    out, industry, order = [], None, 0
    for r in rows[1:]:
        first = clean(r[0]) if r else ""
        second = clean(r[1]) if len(r) > 1 else ""
        if second in ("Transformation", "Sub-Trends") or first.startswith("✓"):
            continue
        if first:
            industry = first
        if industry is None:
            raise ParseError(f"Figure 7 row before any industry: {r!r}")
        order += 1
        cells = (r[2:] + [""] * len(params))[: len(params)]
        for p, cell in zip(params, cells, strict=True):
            raw = cell.strip()
            grade = raw if raw in ("✓✓", "✓", "") else "?"
            out.append({"figure": 7, "page": f.page, "industry_label": industry, "subtrend": second,
                        "order": order, "parameter": p, "raw": raw, "grade": grade})
    return out


def crossover_parameters() -> list[str]:
    """Figure 7's column headers: the eight value-chain transition parameters."""
    return [clean(c) for c in table_lines("7")[0][2:]]


def regions() -> list[dict]:
    """Figure 10: region -> countries (or sub-regions) as printed.

    A merged cell ("Denmark Faroe Islands") is split where it ends with another cell of its column;
    footnote markers are stripped (kept in ``footnote``) and exact duplicates within a region dropped.
    """
    f = figure("10")
    rows = table_lines("10")
    out = []
    header: list[str] | None = None
    blocks: list[tuple[list[str], list[list[str]]]] = []
    for r in rows:
        cells = [clean(c) for c in r]
        if header is None or _is_header(cells, blocks):
            header = cells
            blocks.append((header, []))
            continue
        blocks[-1][1].append(r)
    for header, body in blocks:
        for ci, region in enumerate(header):
            if not region:
                continue
            col = [r[ci].strip() for r in body if ci < len(r) and r[ci].strip()]
            names = []
            for raw in col:
                foot = _SUP.findall(raw)
                name = clean(_SUP.sub("", raw))
                others = [clean(_SUP.sub("", o)) for o in col if o != raw]
                suffix = next((o for o in others if name.endswith(" " + o) and name != o), None)
                parts = [name[: -len(suffix) - 1], suffix] if suffix else [name]
                for part in parts:
                    names.append((part, raw, foot[0] if foot else ""))
            seen = set()
            pos = 0
            for name, raw, foot in names:
                if name in seen:
                    continue
                seen.add(name)
                pos += 1
                out.append({"figure": 10, "page": f.page, "region": region, "position": pos,
                            "country": name, "raw": raw, "footnote": corpus.parse.sup_to_int(foot) if foot else ""})
    return out


def _is_header(cells: list[str], blocks) -> bool:
    """The second region table starts with a row of region names (no row of the first block repeats)."""
    return bool(blocks) and all(c.endswith(("America", "Asia", "Africa", "Oceania", "Peninsula")) for c in cells if c)


def cooperation(key: str, kind: str) -> list[dict]:
    """Figures 13/16: the grade between every ordered pair of the six regions (diagonal left blank)."""
    f = figure(key)
    rows = table_lines(key)
    header = [clean(c) for c in rows[0]][1:]
    out = []
    for r in rows[1:-1]:
        a = clean(r[0])
        cells = (r[1:] + [""] * len(header))[: len(header)]
        for b, cell in zip(header, cells, strict=True):
            if a == b:
                if cell.strip():
                    raise ParseError(f"Figure {key}: diagonal cell {a} has {cell!r}")
                continue
            out.append({"figure": int(key), "page": f.page, "kind": kind, "region_a": a, "region_b": b,
                        "grade": cell.strip()})
    return out


def cooperation_legend(key: str) -> list[dict]:
    """The ++/+/o/- legend as printed under Figure 13 (or 16), strongest first."""
    line = matrix_legend(key)
    out = []
    parts = [p.strip() for p in line.split(",")]
    for i, p in enumerate(parts):
        sym, words = p.split(" ", 1)
        out.append({"scale": "cooperation", "symbol": sym, "words": words, "rank": len(parts) - i,
                    "figure": int(key), "page": figure(key).page})
    return out


def crossover_legend() -> list[dict]:
    """The ✓✓/✓ legend from Figure 7's caption, plus the empty cell the text explains (§3.3)."""
    f = figure("7")
    pairs = re.findall(r"(✓+) = ([^,)]+)", f.caption)
    if not pairs:
        raise ParseError("Figure 7's caption has no ✓ legend")
    out = [{"scale": "crossover", "symbol": s, "words": w.strip(), "rank": len(pairs) - i,
            "figure": 7, "page": f.page} for i, (s, w) in enumerate(pairs)]
    out.append({"scale": "crossover", "symbol": "", "words": "no mark (comparably weaker, not none)",
                "rank": 0, "figure": 7, "page": f.page})
    return out
