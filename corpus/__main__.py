"""`python -m corpus sections|figures|footnotes`: list the report's catalogues."""

from __future__ import annotations

import argparse
import sys

import corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpus")
    ap.add_argument("what", choices=["sections", "figures", "footnotes"])
    args = ap.parse_args(argv)
    if args.what == "sections":
        for s in corpus.sections():
            print(f"{s.label:<12} {'  ' * (s.level - 1)}{s.title}  (pp. {s.start_page}–{s.end_page})")
    elif args.what == "figures":
        for f in corpus.figures():
            kind = "table" if f.has_table else "image"
            est = " (est.)" if f.page_estimated else ""
            clash = "  [number used twice]" if f.clash else ""
            print(f"Figure {f.key:<4} p. {f.page}{est:<7} {corpus.section(f.section).label:<11} {kind:<6} {f.caption}{clash}")
    else:
        for n in corpus.footnotes():
            where = corpus.section(n.section).label if n.section else "unreferenced"
            print(f"{n.number:>3} ({where}) {n.text[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
