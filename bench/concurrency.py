"""Concurrency: 50 conversations of 3 turns at once on one Assistant (as the app's sessions share it).

Each conversation names its own industry, then asks two follow-ups that must inherit it; an answer naming another
industry is cross-talk. Prints errors, cross-talk and the warm latency of tool answers (p50/p95/p99, target
p95 ≤ 50 ms). ``python -m bench.concurrency [--conversations N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

TURNS = ("Which mega trends drive {industry}?", "And upstream?", "And downstream?")


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def run(conversations: int = 50) -> dict:
    """Run the conversations at once; returns errors, cross-talk and tool-answer latencies (ms)."""
    import tools
    from assistant import Assistant

    a = Assistant.load()
    industries = tools.list_items("industries").items
    for ind in industries:  # warm: every industry's tables and names once
        a.ask(TURNS[0].format(industry=ind))
    start = threading.Barrier(conversations)
    latencies: list[float] = []
    errors: list[str] = []
    crosstalk: list[str] = []
    lock = threading.Lock()

    def conversation(n: int) -> None:
        industry = industries[n % len(industries)]
        cid = f"bench-{n}"
        start.wait()
        for turn in TURNS:
            t = time.perf_counter()
            try:
                ans = a.ask(turn.format(industry=industry), conversation_id=cid)
            except Exception as e:  # noqa: BLE001 - counted: ask must never raise
                with lock:
                    errors.append(f"{cid}: {type(e).__name__}: {e}")
                return
            ms = (time.perf_counter() - t) * 1000
            with lock:
                if ans.error or ans.route != "tool":
                    errors.append(f"{cid} {turn!r}: {ans.route} {ans.reason} {ans.error}")
                elif ans.args.get("industry") != industry:
                    crosstalk.append(f"{cid} asked about {industry}, answered {ans.args.get('industry')}")
                else:
                    latencies.append(ms)

    with ThreadPoolExecutor(max_workers=conversations) as pool:
        list(pool.map(conversation, range(conversations)))
    return {"conversations": conversations, "turns": conversations * len(TURNS), "errors": errors,
            "crosstalk": crosstalk, "latencies": latencies}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.concurrency")
    p.add_argument("--conversations", type=int, default=50)
    args = p.parse_args(argv if argv is not None else [])
    r = run(args.conversations)
    lat = r["latencies"] or [0.0]
    p95 = _pct(lat, 0.95)
    print(f"{r['conversations']} concurrent conversations x {len(TURNS)} turns: {len(r['errors'])} errors, "
          f"{len(r['crosstalk'])} cross-talk; tool answers p50 {statistics.median(lat):.1f} ms, p95 {p95:.1f} ms, "
          f"p99 {_pct(lat, 0.99):.1f} ms, max {max(lat):.1f} ms (target p95 ≤ 50 ms)")
    for line in (r["errors"] + r["crosstalk"])[:5]:
        print("  " + line)
    return 0 if not r["errors"] and not r["crosstalk"] and p95 <= 50 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
