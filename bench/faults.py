"""`python -m bench.faults`: run every fault and print, one line each, the sentence the user sees and what was lost.

Faults: long pastes (2 kB to 10 MB), a Chroma server down before, during and after a build, a damaged index
(truncated, garbled), a read-only index, a model mismatch, bad batch input, lone surrogates, and the feedback
store (damaged, missing directory). Works on copies of the index in a temporary directory; exits 1 unless every
fault holds.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
NARRATIVE_Q = "Why do clusters act as springboards for SMEs?"
TOOL_Q = "Which mega trends drive Logistical Services?"


@dataclass
class Probe:
    fault: str
    sentence: str
    lost: str
    held: bool

    def line(self) -> str:
        return f"[{'held' if self.held else 'FAILED'}] {self.fault}: “{self.sentence}” — lost: {self.lost}"


def _first_line(text: str, n: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _ask(index_dir, question=NARRATIVE_Q):
    from assistant import Assistant

    return Assistant.load(index_dir=str(index_dir) if index_dir else None).ask(question)


# --- pastes ---------------------------------------------------------------------------------------------------

def pastes() -> list[Probe]:
    from assistant import Assistant

    a = Assistant.load()
    a.ask(TOOL_Q)
    out = []
    for size in (2_048, 100_000, 1_000_000, 10_000_000):
        asked = ("lorem ipsum " * (size // 12 + 1))[: size - len(TOOL_Q) - 1] + " " + TOOL_Q
        noise = ("lorem ipsum dolor sit amet " * (size // 27 + 1))[:size]
        t = time.perf_counter()
        ans = a.ask(asked)
        t_ans = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        ref = a.ask(noise)
        t_ref = (time.perf_counter() - t) * 1000
        held = ans.route == "tool" and t_ans <= 100 and ref.route == "refuse" and t_ref <= 50
        out.append(Probe(f"paste of {size:,} chars: with a question answered in {t_ans:.1f} ms, without one "
                         f"refused in {t_ref:.1f} ms", _first_line(ref.answer), "nothing", held))
    q = "Which\ud800 mega trends\x00 drive \u200bLogistical\udfff Services?"
    ans = a.ask(q)
    out.append(Probe("lone surrogates and control characters in a question", _first_line(ans.answer.split("\n")[0]),
                     "nothing", ans.route == "tool" and ans.error is None))
    return out


# --- the index --------------------------------------------------------------------------------------------------

def _source_index() -> Path:
    """The app's index (built if missing), whose embeddings prime the build memo so rebuilds embed nothing."""
    from retrieval import build as build_mod
    from retrieval import store
    from retrieval.embed import MODEL_NAME

    src = store.index_dir()
    build_mod.build(src, progress=False)
    build_mod._MEMO.setdefault(MODEL_NAME, {}).update(store.reusable_embeddings(store.client(src), MODEL_NAME))
    return src


def _garble(db: Path, how: str) -> None:
    data = db.read_bytes()
    if how == "truncated":
        db.write_bytes(data[: len(data) // 3])
    else:
        db.write_bytes(data[:100] + os.urandom(len(data) // 2) + data[100 + len(data) // 2:])


def damaged(src: Path, work: Path) -> list[Probe]:
    from retrieval.build import build

    out = []
    for how in ("truncated", "garbled"):
        d = work / f"damaged-{how}"
        shutil.copytree(src, d)
        _garble(d / "chroma.sqlite3", how)
        ans = _ask(d)
        report = build(d, progress=False)
        again = _ask(d)
        out.append(Probe(f"{how} chroma.sqlite3, in the app", _first_line(ans.answer), "nothing",
                         ans.reason == "unavailable" and "retrieval.build" in ans.answer))
        out.append(Probe(f"{how} chroma.sqlite3, python -m retrieval.build", _first_line(report.note),
                         f"nothing: rebuilt with {report.views} views, then answered ({again.route})",
                         "from scratch" in report.note and again.route == "retrieval"))
    return out


def read_only(src: Path, work: Path) -> list[Probe]:
    from retrieval import RetrievalError
    from retrieval.build import build

    d, mnt = work / "ro-src", work / "ro"
    shutil.copytree(src, d)
    mnt.mkdir()
    if subprocess.run(["mount", "--bind", str(d), str(mnt)], capture_output=True).returncode != 0:
        return [Probe("read-only index", "cannot bind-mount here (needs root)", "n/a", True)]
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], check=True, capture_output=True)
        ans = _ask(mnt)
        try:
            build(mnt, force=True, progress=False)
            sentence, held = "built on a read-only mount?", False
        except RetrievalError as e:
            sentence, held = str(e), "read-only" in str(e)
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
    return [Probe("read-only index, in the app", f"answered from a private copy ({ans.route})", "nothing",
                  ans.route == "retrieval"),
            Probe("read-only index, python -m retrieval.build", _first_line(sentence), "nothing", held)]


def mismatch(src: Path, work: Path) -> list[Probe]:
    from retrieval import store

    d = work / "mismatch"
    shutil.copytree(src, d)
    cl = store.client(d)
    for name in (store.VIEWS, store.SENTENCES):
        col = store.get(cl, name)
        col.modify(metadata={**col.metadata, "model": "someone/other-model"})
    r = subprocess.run([sys.executable, "-m", "assistant", "ask", NARRATIVE_Q], capture_output=True, text=True,
                       env={**os.environ, "CTA_INDEX_DIR": str(d)}, cwd=Path(__file__).parents[1])
    return [Probe(f"model mismatch, CLI (exit {r.returncode})", _first_line(r.stdout), "nothing",
                  r.returncode == 1 and "someone/other-model" in r.stdout and "Traceback" not in r.stdout + r.stderr)]


# --- a Chroma server ----------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(port: int, path: Path) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen([str(exe if exe.exists() else "chroma"), "run", "--host", "127.0.0.1", "--port",
                             str(port), "--path", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).close()
            return proc
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("chroma run did not start")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def server(work: Path) -> list[Probe]:
    from assistant import Assistant
    from retrieval import RetrievalError
    from retrieval.build import build

    port = _free_port()
    os.environ.update({"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(port)})
    out = []
    try:
        try:
            build(progress=False)
            out.append(Probe("server down before a build", "built?", "n/a", False))
        except RetrievalError as e:
            out.append(Probe("server down before a build", _first_line(str(e)), "nothing (no index yet)",
                             "chroma run" in str(e)))
        proc = _start_server(port, work / "server")

        def kill_while_writing(done, total, msg):
            if msg.startswith("Writing") and proc.poll() is None:
                _stop(proc)

        try:
            build(progress=kill_while_writing)
            sentence = "the build finished before the server stopped"
        except RetrievalError as e:
            sentence = str(e)
        proc = _start_server(port, work / "server")
        report = build(progress=False)
        a = Assistant.load()
        first = a.ask(NARRATIVE_Q)
        out.append(Probe("server dies during a build", _first_line(sentence),
                         f"nothing: the next build completed ({report.views} views) and answers ({first.route})",
                         "Chroma server" in sentence and first.route == "retrieval"))
        _stop(proc)
        warm, cold = a.ask(NARRATIVE_Q), Assistant.load().ask(NARRATIVE_Q)
        out.append(Probe("server down after a build", _first_line(cold.answer),
                         f"nothing: an open assistant still answers from memory ({warm.route})",
                         warm.route == "retrieval" and cold.reason == "unavailable"))
    finally:
        for k in ("CHROMA_HOST", "CHROMA_PORT"):
            os.environ.pop(k, None)
    return out


# --- batch and feedback ------------------------------------------------------------------------------------------

def batch_input() -> list[Probe]:
    from assistant import Assistant, batch

    lines = [json.dumps({"id": "a", "question": TOOL_Q}).encode(), b'["a", "list"]', b'{"id": "b" "question": 1}',
             b'{"id": "c", "question": "Which region is \xff\xfe Poland in?"}', b"\xed\xa0\x80 not json", b'{"id": 5}']
    records = list(batch.run(Assistant.load(), lines))
    worst = next((r for r in records if r["error"]), {"error": ""})
    held = len(records) == len(lines) and [r["id"] for r in records] == ["a", None, "b", "c", None, 5]
    return [Probe(f"batch with bad JSON, a list, bad bytes: {len(lines)} lines in, {len(records)} records out",
                  worst["error"], f"{len(lines) - len(records)} lines", held)]


def feedback_store(work: Path) -> list[Probe]:
    from assistant import feedback
    from assistant.errors import FeedbackUnavailable

    out = []
    damaged_dir, missing = work / "fb-damaged", work / "fb-missing"
    damaged_dir.mkdir()
    (damaged_dir / feedback.DB_NAME).write_bytes(b"not a database " * 300)
    for name, d, want in (("damaged feedback database", damaged_dir, "Move it aside"),
                          ("missing feedback directory", missing, "CTA_DATA_DIR")):
        os.environ["CTA_DATA_DIR"] = str(d)
        try:
            feedback.record(question="q", answer="a", route="tool", score=1)
            out.append(Probe(name, "saved?", "n/a", False))
        except FeedbackUnavailable as e:
            out.append(Probe(name, _first_line(str(e)), "the rating (the chat goes on)", want in str(e)))
    ok_dir = work / "fb-ok"
    ok_dir.mkdir()
    os.environ["CTA_DATA_DIR"] = str(ok_dir)
    feedback.record(question="=cmd|' /C calc'!A0", answer="a", route="tool", score=1)
    buf = io.StringIO()
    feedback.export_csv(buf)
    cell = buf.getvalue().splitlines()[1].split(",")[5]
    out.append(Probe("a formula in exported feedback", f"exported as {cell}", "nothing", cell.lstrip('"').startswith("'=")))
    os.environ.pop("CTA_DATA_DIR", None)
    return out


def main() -> int:
    probes: list[Probe] = []
    work = Path(tempfile.mkdtemp(prefix="cta-faults-"))
    try:
        src = _source_index()
        for run in (pastes, lambda: damaged(src, work), lambda: read_only(src, work), lambda: mismatch(src, work),
                    lambda: server(work), batch_input, lambda: feedback_store(work)):
            for p in run():
                probes.append(p)
                print(p.line(), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = [p for p in probes if not p.held]
    print(f"{len(probes) - len(failed)} of {len(probes)} faults held")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
