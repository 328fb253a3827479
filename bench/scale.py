"""Scale benchmark alone: query latency on the synthetic 100x corpus against the same process's 1x figure.

``python -m bench.scale [--factor N] [--runs R]`` opens this checkout's index (building it if missing), measures
search p50 over the in-scope dev questions at 1x, then builds the synthetic corpus of ``bench.retrieval.scale``
(every chunk copied with perturbed text and embedding) and measures it there. Each run prints both figures and
their ratio with the load average; with several runs, the median ratio too. Prints its figures; asserts nothing.
``bench.retrieval`` prints the same figure after its quality and build benchmarks.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys


def main(argv: list[str] | None = None) -> int:
    from bench.retrieval import latency, load_dev, scale
    from retrieval import Retriever

    p = argparse.ArgumentParser(prog="python -m bench.scale")
    p.add_argument("--factor", type=int, default=100)
    p.add_argument("--runs", type=int, default=1)
    args = p.parse_args(argv if argv is not None else [])
    inq = [q for q in load_dev() if q.in_scope]
    r = Retriever.open(progress=False)
    ratios = []
    for run in range(args.runs):
        one = latency(r, inq)
        s = scale(r, inq, factor=args.factor)
        ratios.append(s["search_p50"] / one["search_p50"])
        print(f"run {run + 1}: {s['chunks']} chunks ({args.factor}x): query p50 {s['search_p50']:.1f} ms vs "
              f"{one['search_p50']:.1f} ms at 1x = {ratios[-1]:.2f}x (target <= 2x); one query embedding p50 "
              f"{one['embed_p50']:.1f} ms [load {os.getloadavg()[0]:.2f}]", flush=True)
    if len(ratios) > 1:
        print(f"median ratio over {len(ratios)} runs: {statistics.median(ratios):.2f}x (target <= 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
