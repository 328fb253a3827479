"""`python -m structured show <figure>`: print a figure's table so staff can check it against the PDF."""

from __future__ import annotations

import argparse
import sys

from structured.load import load_tables


def _grid(rows: list[str], cols: list[str], cell) -> str:
    width = max(len(r) for r in rows) + 2
    out = [" " * width + " | ".join(c[:12].ljust(12) for c in cols)]
    for r in rows:
        out.append(r[: width - 2].ljust(width) + " | ".join(str(cell(r, c)).ljust(12) for c in cols))
    return "\n".join(out)


def show(figure: str) -> str:
    """A plain-text rendering of a figure's data table."""
    t = load_tables()
    if figure == "1":
        return "\n".join(f"{r.name:<28} {r.abbreviation}" for r in t.industries)
    if figure in ("3", "4", "5"):
        cells = {"3": t.downstream, "4": t.upstream, "5": t.aosi}[figure]
        rows = list(dict.fromkeys(c.trend for c in cells))
        cols = list(dict.fromkeys(c.industry for c in cells))
        marked = {(c.trend, c.industry) for c in cells if c.marked}
        return _grid(rows, cols, lambda r, c: "●" if (r, c) in marked else "")
    if figure == "6":
        out, last = [], None
        for r in t.subtrends:
            if (r.trend, r.industry) != last:
                out.append(f"\n{r.trend} × {r.industry}")
                last = (r.trend, r.industry)
            out.append(f"  {r.position}. {r.subtrend}")
        return "\n".join(out).strip()
    if figure == "7":
        params = list(dict.fromkeys(c.parameter for c in t.crossover))
        rows = list(dict.fromkeys(f"{c.industry} | {c.subtrend}" for c in t.crossover))
        raw = {(f"{c.industry} | {c.subtrend}", c.parameter): c.raw for c in t.crossover}
        return _grid(rows, params, lambda r, c: raw[(r, c)])
    if figure == "10":
        regions = list(dict.fromkeys(r.region for r in t.regions))
        return "\n".join(f"{g}: " + ", ".join(r.country for r in t.regions if r.region == g) for g in regions)
    if figure in ("13", "16"):
        kind = "rd" if figure == "13" else "business"
        cells = [c for c in t.cooperation if c.kind == kind]
        regs = list(dict.fromkeys(c.region_a for c in cells))
        grade = {(c.region_a, c.region_b): c.grade for c in cells}
        legend = ", ".join(f"{e.symbol} {e.words}" for e in t.legend if e.scale == "cooperation")
        return _grid(regs, regs, lambda a, b: grade.get((a, b), "")) + "\n\n" + legend
    raise SystemExit(f"Figure {figure} has no table in the text; tables exist for Figures 1, 3, 4, 5, 6, 7, 10, 13, 16.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m structured")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show", help="print a figure's table")
    s.add_argument("figure")
    sub.add_parser("notes", help="list the data notes")
    args = ap.parse_args(argv)
    if args.cmd == "show":
        print(show(args.figure))
    else:
        for n in load_tables().notes:
            print(f"{n.id} [{n.kind}] {n.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
