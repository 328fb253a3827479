"""Assistant benchmarks: cold starts through the CLI, warm latency per route against one query embedding,
peak RSS and batch throughput over the dev set. Prints its figures."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _cold(question: str) -> tuple[float, bool]:
    code = ("import sys, time; t=time.perf_counter(); from assistant import Assistant; a=Assistant.load(); "
            f"ans=a.ask({question!r}); print(time.perf_counter()-t, 'torch' in sys.modules, ans.route)")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    return time.perf_counter() - t0, out[1] == "True"


def _pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main() -> None:
    t, torch = _cold("Which mega trends drive Logistical Services?")
    print(f"cold start to first tool answer (process): {t:.2f} s; torch imported: {torch} (target ≤ 1.5 s, no torch)")
    t, _ = _cold("Why do clusters act as springboards for SMEs?")
    print(f"cold start to first retrieval answer (process, index built): {t:.2f} s")

    from assistant import Assistant
    from assistant.evaluate import load_questions
    from assistant.spot import _spot

    a = Assistant.load()
    r = a.retriever()
    tool_qs = ["Which mega trends drive Logistical Services?", "How strong is R&D cooperation between the Nordics and Iberia?",
               "Which region is Poland in?", "Which Logistical Services sub-trends have a very strong information-sharing crossover?"]
    narr_qs = ["Why do clusters act as springboards for SMEs?", "What does the report mean by vertical disintegration?",
               "Why is Creative Industries' internationalisation limited?"]
    a.ask(narr_qs[0])
    emb = []
    for _ in range(30):
        t0 = time.perf_counter()
        r.embed_query("Why do clusters internationalise?")
        emb.append(time.perf_counter() - t0)
    e50 = statistics.median(emb)
    for label, qs in (("tool", tool_qs), ("retrieval", narr_qs)):
        times = []
        for _ in range(15):
            for q in qs:
                _spot.cache_clear()  # measure a new question, not a cached reading
                t0 = time.perf_counter()
                a.ask(q)
                times.append(time.perf_counter() - t0)
        p50, p95 = statistics.median(times), _pct(times, 0.95)
        target = 0.5 if label == "tool" else 2.0
        print(f"warm {label}: p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms; one query embedding {e50 * 1000:.1f} ms; "
              f"p50 ratio {p50 / e50:.2f}× (target ≤ {target}×)")
    cases = load_questions(ROOT / "tests/data/questions.jsonl")
    lines = "\n".join(json.dumps({"id": c["id"], "turns": c.get("turns", []) + [c["question"]]}) for c in cases)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "assistant", "batch"], input=lines, capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    dt = time.perf_counter() - t0
    n = len(out.splitlines())
    print(f"batch throughput over the dev set: {n} lines in {dt:.1f} s = {n / dt:.1f} lines/s (incl. start-up)")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
