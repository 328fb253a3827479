"""Data notes: the report's inconsistencies, computed from the parsed tables and the text.

Each note says what differs, cites figures, sections and pages, and lists the cells it touches as
(figure, row, column) so that any answer touching those cells can show it. Messages are templates filled
from the data; no finding is typed in by hand.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict

import corpus
from structured.vocabulary import CURATED

_NUMBER_WORDS = {"twelve": 12, "eleven": 11, "thirteen": 13, "ten": 10}


def _note(kind, message, figures=(), sections=(), pages=(), cells=()) -> dict:
    return {"kind": kind, "message": message, "figures": ";".join(str(f) for f in dict.fromkeys(figures)),
            "sections": ";".join(dict.fromkeys(sections)), "pages": ";".join(str(p) for p in dict.fromkeys(pages)),
            "cells": json.dumps([list(c) for c in cells], ensure_ascii=False)}


def _fig(key):
    return next(f for f in corpus.figures() if f.key == key)


def compute(t: dict[str, list[dict]]) -> list[dict]:
    """All data notes, numbered in a stable order."""
    notes = []
    notes += _aosi_count(t)
    notes += _aosi_directions(t)
    notes += _hotspots(t)
    notes += _crossover_coverage(t)
    notes += _odd_cells(t)
    notes += _figure_clash()
    notes += _spellings(t)
    notes += _claims(t)
    notes += _missing_footnotes()
    for i, n in enumerate(notes, 1):
        n["id"] = f"N{i:02d}"
    return [{k: n[k] for k in ("id", "kind", "message", "figures", "sections", "pages", "cells")} for n in notes]


def _aosi_count(t):
    marked = [(r["trend"], r["industry"]) for r in t["aosi"] if r["marked"]]
    text = corpus.report_text()
    mentions = []
    for m in re.finditer(r"\b(\d+|twelve|eleven|thirteen)\s+(?:\*\*)?areas of strong", text):
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1]]
        mentions.append((n, m.start()))
    differing = [(n, o) for n, o in mentions if n != len(marked)]
    if not differing:
        return []
    said = sorted({n for n, _ in differing})
    where = [corpus.section_at(o) for _, o in differing]
    f5 = _fig("5")
    msg = (f"Figure 5 marks {len(marked)} areas of strong interdependencies (AOSI), while the text speaks of "
           f"{' or '.join(str(n) for n in said)} areas ({', '.join(corpus.cite(o) for _, o in differing)}).")
    return [_note("count_mismatch", msg, [5], ["2.3"] + [s.number for s in where], [f5.page] +
                  [corpus.page_of(o).page for _, o in differing], [(5, a, b) for a, b in marked])]


def _aosi_directions(t):
    down = {(r["trend"], r["industry"]) for r in t["downstream"] if r["marked"]}
    up = {(r["trend"], r["industry"]) for r in t["upstream"] if r["marked"]}
    out = []
    f3, f4, f5 = _fig("3"), _fig("4"), _fig("5")
    for r in t["aosi"]:
        if not r["marked"]:
            continue
        cell = (r["trend"], r["industry"])
        d, u = cell in down, cell in up
        if d and u:
            continue
        if not d and not u:
            msg = (f"Figure 5 marks {r['trend']} × {r['industry']} as an AOSI, but neither Figure 3 (downstream) "
                   f"nor Figure 4 (upstream) marks that cell.")
        else:
            which, other = ("Figure 3 (downstream)", "Figure 4 (upstream)") if d else ("Figure 4 (upstream)", "Figure 3 (downstream)")
            msg = (f"Figure 5 marks {r['trend']} × {r['industry']} as an AOSI; only {which} marks that cell, "
                   f"{other} does not (the text allows one-sided AOSIs \"with an extreme effect\").")
        out.append(_note("aosi_direction", msg, [5, 3, 4], ["2.3"], [f5.page, f3.page, f4.page],
                         [(5, *cell), (3, *cell), (4, *cell)]))
    return out


def _hotspots(t):
    aosi = [(r["trend"], r["industry"]) for r in t["aosi"] if r["marked"]]
    six = list(dict.fromkeys((r["trend"], r["industry"]) for r in t["subtrends"]))
    out = []
    f5, f6 = _fig("5"), _fig("6")
    for cell in aosi:
        if cell not in six:
            out.append(_note("hotspot_missing", f"Figure 5 marks {cell[0]} × {cell[1]} as an AOSI, but Figure 6 "
                             f"lists no sub-trends for it.", [5, 6], ["2.3"], [f5.page, f6.page],
                             [(5, *cell), (6, *cell)]))
    for cell in six:
        if cell not in aosi:
            out.append(_note("hotspot_missing", f"Figure 6 lists sub-trends for {cell[0]} × {cell[1]}, but Figure 5 "
                             f"does not mark it as an AOSI.", [6, 5], ["2.3"], [f6.page, f5.page],
                             [(6, *cell), (5, *cell)]))
    return out


def _crossover_coverage(t):
    f6, f7 = _fig("6"), _fig("7")
    linked = {(r["industry"], r["figure6"]) for r in t["subtrend_names"] if r["figure7"]}
    missing = defaultdict(list)
    for r in t["subtrends"]:
        if (r["industry"], r["subtrend"]) not in linked:
            missing[(r["trend"], r["industry"])].append(r["subtrend"])
    out = []
    inds7 = {r["industry"] for r in t["crossover"]}
    for (trend, ind), subs in missing.items():
        whole = ind not in inds7
        msg = (f"Figure 7 has no rows for {'the industry ' + ind + ' at all; ' if whole else ''}"
               f"the Figure 6 sub-trends of {trend} × {ind}: {', '.join(subs)}.")
        out.append(_note("crossover_missing", msg, [6, 7], ["2.3", "3.3"], [f6.page, f7.page],
                         [(6, trend, ind)] + [(7, f"{ind} | {s}", "") for s in subs]))
    rows = defaultdict(list)
    for r in t["crossover"]:
        rows[(r["industry"], r["subtrend"])].append(r)
    for (ind, sub), cells in rows.items():
        if all(c["raw"] == "" for c in cells):
            out.append(_note("crossover_unmarked", f"Figure 7's row {ind} / {sub} has no mark in any of the "
                             f"{len(cells)} parameters.", [7], ["3.3"], [f7.page],
                             [(7, f"{ind} | {sub}", c["parameter"]) for c in cells]))
    return out


def _odd_cells(t):
    f7 = _fig("7")
    legend = {r["symbol"] for r in t["legend"] if r["scale"] == "crossover"}
    out = []
    for r in t["crossover"]:
        if r["raw"] not in legend:
            out.append(_note("odd_cell", f"Figure 7's cell {r['industry']} / {r['subtrend']} / {r['parameter']} reads "
                             f"\"{r['raw']}\", which is not in the legend (✓✓, ✓ or empty); it is kept as printed "
                             f"and not counted as a grade.", [7], ["3.3"], [f7.page],
                             [(7, f"{r['industry']} | {r['subtrend']}", r["parameter"])]))
    return out


def _figure_clash():
    counts = Counter(f.number for f in corpus.figures())
    out = []
    for num, n in counts.items():
        if n < 2:
            continue
        figs = [f for f in corpus.figures() if f.number == num]
        parts = [f"\"{f.caption}\" ({corpus.section(f.section).label}, p. {f.page}"
                 f"{' (est.)' if f.page_estimated else ''})" for f in figs]
        listed = [f for f in figs if not f.page_estimated]
        msg = (f"The report uses Figure {num} for {n} different figures: {'; '.join(parts)}. "
               f"Appendix A lists only {' and '.join(repr(f.caption) for f in listed) or 'none of them'}; "
               f"here the other one is Figure {figs[-1].key if figs[-1].page_estimated else figs[0].key}.")
        out.append(_note("figure_number_clash", msg, [f.key for f in figs], [f.section for f in figs],
                         [f.page for f in figs]))
    return out


def _spellings(t):
    out = []
    by_ind = defaultdict(dict)
    for name in ("downstream", "upstream", "aosi"):
        for r in t[name]:
            by_ind[r["industry"]][r["column"]] = by_ind[r["industry"]].get(r["column"], []) + [r["figure"]]
    for r in t["subtrends"]:
        by_ind[r["industry"]].setdefault(r["industry"], []).append(6)
    for r in t["crossover"]:
        by_ind[r["industry"]].setdefault(r["industry_label"], []).append(7)
    for r in t["industries"]:
        by_ind[r["name"]].setdefault(r["name"], []).append(1)
    for ind, labels in by_ind.items():
        if len(labels) > 1:
            parts = [f"\"{lab}\" (Figure {', '.join(str(x) for x in sorted(set(figs)))})" for lab, figs in labels.items()]
            figs = sorted({x for v in labels.values() for x in v})
            out.append(_note("spelling", f"The industry {ind} is spelled differently across figures: {'; '.join(parts)}.",
                             figs, [], [_fig(str(f)).page for f in figs]))
    for r in t["subtrend_names"]:
        if r["figure7"] and r["figure7"] != r["figure6"]:
            out.append(_note("spelling", f"The {r['industry']} sub-trend \"{r['figure6']}\" (Figure 6) is spelled "
                             f"\"{r['figure7']}\" in Figure 7.", [6, 7], ["2.3", "3.3"],
                             [_fig("6").page, _fig("7").page], [(7, f"{r['industry']} | {r['figure7']}", "")]))
    for m in t["megatrends"]:
        plain = re.sub(r"\s*\([^)]*\)", "", m["heading"]).replace(" & ", " and ")
        if plain.lower() != m["name"].replace(" & ", " and ").lower():
            out.append(_note("spelling", f"The mega trend \"{m['name']}\" (Figure 3) is headed \"{m['heading']}\" in "
                             f"§2.2.", [3], ["2.2", "2.3"], [m["page"], _fig("3").page]))
    return out


def _claims(t):
    rank = {r["symbol"]: int(r["rank"]) for r in t["legend"] if r["scale"] == "cooperation"}
    words = {r["symbol"]: r["words"] for r in t["legend"] if r["scale"] == "cooperation"}
    grid = {(r["kind"], r["region_a"], r["region_b"]): r["grade"] for r in t["cooperation"]}
    fig = {"rd": "13", "business": "16"}
    text = corpus.report_text()
    out = []
    with (CURATED / "claims.csv").open(encoding="utf-8", newline="") as f:
        for c in csv.DictReader(f):
            actual = grid[(c["kind"], c["region_a"], c["region_b"])]
            ok = rank[actual] >= rank[c["grade"]] if c["relation"] == "at_least" else rank[actual] <= rank[c["grade"]]
            if ok:
                continue
            off = text.index(c["quote"])
            fg = _fig(fig[c["kind"]])
            msg = (f"The text ({corpus.cite(off)}) describes {c['kind'].replace('rd', 'R&D')} cooperation between "
                   f"{c['region_a']} and {c['region_b']} as \"{c['words']}\", but Figure {fg.key} grades the pair "
                   f"\"{actual}\" ({words[actual]}).")
            out.append(_note("text_contradicts_matrix", msg, [fg.key], [corpus.section_at(off).number],
                             [corpus.page_of(off).page, fg.page],
                             [(int(fg.key), c["region_a"], c["region_b"]), (int(fg.key), c["region_b"], c["region_a"])]))
    return out


def _missing_footnotes():
    text = corpus.report_text()
    have = {n.number for n in corpus.footnotes()}
    out = []
    for n in range(1, max(have) + 1):
        if n in have:
            continue
        sup = "".join(corpus.parse.SUPERSCRIPT[int(d)] for d in str(n))
        m = re.search(re.escape(sup) + r"(?![⁰¹²³⁴⁵⁶⁷⁸⁹])", text)
        where = f" It is referenced in {corpus.cite(m.start())}." if m else ""
        out.append(_note("footnote_missing", f"Footnote {n} has no text in the report.{where}", [],
                         [corpus.section_at(m.start()).number] if m else [],
                         [corpus.page_of(m.start()).page] if m else []))
    return out
