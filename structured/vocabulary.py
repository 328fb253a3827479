"""The vocabulary: every canonical name of the report's figures and the aliases that resolve to it.

Canonical names: industries from Figure 1, trends from Figure 3's rows, regions from Figure 10's headers (Figure
13's labels are the same six), parameters from Figure 7's header, sub-trends in their Figure 6 spelling, countries
from Figure 10. Aliases: the report's own variants (abbreviations, column labels, §2.2 headings, Figure 7 spellings)
derived here, plus the curated words users type (structured/curated/aliases.csv).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from rapidfuzz import fuzz, process

from structured.errors import ParseError

CURATED = Path(__file__).with_name("curated")


def canonical_industry(label: str, names: list[str]) -> str:
    """Map a printed industry label ("Mobility Technology") to its Figure 1 name."""
    if label in names:
        return label
    best = process.extractOne(label, names, scorer=fuzz.ratio)
    if best is None or best[1] < 85:
        raise ParseError(f"industry label {label!r} matches none of Figure 1's names")
    return best[0]


def _norm_sub(s: str) -> str:
    s = re.sub(r"\([^)]*\)", "", s).replace('"', "")
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def link_subtrends(fig6: list[dict], fig7_names: dict[str, list[str]]) -> list[dict]:
    """Link each industry's Figure 7 sub-trend spellings to its Figure 6 spellings.

    Exact after normalisation first ("TrillionSensor" = "Trillion Sensor"), then the best fuzzy match above 60.
    """
    out = []
    industries = list(dict.fromkeys(r["industry"] for r in fig6))
    for ind in industries:
        six = list(dict.fromkeys(r["subtrend"] for r in fig6 if r["industry"] == ind))
        seven = fig7_names.get(ind, [])
        linked: dict[str, str] = {}
        for s7 in seven:
            exact = [s6 for s6 in six if _norm_sub(s6) == _norm_sub(s7) or _norm_sub(s6).rstrip("s") == _norm_sub(s7).rstrip("s")]
            if exact:
                linked[s7] = exact[0]
                continue
            free = [s6 for s6 in six if s6 not in linked.values()]
            best = process.extractOne(s7, free, scorer=fuzz.token_set_ratio)
            if best is None or best[1] < 60:
                raise ParseError(f"Figure 7 sub-trend {s7!r} ({ind}) matches nothing in Figure 6")
            linked[s7] = best[0]
        for s6 in six:
            s7 = next((k for k, v in linked.items() if v == s6), "")
            out.append({"industry": ind, "figure6": s6, "figure7": s7})
    return out


def build(industries, megatrends, params, regions, region_rows, links, fig_labels) -> list[dict]:
    """All vocabulary rows: kind, canonical, alias, source. The canonical name is its own first alias."""
    rows: list[dict] = []

    def add(kind, canonical, alias, source):
        alias = alias.strip()
        if alias:
            rows.append({"kind": kind, "canonical": canonical, "alias": alias, "source": source})

    names = [r["name"] for r in industries]
    for r in industries:
        add("industry", r["name"], r["name"], "Figure 1")
        add("industry", r["name"], r["abbreviation"], "Figure 1 abbreviation")
    for label, fig in fig_labels:
        add("industry", canonical_industry(label, names), label, f"Figure {fig}")
    for m in megatrends:
        add("trend", m["name"], m["name"], "Figure 3")
        add("trend", m["name"], m["heading"], "§2.2 heading")
        add("trend", m["name"], re.sub(r"\s*\([^)]*\)", "", m["heading"]), "§2.2 heading")
        add("trend", m["name"], m["name"].replace("&", "and"), "Figure 3")
    for p in params:
        add("parameter", p["name"], p["name"], "Figure 7")
    for reg in regions:
        add("region", reg, reg, "Figure 10")
        _region_variants(add, reg)
    for r in region_rows:
        add("country", r["country"], r["country"], "Figure 10")
    for link in links:
        _subtrend_aliases(add, link)
    with (CURATED / "aliases.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            add(r["kind"], r["canonical"], r["alias"], r["source"])
    return _checked_unique(rows)


_REGION_SPELLINGS = (("Northwest", "North-West"), ("Southwest", "South-West"), ("Southeast", "South-East"),
                     ("Northwest", "North West"), ("Southwest", "South West"), ("Southeast", "South East"),
                     ("Central Western", "Central-Western"), ("Central Eastern", "Central-Eastern"),
                     ("Northwest", "Northwestern"), ("Southwest", "Southwestern"), ("Southeast", "Southeastern"),
                     ("Southwest", "South-Western"), ("Southeast", "South-Eastern"), ("Northwest", "North-Western"))


def _region_variants(add, reg: str) -> None:
    for a, b in _REGION_SPELLINGS:
        if a in reg:
            add("region", reg, reg.replace(a, b), "Figure 10 (spelling variant)")


def _subtrend_aliases(add, link: dict) -> None:
    add("subtrend", link["figure6"], link["figure6"], "Figure 6")
    bare = re.sub(r'\s*\([^)]*\)', "", link["figure6"]).replace('"', "").strip()
    add("subtrend", link["figure6"], bare, "Figure 6")
    for acro in re.findall(r"\(([A-Z]{3,})\)", link["figure6"]):
        add("subtrend", link["figure6"], acro, "Figure 6")
    if link["figure7"]:
        add("subtrend", link["figure6"], link["figure7"], "Figure 7")


def _checked_unique(rows: list[dict]) -> list[dict]:
    """Every curated alias names a name of the report's figures; repeats dropped, first kept."""
    known: dict[str, set[str]] = {}
    for r in rows:
        if not r["source"].startswith(("user", "report")):
            known.setdefault(r["kind"], set()).add(r["canonical"])
    for r in rows:
        if r["canonical"] not in known.get(r["kind"], set()):
            raise ParseError(f"curated alias {r['alias']!r} names {r['canonical']!r}, which is no {r['kind']} "
                             f"of the report's figures")
    seen, out = set(), []
    for r in rows:
        key = (r["kind"], r["canonical"], r["alias"].lower())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
