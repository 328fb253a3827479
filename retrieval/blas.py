"""numpy's BLAS on one thread for a query's dense product.

OpenBLAS splits even a 1000 x 384 matrix-vector product over every core, and its helper threads then spin while
they wait for more work. On two cores shared with ONNX Runtime's threads and other processes, that made the 100x
scale bench's dense scores take 10-30 ms instead of 3 (and slowed what followed). One thread runs the same kernel
over the same rows: the scores are bit-for-bit the same.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from corpus.once import once


@once
def _libraries() -> tuple:
    """threadpoolctl's controllers of the BLAS libraries loaded (numpy's OpenBLAS); none without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a dependency; without it BLAS keeps its own threads
        return ()
    return tuple(ThreadpoolController().select(user_api="blas").lib_controllers)


@contextlib.contextmanager
def one_thread() -> Iterator[None]:
    """BLAS calls made inside run on one thread (a few microseconds; threadpoolctl's ``limit`` costs ~25).

    Searches on other threads may overlap: one of them may then run its product with BLAS's own threads, or leave
    BLAS on one thread after it. Either gives the same scores.
    """
    libs = _libraries()
    before = [lib.get_num_threads() for lib in libs]
    for lib in libs:
        lib.set_num_threads(1)
    try:
        yield
    finally:
        for lib, n in zip(libs, before, strict=True):
            lib.set_num_threads(n)
