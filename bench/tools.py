"""Benchmark of the tools: median and p95 time per call (≥200 calls each) and the import time of ``tools``.

Run ``python bench/tools.py`` (or ``python -m bench.tools``); ``main()`` is importable.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __name__ == "__main__":
    # run as a script, this file's folder comes first on sys.path and would shadow the ``tools`` package
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
    sys.path.insert(0, str(ROOT))

CALLS = 200
HEAVY = ("torch", "chromadb", "sentence_transformers", "retrieval", "langchain_core")


def _cases() -> list[tuple[str, Callable[[], object]]]:
    import tools
    from tools.names import canonical_names

    ind, trend = canonical_names("industry"), canonical_names("trend")
    param, country = canonical_names("parameter"), canonical_names("country")
    euro = tools.list_items("european_regions").items
    sub = tools.subtrends_for(industry=ind[0]).items or tools.subtrends_for().items
    fig7 = tools.subtrends_at_grade(param[0], "").items  # (industry, sub-trend) pairs Figure 7 has
    return [
        ("trends_for_industry", lambda: tools.trends_for_industry(ind[-3], "either")),
        ("industries_for_trend", lambda: tools.industries_for_trend(trend[-1], "aosi")),
        ("matrix_cell", lambda: tools.matrix_cell(trend[2], ind[-3], "aosi")),
        ("rank_matrix", lambda: tools.rank_matrix("industry", "aosi")),
        ("compare_matrices", lambda: tools.compare_matrices(["aosi"], ["downstream", "upstream"])),
        ("subtrends_for", lambda: tools.subtrends_for(industry=ind[-3])),
        ("aosis_with_subtrend", lambda: tools.aosis_with_subtrend(sub[0])),
        ("subtrend_industries", lambda: tools.subtrend_industries(sub[0])),
        ("crossover_grade", lambda: tools.crossover_grade(fig7[0][0], fig7[0][1], param[5])),
        ("subtrend_profile", lambda: tools.subtrend_profile(fig7[1][1], fig7[1][0])),
        ("subtrends_at_grade", lambda: tools.subtrends_at_grade(param[5], "✓✓")),
        ("parameter_ranking", lambda: tools.parameter_ranking()),
        ("subtrends_with_many", lambda: tools.subtrends_with_many("✓✓", 2)),
        ("crossover_gaps", lambda: tools.crossover_gaps()),
        ("region_of", lambda: tools.region_of(country[0])),
        ("countries_in", lambda: tools.countries_in(euro[-1])),
        ("cooperation_grade", lambda: tools.cooperation_grade(euro[0], euro[3], "both")),
        ("partners", lambda: tools.partners(euro[2], "rd", "o")),
        ("grade_differences", lambda: tools.grade_differences()),
        ("strongest_pairs", lambda: tools.strongest_pairs("business")),
        ("list_items", lambda: tools.list_items("industries")),
        ("trend_info", lambda: tools.trend_info(trend[0])),
        ("parameter_info", lambda: tools.parameter_info(param[0])),
        ("portfolio", lambda: tools.portfolio(ind[1])),
        ("figure_info", lambda: tools.figure_info("13")),
        ("figure_lookup", lambda: tools.figure_lookup("R&D cooperation matrix")),
        ("all_notes", lambda: tools.all_notes()),
        ("resolve (typo)", lambda: tools.resolve("industry", ind[-3][:4] + ind[-3][5] + ind[-3][4] + ind[-3][6:])),
        ("resolve_region (demonym)", lambda: tools.resolve_region("Polish")),
    ]


def _time(fn: Callable[[], object], n: int = CALLS) -> list[float]:
    fn()  # warm caches: the first call loads the tables
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, int(round(0.95 * len(xs))) - 1)]


def import_check() -> tuple[float, list[str]]:
    """Seconds to ``import tools`` in a fresh interpreter, and which heavy modules it loaded (should be none)."""
    code = ("import sys, time; t0 = time.perf_counter(); import tools; dt = time.perf_counter() - t0; "
            f"print(dt); print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines() + [""]
    return float(lines[0]), [m for m in lines[1].split(",") if m]


def main() -> None:
    """Print median and p95 per tool call and the import time of ``tools``; flag heavy imports."""
    seconds, heavy = import_check()
    print(f"import tools (fresh interpreter): {seconds * 1000:.1f} ms")
    print(f"heavy modules after `import tools`: {', '.join(heavy) if heavy else 'none'} "
          f"({'OK' if not heavy else 'FAIL'}: torch/chromadb must not be in sys.modules)")
    print(f"{'tool':<28}{'calls':>7}{'median ms':>12}{'p95 ms':>10}")
    for name, fn in _cases():
        xs = _time(fn)
        print(f"{name:<28}{len(xs):>7}{statistics.median(xs) * 1000:>12.3f}{_p95(xs) * 1000:>10.3f}")
    if heavy:
        raise SystemExit(f"`import tools` loaded {', '.join(heavy)}")


if __name__ == "__main__":
    main()
