"""Shared fixtures for the retrieval tests: one real index, built once per session in a temporary directory.

Imported by the retrieval test modules (``from conftest_retrieval import ...``); the index is cached at module
level, so every module that uses it gets the same one and the model loads once.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

DEV_SET = Path(__file__).parent / "data" / "retrieval_dev.jsonl"


@cache
def _built_index() -> Path:
    from retrieval.build import build

    d = Path(tempfile.mkdtemp(prefix="cta-index-"))
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
