"""Faults reach the user as sentences that name the fix: index store, long pastes, the CLI, batch, feedback."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import retrieval.build as build_mod
from assistant import Assistant, clean, feedback
from assistant.errors import FeedbackUnavailable
from retrieval import IndexCorruptError, IndexReadOnlyError, IndexUnavailableError, Retriever, faults, store
from retrieval.build import build
from retrieval.embed import MODEL_NAME

ROOT = Path(__file__).parents[1]
NARRATIVE_Q = "Why do clusters act as springboards for SMEs?"
TRACEBACK = "Traceback (most recent call last)"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(*args: str, stdin: bytes = b"", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=300,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def primed(index_dir):
    """The session index's embeddings in the build memo, so a rebuild from scratch embeds nothing."""
    build_mod._MEMO.setdefault(MODEL_NAME, {}).update(store.reusable_embeddings(store.client(index_dir), MODEL_NAME))
    return index_dir


def _garble(d: Path, how: str) -> None:
    db = d / "chroma.sqlite3"
    data = db.read_bytes()
    if how == "truncated":
        db.write_bytes(data[: len(data) // 3])
    else:
        db.write_bytes(data[:100] + bytes(range(256)) * (len(data) // 512) + data[100 + 256 * (len(data) // 512):])


# --- the index store --------------------------------------------------------------------------------------------

def test_a_server_that_is_down_is_retried_then_named(monkeypatch):
    port = _free_port()
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(port))
    monkeypatch.setattr(faults, "CONNECT_WAIT", 0.05)
    import chromadb

    calls = []
    real = chromadb.HttpClient
    monkeypatch.setattr(chromadb, "HttpClient", lambda **kw: calls.append(kw) or real(**kw))
    with pytest.raises(IndexUnavailableError, match=rf"Cannot reach the Chroma server at 127.0.0.1:{port}.*chroma run"):
        build(progress=False)
    assert len(calls) == faults.CONNECT_TRIES
    ans = Assistant.load().ask(NARRATIVE_Q)
    assert ans.route == "refuse" and ans.reason == "unavailable" and "CHROMA_HOST" in ans.answer


@pytest.mark.parametrize("how", ["truncated", "garbled"])
def test_a_damaged_index_is_named_then_rebuilt_from_scratch(primed, index_copy, how):
    _garble(index_copy, how)
    with pytest.raises(IndexCorruptError, match=r"is damaged \(.*\)\. Rebuild it with `python -m retrieval.build`"):
        Retriever.open(index_copy, build_if_missing=False, progress=False)
    ans = Assistant.load(index_dir=str(index_copy)).ask(NARRATIVE_Q)
    assert ans.reason == "unavailable" and "python -m retrieval.build" in ans.answer
    report = build(index_copy, progress=False)
    assert not report.skipped and report.embedded == 0 and "rebuilt from scratch" in report.note
    r = Retriever.open(index_copy, build_if_missing=False, progress=False)
    assert "4.2" in [p.section for p in r.search(NARRATIVE_Q).passages[:3]]


def test_discard_removes_only_chromas_files(tmp_path):
    (tmp_path / "chroma.sqlite3").write_bytes(b"x")
    (tmp_path / "0f8fad5b-d9cb-469f-a165-70867728950e").mkdir()
    (tmp_path / "notes.txt").write_text("mine")
    faults.discard(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_store_faults_become_sentences():
    import chromadb.errors

    e = chromadb.errors.InternalError("error returned from database: (code: 8) attempt to write a readonly database")
    err = faults.fault(e, "the index at /x")
    assert isinstance(err, IndexReadOnlyError) and str(err).startswith("The index at /x is read-only (attempt")
    assert "CTA_INDEX_DIR" in str(err)
    err = faults.fault(ConnectionRefusedError(111, "Connection refused"), "the Chroma server at h:1")
    assert "Lost the connection to the Chroma server at h:1" in str(err)
    assert not faults.is_fault(KeyError("a bug")) and faults.is_fault(sqlite3.OperationalError("x"))


@pytest.fixture
def read_only_copy(index_copy, tmp_path):
    """The index on a read-only bind mount (a real EROFS, which root cannot write through)."""
    mnt = tmp_path / "ro"
    mnt.mkdir()
    done = subprocess.run(["mount", "--bind", str(index_copy), str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({done.stderr.decode().strip()})")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], check=True, capture_output=True)
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def test_a_read_only_index_is_read_from_a_copy_and_not_built(read_only_copy):
    with pytest.raises(OSError):
        (read_only_copy / "probe").write_text("x")
    r = Retriever.open(read_only_copy, build_if_missing=False, progress=False)
    assert "4.2" in [p.section for p in r.search(NARRATIVE_Q).passages[:3]]
    with pytest.raises(IndexReadOnlyError, match="is read-only .*writable"):
        build(read_only_copy, force=True, progress=False)


def test_model_mismatch_is_a_sentence_and_the_cli_exits_non_zero(index_copy):
    cl = store.client(index_copy)
    for name in (store.VIEWS, store.SENTENCES):
        col = store.get(cl, name)
        col.modify(metadata={**col.metadata, "model": "someone/other-model"})
    r = _cli("assistant", "ask", NARRATIVE_Q, env={"CTA_INDEX_DIR": str(index_copy)})
    out = r.stdout.decode()
    assert r.returncode == 1 and "someone/other-model" in out and "python -m retrieval.build" in out
    assert TRACEBACK not in out + r.stderr.decode()


def test_retrieval_build_exits_1_with_the_sentence_when_the_server_is_down():
    r = _cli("retrieval.build", env={"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(_free_port())})
    assert r.returncode == 1 and b"Cannot reach the Chroma server" in r.stderr
    assert TRACEBACK.encode() not in r.stdout + r.stderr


# --- long pastes ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [2_500, 100_000, 10_000_000])
def test_a_long_paste_is_bounded_before_any_work(size):
    a = Assistant.load()
    q = "Which mega trends drive Logistical Services?"
    asked = ("x " * (size // 2))[: size - len(q) - 1] + " " + q
    noise = ("lorem ipsum dolor sit amet " * (size // 27 + 1))[:size]
    a.ask(q)  # warm
    t = time.perf_counter()
    ans = a.ask(asked)
    answered = time.perf_counter() - t
    t = time.perf_counter()
    ref = a.ask(noise)
    refused = time.perf_counter() - t
    assert ans.route == "tool" and ans.question.endswith(q) and len(ans.question) <= 301
    assert ref.route == "refuse" and ref.reason in ("too_long", "not_english") and len(ref.question) <= clean.MAX_CHARS + 3
    assert answered < 1.0 and refused < 1.0  # generous on a shared machine; bench.faults prints the figures


def test_clean_question_reads_only_the_two_windows():
    head = "Which mega trends drive Logistical Services? "
    assert clean.question(head + "z" * 5_000_000) == head.strip()
    assert clean.question(b"\xff\xfeWhich region is Poland in?") == "\ufffd\ufffdWhich region is Poland in?"
    assert clean.question("Which\ud800 region\x00 is\u200b Poland in?\r\n") == "Which\ufffd region  is Poland in?\n"


# --- CLI and batch -----------------------------------------------------------------------------------------------

def test_batch_keeps_ids_and_says_what_was_wrong_and_survives_bad_bytes():
    lines = [json.dumps({"id": "a", "question": "Which region is Poland in?"}).encode(), b'["a", "list"]',
             b'{"id": "b", "question": "Which region is \xff\xfe Poland in?"}', b"", b'{"id": "c" "question": 1}',
             json.dumps({"id": 4, "turns": []}).encode(), b'{"id": "d"}']
    r = _cli("assistant", "batch", stdin=b"\n".join(lines) + b"\n")
    out = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert r.returncode == 0 and TRACEBACK not in r.stderr.decode()
    assert [(o["line"], o["id"]) for o in out] == [(1, "a"), (2, None), (3, "b"), (5, "c"), (6, 4), (7, "d")]
    assert out[0]["value"] == "Central Eastern Europe" and out[2]["value"] == "Central Eastern Europe"
    assert out[1]["error"] == 'line 2 is a JSON list, expected an object with "id" and "question".'
    assert out[3]["error"].startswith("line 5 is not valid JSON (")
    assert out[4]["error"] == 'line 6: "turns" is an empty list, expected a list of questions.'
    assert out[5]["error"] == 'line 7 has no "question", expected an object with "id" and "question".'
    assert all(set(o) == set(out[0]) for o in out)  # one shape: Answer.to_dict() plus id and line


def test_chat_survives_bad_bytes_and_prints_no_traceback():
    r = _cli("assistant", "chat", stdin=b"Which region is \xff Poland in?\n\xed\xa0\x80\xc3\n\n")
    assert r.returncode == 0 and "Central Eastern Europe" in r.stdout.decode()
    assert TRACEBACK not in r.stdout.decode() + r.stderr.decode()


# --- feedback -----------------------------------------------------------------------------------------------------

def test_a_damaged_feedback_database_names_its_own_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("CTA_DATA_DIR", str(tmp_path))
    (tmp_path / feedback.DB_NAME).write_bytes(b"this is not a database" * 200)
    with pytest.raises(FeedbackUnavailable, match="is damaged .*Move it aside") as e:
        feedback.record(question="q", answer="a", route="tool", score=1)
    assert "CTA_DATA_DIR" not in str(e.value)
    r = _cli("assistant", "feedback", "export", env={"CTA_DATA_DIR": str(tmp_path)})
    assert r.returncode == 1 and b"is damaged" in r.stderr and TRACEBACK.encode() not in r.stderr + r.stdout


def test_an_unwritable_directory_names_ctadatadir(tmp_path, monkeypatch):
    monkeypatch.setenv("CTA_DATA_DIR", str(tmp_path))

    def unopenable(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(feedback.sqlite3, "connect", unopenable)
    with pytest.raises(FeedbackUnavailable, match="point CTA_DATA_DIR at a writable directory"):
        feedback.record(question="q", answer="a", route="tool", score=1)
