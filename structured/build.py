"""Parse the corpus into the CSV tables under structured/data/.

    python -m structured.build           write the CSVs
    python -m structured.build --check   exit 1 if the committed CSVs differ from a fresh parse
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import corpus
from structured import figure_text, lists, notes, vocabulary
from structured import figures as F
from structured.errors import ParseError

DATA = Path(__file__).with_name("data")


def tables() -> dict[str, list[dict]]:
    """Every table, freshly parsed from the corpus, by file stem."""
    t: dict[str, list[dict]] = {}
    t["industries"] = F.industries()
    names = [r["name"] for r in t["industries"]]
    labels = []
    for key, stem in (("3", "downstream"), ("4", "upstream"), ("5", "aosi")):
        rows = F.mark_matrix(key)
        for r in rows:
            r["industry"] = vocabulary.canonical_industry(r["column"], names)
            labels.append((r["column"], key))
        t[stem] = [{k: r[k] for k in ("figure", "page", "trend", "industry", "column", "raw", "marked")} for r in rows]
    trends = list(dict.fromkeys(r["trend"] for r in t["downstream"]))
    sub = F.subtrends()
    for r in sub:
        if r["trend"] not in trends:
            raise ParseError(f"Figure 6 trend {r['trend']!r} is not a Figure 3 row")
        r["industry_label"] = r["industry"]
        r["industry"] = vocabulary.canonical_industry(r["industry"], names)
        labels.append((r["industry_label"], "6"))
    t["subtrends"] = [{k: r[k] for k in ("figure", "page", "trend", "industry", "industry_label", "position",
                                         "subtrend")} for r in sub]
    cross = F.crossover()
    fig7_names: dict[str, list[str]] = {}
    for r in cross:
        r["industry"] = vocabulary.canonical_industry(r["industry_label"], names)
        labels.append((r["industry_label"], "7"))
        fig7_names.setdefault(r["industry"], [])
        if r["subtrend"] not in fig7_names[r["industry"]]:
            fig7_names[r["industry"]].append(r["subtrend"])
    t["subtrend_names"] = vocabulary.link_subtrends(t["subtrends"], fig7_names)
    canon = {(r["industry"], r["figure7"]): r["figure6"] for r in t["subtrend_names"] if r["figure7"]}
    t["crossover"] = [{"figure": r["figure"], "page": r["page"], "industry": r["industry"],
                       "industry_label": r["industry_label"], "subtrend": r["subtrend"],
                       "subtrend_figure6": canon.get((r["industry"], r["subtrend"]), ""), "order": r["order"],
                       "parameter": r["parameter"], "raw": r["raw"], "grade": r["grade"]} for r in cross]
    t["regions"] = F.regions()
    t["cooperation"] = F.cooperation("13", "rd") + F.cooperation("16", "business")
    t["legend"] = F.cooperation_legend("13") + F.crossover_legend()
    if F.matrix_legend("13") != F.matrix_legend("16"):
        raise ParseError("Figures 13 and 16 print different legends")
    t["megatrends"] = [{k: v for k, v in m.items() if k != "description_start"} for m in lists.megatrends()]
    t["parameters"] = lists.singled_out(lists.parameters(F.crossover_parameters()))
    t["key_areas"] = lists.key_areas()
    t["characteristics"] = lists.characteristics()
    t["service_spectrum"] = lists.service_spectrum()
    t["portfolio"] = _portfolio()
    region_names = list(dict.fromkeys(r["region"] for r in t["regions"]))
    t["vocabulary"] = vocabulary.build(t["industries"], t["megatrends"], t["parameters"], region_names,
                                       t["regions"], t["subtrend_names"], labels)
    t["notes"] = notes.compute(t)
    t["figure_text"] = figure_text.rows(t["vocabulary"])
    return t


def _portfolio() -> list[dict]:
    """§4.3's statements about Figure 9 (an image): each row with its verbatim sentence, section and page."""
    text = corpus.report_text()
    out = []
    f9 = next(f for f in corpus.figures() if f.key == "9")
    with (vocabulary.CURATED / "portfolio.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            off = text.find(r["quote"])
            if off < 0:
                raise ParseError(f"portfolio quote not in the report: {r['quote'][:60]!r}")
            out.append({"figure": 9, "figure_page": f9.page, "industry": r["industry"], "aspect": r["aspect"],
                        "value": r["value"], "section": corpus.section_at(off).number,
                        "page": corpus.page_of(off).page, "source": "derived from the text; the figure itself is not in the text",
                        "quote": r["quote"]})
    return out


def render(rows: list[dict]) -> str:
    """CSV text of a table (header from the first row's keys)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m structured.build", description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed CSVs instead of writing")
    args = ap.parse_args(argv)
    fresh = {f"{k}.csv": render(v) for k, v in tables().items()}
    if args.check:
        bad = []
        for name, text in fresh.items():
            p = DATA / name
            if not p.exists() or p.read_text(encoding="utf-8") != text:
                bad.append(name)
        extra = sorted(p.name for p in DATA.glob("*.csv") if p.name not in fresh)
        if bad or extra:
            print("structured data is out of date: " + ", ".join(bad + extra) +
                  ". Run `python -m structured.build`.", file=sys.stderr)
            return 1
        print(f"structured data is up to date ({len(fresh)} tables).")
        return 0
    DATA.mkdir(exist_ok=True)
    for name, text in fresh.items():
        (DATA / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(fresh)} tables to {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
