"""Assistant benchmarks: cold starts through the CLI, warm latency per route against one query embedding (ONNX
Runtime and sentence-transformers in the same run), peak RSS over 100 narrative answers, 50 concurrent cold
conversations, and batch throughput over the dev set. Prints its figures; asserts nothing.

Every cold figure is the wall time of a new process, from its start to its printed answer, with the modules'
bytecode cached as Python does by default (``PYC``); the first narrative answer and the 50 conversations are also
measured with no bytecode cache (``NO_PYC``: every module compiled again). Each figure is printed with the 1-minute
load average at the time (the machine's 2 cores are often shared: compare figures taken at a low load).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
HEAVY = ("torch", "sentence_transformers", "transformers", "onnxruntime", "chromadb")
NARRATIVE = ["Why do clusters act as springboards for SMEs?", "What does the report mean by vertical disintegration?",
             "Why is Creative Industries' internationalisation limited?"]
TOOL = ["Which mega trends drive Logistical Services?", "How strong is R&D cooperation between the Nordics and Iberia?",
        "Which region is Poland in?", "Which Logistical Services sub-trends have a very strong information-sharing crossover?"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}
# A new process as installed Python runs it: modules' bytecode cached after their first import (here in a folder of
# its own, not in the checkout). PYTHONDONTWRITEBYTECODE (set in some sandboxes) makes every process compile the
# project's ~100 modules again, ~0.2-0.4 s of each cold start: ``NO_PYC`` measures that case too.
PYC = {**{k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "cta-bench-pycache")}
NO_PYC = {**ENV, "PYTHONDONTWRITEBYTECODE": "1"}


def _load() -> str:
    """The 1-minute load average, to print next to a figure."""
    return f"[load {os.getloadavg()[0]:.2f}]"


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def _python(code: str, env: dict | None = None) -> tuple[float, list[str]]:
    """Wall seconds of a new interpreter running ``code``, and its printed words."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env=env or ENV).stdout
    return time.perf_counter() - t0, out.split()


def cold_cli(question: str, runs: int = 3, env: dict | None = None) -> tuple[float, list[str]]:
    """Median wall time of ``python -m assistant ask`` (process start to exit), and what one such process loads."""
    env = env or PYC
    subprocess.run([sys.executable, "-m", "assistant", "ask", question], capture_output=True, cwd=ROOT, env=env)
    times = []  # after one untimed run that fills the bytecode cache (when ``env`` keeps one)
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "ask", question], capture_output=True, text=True,
                       cwd=ROOT, check=True, env=env)
        times.append(time.perf_counter() - t0)
    code = ("import contextlib, io, sys\nfrom assistant.__main__ import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()):\n    main(['ask', {question!r}])\n"
            f"print(*[m for m in {HEAVY!r} if m in sys.modules])")
    _, loaded = _python(code, env)
    return statistics.median(times), loaded


def _timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def warm(a, r, rounds: int = 15) -> dict[str, float]:
    """p50 of warm answers per route and of one ONNX query embedding of the same questions, timed in turn (so
    that the ratio holds under a changing load), then ONNX against sentence-transformers, also in turn."""
    from assistant.spot import _spot
    from retrieval.embed import shared_embedder

    out = {"backend": getattr(r.embedder, "backend", "sentence-transformers")}
    for label, qs in (("tool", TOOL), ("retrieval", NARRATIVE)):
        a.ask(qs[0])
        answers, embeds = [], []
        for _ in range(rounds):
            for q in qs:
                embeds.append(_timed(r.embedder.embed_query, q))
                _spot.cache_clear()  # measure a new question, not a cached reading
                answers.append(_timed(a.ask, q))
        out[label], out[label + "_p95"] = statistics.median(answers), _pct(answers, 0.95)
        out[label + "_embed"] = statistics.median(embeds)
    st = shared_embedder()  # last: loading torch must not slow the figures above
    st.embed_query("warm up")
    onnx_t, st_t = [], []
    for _ in range(rounds):
        for q in NARRATIVE + TOOL:
            onnx_t.append(_timed(r.embedder.embed_query, q))
            st_t.append(_timed(st.embed_query, q))
    out["onnx"], out["st"] = statistics.median(onnx_t), statistics.median(st_t)
    return out


def rss_after_narrative(n: int = 100) -> tuple[float, float, str]:
    """Peak RSS (MB) and wall seconds of a new process answering ``n`` narrative questions; what it loaded."""
    qs = [json.loads(x)["question"] for x in (ROOT / "tests/data/retrieval_dev.jsonl").read_text().splitlines()
          if x.strip() and json.loads(x)["in_scope"]]
    qs = (qs * (n // len(qs) + 1))[:n]
    # VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss across fork and exec
    code = ("import sys; from assistant import Assistant; a = Assistant.load(); "
            f"[a.ask(q) for q in {qs!r}]; "
            "hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1]; "
            "print(int(hwm) / 1024, "
            f"','.join(m for m in {HEAVY!r} if m in sys.modules) or '-')")
    secs, out = _python(code)
    return float(out[0]), secs, out[1]


def concurrent_cold(n: int = 50, env: dict | None = None) -> tuple[float, float, float]:
    """A new process starts ``n`` conversations at once on one cold Assistant: p50, p95, max of the first answer."""
    qs = [(NARRATIVE + TOOL)[i % (len(NARRATIVE) + len(TOOL))] for i in range(n)]
    code = ("import threading, time; t0 = time.perf_counter(); from assistant import Assistant; a = Assistant.load(); "
            "done = []; go = threading.Barrier(" + str(n) + ")\n"
            "def convo(i, q):\n    go.wait(); a.ask(q, conversation_id=f'c{i}'); done.append(time.perf_counter() - t0)\n"
            f"ts = [threading.Thread(target=convo, args=(i, q)) for i, q in enumerate({qs!r})]\n"
            "[t.start() for t in ts]; [t.join() for t in ts]; print(*done)")
    _, out = _python(code, env or PYC)
    xs = [float(x) for x in out]
    return statistics.median(xs), _pct(xs, 0.95), max(xs)


def batch_throughput() -> tuple[int, float]:
    from assistant.evaluate import load_questions

    cases = load_questions(ROOT / "tests/data/questions.jsonl")
    lines = "\n".join(json.dumps({"id": c["id"], "turns": c.get("turns", []) + [c["question"]]}) for c in cases)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "assistant", "batch"], input=lines, capture_output=True, text=True,
                         cwd=ROOT, check=True, env=ENV).stdout
    return len(out.splitlines()), time.perf_counter() - t0


def main() -> None:
    from assistant import Assistant

    a = Assistant.load()
    r = a.retriever()  # builds the index and its ONNX export if missing, and refreshes the snapshot
    print(f"query embeddings: {getattr(r.embedder, 'backend', 'sentence-transformers')}")

    t, loaded = cold_cli(NARRATIVE[0])
    print(f"cold CLI, first narrative answer: {t:.2f} s wall from process start (target ≤ 1.5 s); "
          f"loaded: {', '.join(loaded) or 'none of ' + '/'.join(HEAVY)} {_load()}")
    t, _ = cold_cli(NARRATIVE[0], env=NO_PYC)
    print(f"cold CLI, first narrative answer with no bytecode cache (PYTHONDONTWRITEBYTECODE=1): {t:.2f} s {_load()}")
    t, loaded = cold_cli(TOOL[0])
    print(f"cold CLI, first tool answer: {t:.2f} s (target ≤ 1.5 s, no torch); loaded: {', '.join(loaded) or 'none'} "
          f"{_load()}")
    fallback_env = {**PYC, "CTA_ONNX_DIR": str(ROOT / ".index" / "no-onnx-here")}
    t, loaded = cold_cli(NARRATIVE[0], runs=1, env=fallback_env)
    print(f"cold CLI, first narrative answer without the ONNX export (sentence-transformers fallback): {t:.2f} s; "
          f"loaded: {', '.join(loaded)} {_load()}")

    w = warm(a, r)
    print(f"warm query embedding p50: ONNX {w['onnx'] * 1000:.1f} ms, sentence-transformers {w['st'] * 1000:.1f} ms; "
          f"ratio {w['onnx'] / w['st']:.2f}× (target ≤ 0.5×) {_load()}")
    for label, target in (("tool", 0.5), ("retrieval", 1.5)):
        print(f"warm {label} answer: p50 {w[label] * 1000:.1f} ms, p95 {w[label + '_p95'] * 1000:.1f} ms; one ONNX "
              f"query embedding of the same questions p50 {w[label + '_embed'] * 1000:.1f} ms; ratio "
              f"{w[label] / w[label + '_embed']:.2f}× (target ≤ {target}×) {_load()}")

    mb, secs, loaded = rss_after_narrative(100)
    print(f"peak RSS of a process answering 100 narrative questions: {mb:.0f} MB (target ≤ 350 MB), {secs:.1f} s "
          f"wall; loaded: {loaded} {_load()}")
    p50, p95, mx = concurrent_cold(50)
    print(f"50 concurrent cold conversations, first answer from process start: p50 {p50:.2f} s, p95 {p95:.2f} s "
          f"(target ≤ 2 s), max {mx:.2f} s {_load()}")
    p50, p95, mx = concurrent_cold(50, NO_PYC)
    print(f"the same with no bytecode cache (PYTHONDONTWRITEBYTECODE=1): p50 {p50:.2f} s, p95 {p95:.2f} s, "
          f"max {mx:.2f} s {_load()}")
    n, dt = batch_throughput()
    print(f"batch throughput over the dev set: {n} lines in {dt:.1f} s = {n / dt:.1f} lines/s (incl. start-up) {_load()}")
    print(f"peak RSS of this process (sentence-transformers loaded too): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
