"""Fuzzy matching before/after: resolve, resolve_all, resolve_region and spot on 3,000 generated near-names and
1,500 generated questions (seeded, so two runs see the same inputs).

    python -m bench.names_probe OUT.json [BEFORE.json]

writes every output and the time taken; given an earlier run's file, counts the outputs that differ.
"""

from __future__ import annotations

import json
import random
import sys
import time

import tools
from assistant.spot import spot
from tools.names import KINDS, canonical_names, resolve, resolve_all, resolve_region, vocabulary

TEMPLATES = ["Which mega trends drive {}?", "Which industries does {} influence upstream?",
             "How strong is R&D cooperation between {} and {}?", "Which sub-trends does {} have?",
             "Is {} among the trends for {}?"]


def _mutate(rng: random.Random, name: str) -> str:
    """A name as people type it: lower case, a dropped, swapped or inserted letter, a prefix, a plural."""
    i = rng.randrange(max(1, len(name) - 1))
    edits = {"same": name, "lower": name.lower(), "drop": name[:i] + name[i + 1:], "drop2": name[:i] + name[i + 2:],
             "swap": name[:i] + name[i + 1: i + 2] + name[i: i + 1] + name[i + 2:],
             "insert": name[:i] + rng.choice("aeiost") + name[i:], "prefix": name[: max(3, i)], "plural": name + "s"}
    return edits[rng.choice(sorted(edits))]


def _outcome(fn, *args):
    try:
        return fn(*args)
    except tools.ToolError as e:
        return f"{type(e).__name__}:{','.join(getattr(e, 'candidates', None) or [])}"


def probe(seed: int = 12) -> tuple[dict, float, float]:
    rng = random.Random(seed)
    names = sorted({e.alias for e in vocabulary()} | {n for k in KINDS for n in canonical_names(k)})
    queries = [_mutate(rng, rng.choice(names)) for _ in range(3000)]
    questions = []
    for _ in range(1500):
        t = rng.choice(TEMPLATES)
        questions.append(t.format(*[_mutate(rng, rng.choice(names)) for _ in range(t.count("{}"))]))
    out: dict = {}
    t0 = time.perf_counter()
    for q in queries:
        for k in KINDS:
            out[f"{k}|{q}"] = [_outcome(resolve, k, q), _outcome(resolve_all, k, q)]
        out[f"region|{q}"] = _outcome(resolve_region, q)
    t_resolve = time.perf_counter() - t0
    t0 = time.perf_counter()
    for q in questions:
        out[f"spot|{q}"] = [[m.kind, m.canonical, m.start, m.end, m.fuzzy] for m in spot(q)]
    return out, t_resolve, time.perf_counter() - t0


def main(argv: list[str]) -> int:
    out, t_resolve, t_spot = probe()
    print(f"3000 near-names x {len(KINDS)} kinds resolved in {t_resolve:.2f} s; 1500 questions spotted in "
          f"{t_spot:.2f} s")
    if argv:
        with open(argv[0], "w", encoding="utf-8") as fh:
            json.dump(out, fh)
    if len(argv) > 1:
        with open(argv[1], encoding="utf-8") as fh:
            before = json.load(fh)
        differ = [k for k in before if before[k] != out.get(k)]
        print(f"{len(before)} outputs compared with {argv[1]}: {len(differ)} differ")
        for k in differ[:10]:
            print(f"  {k}: {before[k]} -> {out.get(k)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
