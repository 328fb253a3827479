"""Chroma server mode: a real `chroma run` on 127.0.0.1, built into over HTTP and queried."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest_retrieval import index_dir  # noqa: F401 (fixture: builds once, fills the embedding cache)

from retrieval import Retriever
from retrieval.build import build


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chroma_binary() -> str:
    local = Path(sys.executable).with_name("chroma")
    found = str(local) if local.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the chroma CLI is not installed (it ships with the chromadb package)")
    return found


@pytest.fixture
def chroma_server(tmp_path, monkeypatch):
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen([_chroma_binary(), "run", "--host", "127.0.0.1", "--port", str(port),
                             "--path", str(tmp_path / "server-data")], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"chroma run did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
                time.sleep(0.2)
        monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
        monkeypatch.setenv("CHROMA_PORT", str(port))
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_build_into_a_server_and_query_it(index_dir, chroma_server):  # noqa: F811
    first = build(progress=False)
    assert not first.skipped and "Chroma server at 127.0.0.1" in first.where
    assert build(progress=False).skipped
    r = Retriever.open(build_if_missing=False)
    res = r.search("Why do clusters act as springboards for SMEs?")
    assert "4.2" in [p.section for p in res.passages[:3]] and res.in_scope
    hits = r.dense_via_chroma(r.embed_query("vertical disintegration of value chains"), n=3)
    assert hits and hits[0][0].startswith("3.1-")
