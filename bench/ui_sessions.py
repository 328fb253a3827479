"""`python -m bench.ui_sessions`: memory the shared (cached) Assistant keeps after many UI conversations.

Each conversation is what one browser session does: start its session state, ask a matrix question and a
follow-up. The UI keeps the dialogue state in the session (``ui.session``); for contrast the same
conversations are run through ``conversation_id``, which keeps state inside the Assistant (bounded LRU).
Prints the memory still held after each batch (tracemalloc, after the session states are dropped).
"""

from __future__ import annotations

import gc
import time
import tracemalloc

from assistant import Assistant
from ui import session

QUESTIONS = ("Which mega trends influence Medical Devices downstream?", "And upstream?")


def _in_session(assistant: Assistant, n: int) -> None:
    ss: dict = {}
    session.start(ss)
    for q in QUESTIONS:
        session.ask(assistant, ss, q)


def _by_id(assistant: Assistant, n: int) -> None:
    for q in QUESTIONS:
        assistant.ask(q, f"bench-{n}")


def retained(assistant: Assistant, conversation, count: int) -> tuple[float, float]:
    """(KB still allocated after ``count`` conversations, ms per answer)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        started = time.perf_counter()
        for n in range(count):
            conversation(assistant, n)
        took = time.perf_counter() - started
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return kept / 1024, 1000 * took / (count * len(QUESTIONS))


def main() -> None:
    assistant = Assistant.load()
    for n in range(20):  # warm the caches every answer uses
        _in_session(assistant, n)
    for count in (1000, 1000, 5000):
        kb, ms = retained(assistant, _in_session, count)
        print(f"session state  {count:>5} conversations: shared Assistant keeps {kb:8.1f} KB "
              f"({ms:.2f} ms per answer, tracemalloc on)")
    kb, ms = retained(assistant, _by_id, 1000)
    print(f"conversation_id {1000:>5} conversations: shared Assistant keeps {kb:8.1f} KB (for contrast)")


if __name__ == "__main__":
    main()
