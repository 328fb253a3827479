"""Session set-up for every test: nothing is written into the working tree.

The retrieval index, the feedback data and Hypothesis' example database live in one temporary directory per
session; $CTA_INDEX_DIR and $CTA_DATA_DIR point there (subprocesses inherit them), and the code's defaults are
pointed there too, so a test that forgets them cannot write .index/ or .data/ in the repository. The index is
built once, the first time a test needs it (``index_dir``), and every test that needs one shares it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.dont_write_bytecode = True  # no __pycache__ in the working tree from the modules tests import
SESSION_DIR = Path(tempfile.mkdtemp(prefix="cta-tests-"))
# CTA_TEST_INDEX: an index built earlier outside the repository, reused to save the build (~1 min) when iterating
_REUSE = os.environ.get("CTA_TEST_INDEX")
if _REUSE and Path(__file__).parents[1].resolve() in Path(_REUSE).resolve().parents:
    raise pytest.UsageError("CTA_TEST_INDEX must lie outside the repository: tests never write into it")
os.environ["CTA_INDEX_DIR"] = _REUSE or str(SESSION_DIR / "index")
os.environ["CTA_DATA_DIR"] = str(SESSION_DIR / "data")
(SESSION_DIR / "data").mkdir()
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.pop("CHROMA_HOST", None)  # the server test starts its own

from hypothesis import settings  # noqa: E402

settings.register_profile("cta", database=None, deadline=None)  # no .hypothesis/ in the working tree
settings.load_profile("cta")

import assistant.feedback  # noqa: E402
import retrieval.store  # noqa: E402

retrieval.store.DEFAULT_INDEX_DIR = Path(os.environ["CTA_INDEX_DIR"])
assistant.feedback.DEFAULT_DATA_DIR = SESSION_DIR / "default-data"

from conftest_retrieval import dev_results, index_copy, index_dir, retriever  # noqa: E402,F401 - shared fixtures


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(SESSION_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def session_dir() -> Path:
    """The session's temporary directory (index/, data/)."""
    return SESSION_DIR
