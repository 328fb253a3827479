"""retrieval.order.descending is np.argsort(-s, kind="stable"), on every kind of tie."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.order import SMALL, descending


def _cases():
    rng = np.random.default_rng(7)
    n = SMALL * 3
    yield "distinct", rng.standard_normal(n)
    yield "float32", rng.standard_normal(n).astype(np.float32)
    sparse = np.zeros(n, dtype=np.float32)
    sparse[rng.choice(n, 300, replace=False)] = rng.random(300).astype(np.float32)
    yield "mostly zero (BM25)", sparse
    yield "few values", rng.integers(0, 5, n).astype(np.float64)
    yield "signed zeros", np.where(rng.random(n) < 0.5, -0.0, 0.0) + np.where(rng.random(n) < 0.1, 1.0, 0.0)
    yield "all equal", np.full(n, 0.25)
    with_nan = rng.standard_normal(n)
    with_nan[::97] = np.nan
    yield "nan", with_nan
    yield "small", rng.integers(0, 3, 50).astype(np.float64)
    yield "ints", rng.integers(0, 3, n)


@pytest.mark.parametrize(("name", "scores"), list(_cases()), ids=[c[0] for c in _cases()])
def test_descending_is_the_stable_descending_argsort(name, scores):
    expected = np.argsort(-scores, kind="stable")
    got = descending(scores)
    assert got.dtype.kind == "i"
    assert np.array_equal(got, expected), name
