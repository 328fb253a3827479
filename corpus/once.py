"""``once``: a zero-argument function computed once per process, even when many threads first ask at once.

``functools.cache`` lets every thread that misses compute the value itself: fifty conversations starting together
would parse the report and read the tables fifty times. Here the first caller computes it and the rest wait.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def once(fn: Callable[[], T]) -> Callable[[], T]:
    lock = threading.Lock()
    box: list[T] = []

    @functools.wraps(fn)
    def wrapper() -> T:
        if not box:
            with lock:
                if not box:
                    box.append(fn())
        return box[0]

    wrapper.cache_clear = box.clear  # type: ignore[attr-defined]
    return wrapper
