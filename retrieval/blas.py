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
def _blas():
    """threadpoolctl's controller of the BLAS libraries loaded (numpy's OpenBLAS), or None without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a dependency; without it BLAS keeps its own threads
        return None
    return ThreadpoolController().select(user_api="blas")


@contextlib.contextmanager
def one_thread() -> Iterator[None]:
    """BLAS calls made inside run on one thread."""
    blas = _blas()
    if blas is None or not blas.lib_controllers:
        yield
        return
    with blas.limit(limits=1):
        yield
