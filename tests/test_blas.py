"""retrieval.blas.one_thread: BLAS on one thread inside, the same product as with its own threads."""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_info

from retrieval import blas


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_one_thread_inside_and_restored_after():
    before = _blas_threads()
    with blas.one_thread():
        assert set(_blas_threads()) <= {1}
    assert _blas_threads() == before


def test_the_product_is_the_same():
    rng = np.random.default_rng(3)
    views = rng.standard_normal((20000, 384)).astype(np.float32)
    q = rng.standard_normal(384).astype(np.float32)
    free = views @ q
    with blas.one_thread():
        one = views @ q
    assert np.array_equal(free, one)
