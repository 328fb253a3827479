"""`python -m bench`: run every benchmark under bench/ and print its figures."""

import importlib
import sys

MODULES = ["bench.tools", "bench.retrieval", "bench.narrative", "bench.assistant", "bench.concurrency", "bench.faults",
           "bench.ui_sessions", "bench.quality"]


def main() -> int:
    for name in MODULES:
        print(f"\n=== {name} ===", flush=True)
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            print(f"skipped: {e}")
            continue
        mod.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
