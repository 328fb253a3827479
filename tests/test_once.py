"""corpus.once: many threads asking at once compute the value once and all get it."""

import threading
import time

from corpus.once import once


def test_the_first_caller_computes_and_the_others_wait():
    calls = []

    @once
    def slow() -> object:
        calls.append(1)
        time.sleep(0.05)
        return object()

    got = []
    go = threading.Barrier(20)

    def ask():
        go.wait()
        got.append(slow())

    threads = [threading.Thread(target=ask) for _ in range(20)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(calls) == 1 and len(got) == 20 and all(g is got[0] for g in got)
    slow.cache_clear()
    assert slow() is not got[0] and len(calls) == 2
