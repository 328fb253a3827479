"""Shared fixtures for tests that need the index: one real index, built once per session in the session's
temporary directory ($CTA_INDEX_DIR, set by conftest.py), the same one ``Assistant.load()`` opens.

Registered for every test by conftest.py; modules may also import them (``from conftest_retrieval import ...``).
The index is cached at module level, so every user gets the same one and the model loads once.
"""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

DEV_SET = Path(__file__).parent / "data" / "retrieval_dev.jsonl"


@cache
def _built_index() -> Path:
    from retrieval.build import build

    d = Path(os.environ["CTA_INDEX_DIR"])  # set by conftest.py to a temporary directory
    build(d, progress=False)
    return d


@pytest.fixture(scope="session")
def index_dir() -> Path:
    """A real index (real model, real report), built once."""
    return _built_index()


@pytest.fixture
def index_copy(index_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the session index, for tests that change it."""
    dst = tmp_path / "index"
    shutil.copytree(index_dir, dst)
    return dst


@pytest.fixture(scope="session")
def retriever(index_dir: Path):
    from retrieval import Retriever

    return Retriever.open(index_dir, build_if_missing=False, progress=False)


@pytest.fixture(scope="session")
def dev_results(retriever) -> list[tuple[dict, object]]:
    """Every dev question with its RetrievalResult, searched once."""
    return [(q, retriever.search(q["question"])) for q in dev_questions()]


def dev_questions() -> list[dict]:
    import json

    return [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
