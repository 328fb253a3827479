"""The torch-free query path: the ONNX export gives sentence-transformers' vectors and rankings, and the CLI's
answers load neither torch (narrative) nor any embedder (matrix).

The index here is this module's own, built in a temporary directory (its embeddings are reused from any index
built earlier in the same process, so it costs little after the first).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from retrieval import Retriever, lexical, onnx_export, snapshot
from retrieval.build import build, fingerprint
from retrieval.chunks import chunk_report
from retrieval.embed import MODEL_NAME, QueryEmbedder, query_embedder, shared_embedder
from retrieval.onnx_embed import OnnxEmbedder

ROOT = Path(__file__).parents[1]
DEV = ROOT / "tests" / "data" / "retrieval_dev.jsonl"
HEAVY = ("torch", "transformers", "sentence_transformers")
LIGHT = ("onnxruntime", "chromadb", "bm25s", "scipy")


@pytest.fixture(scope="module")
def onnx_index(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("onnx-index")
    build(d, progress=False)  # writes the query snapshot too: no answer needs to read Chroma
    return d


@pytest.fixture(scope="module")
def onnx_embedder(onnx_index) -> OnnxEmbedder:
    return OnnxEmbedder(onnx_export.onnx_dir(onnx_index), MODEL_NAME).load()


def _dev_questions() -> list[str]:
    """Every retrieval question of the dev sets: retrieval_dev.jsonl and the records of the other dev sets whose
    expected route is retrieval (never the held-out sets)."""
    out = []
    for f in [DEV, *sorted(DEV.parent.glob("*.jsonl"))]:
        if f.name.startswith("heldout") or (f != DEV and f.name == DEV.name):
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else {}
            if rec and (f == DEV or (rec.get("expect") or {}).get("route") == "retrieval"):
                out.append(rec["question"])
    return list(dict.fromkeys(out))


def test_the_build_exports_the_model_with_its_tokenizer(onnx_index):
    folder = onnx_export.onnx_dir(onnx_index)
    assert (folder / "model.onnx").stat().st_size > 50_000_000
    assert (folder / "tokenizer.json").is_file()
    man = json.loads((folder / "manifest.json").read_text())
    assert man["opset"] == 17 and man["max_seq_length"] == 256
    # one fused attention, skip layer norm pair and bias GELU per layer: the graph that loads and runs fastest
    assert man["fused"] == {"EmbedLayerNormalization": 1, "Attention": 6, "SkipLayerNormalization": 12, "BiasGelu": 6}
    assert onnx_export.staleness(folder, onnx_export.packaged_model_dir()) is None
    again = onnx_export.ensure(onnx_index, shared_embedder())
    assert again.skipped  # a second build leaves a fresh export alone


def test_every_report_sentence_embeds_as_sentence_transformers_does(onnx_index, onnx_embedder):
    """The index's sentence vectors were made by sentence-transformers at build time; ONNX must agree."""
    r = Retriever.open(onnx_index, build_if_missing=False, progress=False)
    texts = [s.text for c in chunk_report() for s in c.sentences]
    assert len(texts) == len(r._sentences) > 300
    cos = np.sum(onnx_embedder.embed(texts) * r._sentences, axis=1)
    worst = int(np.argmin(cos))
    assert cos.min() >= 0.9999, (cos.min(), texts[worst])


def test_questions_embed_the_same_both_ways(onnx_embedder):
    qs = _dev_questions()
    a = onnx_embedder.embed(qs)
    b = shared_embedder().embed(qs)
    assert a.shape == b.shape == (len(qs), 384)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.sum(a * b, axis=1).min() >= 0.9999


def test_rankings_are_identical_on_the_dev_sets(onnx_index):
    onnx = Retriever.open(onnx_index, build_if_missing=False, progress=False)
    assert onnx.embedder.backend == "onnx"
    st = Retriever.open(onnx_index, build_if_missing=False, progress=False)
    qs = _dev_questions()
    assert len(qs) > 300
    st.embedder = _Precomputed([st.searched_text(q) for q in qs])  # what search() embeds, in one batch
    for q in qs:
        a, b = onnx.search(q), st.search(q)
        assert [p.id for p in a.passages] == [p.id for p in b.passages], q
        assert [x.start for x in a.quotes] == [x.start for x in b.quotes], q
        assert a.in_scope == b.in_scope, q


class _Precomputed:
    """sentence-transformers' vectors of known query texts, embedded in one batch (one by one is slow)."""

    def __init__(self, texts: list[str]) -> None:
        self.vectors = dict(zip(texts, shared_embedder().embed(texts), strict=True))

    def embed_query(self, text: str) -> np.ndarray:
        return self.vectors[text]


def _run(code: str, index: Path, **env) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "CTA_INDEX_DIR": str(index), "HF_HUB_OFFLINE": "1", **env}, check=True)
    return out.stdout.split()


def test_a_narrative_answer_loads_onnx_runtime_and_no_torch(onnx_index):
    code = ("import sys; from assistant import Assistant; a = Assistant.load(); "
            "ans = a.ask('Why do clusters act as springboards for SMEs?'); "
            f"print(ans.route, a.retriever().embedder.backend, *[m in sys.modules for m in {HEAVY + LIGHT!r}])")
    route, backend, *loaded = _run(code, onnx_index)
    assert (route, backend) == ("retrieval", "onnx")
    # no chromadb, bm25s or scipy either: the build wrote the snapshot with the BM25 weights
    assert loaded == ["False", "False", "False", "True", "False", "False", "False"]


def test_a_matrix_answer_loads_no_embedder(onnx_index):
    code = ("import sys; from assistant import Assistant; a = Assistant.load(); "
            "ans = a.ask('Which mega trends drive Logistical Services?'); "
            f"print(ans.route, *[m in sys.modules for m in {HEAVY + LIGHT!r}])")
    route, *loaded = _run(code, onnx_index)
    assert route == "tool" and loaded == ["False"] * 7


def test_a_missing_export_falls_back_to_sentence_transformers_and_says_so_once(onnx_index, tmp_path, caplog,
                                                                               monkeypatch):
    from retrieval import embed

    monkeypatch.setattr(embed, "_warned", set())
    copy = tmp_path / "index"
    shutil.copytree(onnx_index, copy, ignore=shutil.ignore_patterns("onnx"))
    emb = QueryEmbedder(onnx_export.onnx_dir(copy))
    with caplog.at_level(logging.WARNING, logger="retrieval.embed"):
        first = emb.embed_query("cluster internationalisation")
        emb.embed_query("again")
        QueryEmbedder(onnx_export.onnx_dir(copy)).embed_query("and once more")
    assert emb.backend == "sentence-transformers"
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and "there is no ONNX export" in said[0] and "python -m retrieval.build" in said[0]
    assert abs(np.linalg.norm(first) - 1) < 1e-4


def test_a_stale_export_is_not_used_and_the_build_replaces_it(onnx_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(onnx_index, copy)
    folder = onnx_export.onnx_dir(copy)
    man = json.loads((folder / "manifest.json").read_text())
    man["model_sha256"], man["model_files"] = "0" * 64, {}
    (folder / "manifest.json").write_text(json.dumps(man))
    why = onnx_export.staleness(folder, onnx_export.packaged_model_dir())
    assert why and "another version of the model" in why
    assert QueryEmbedder(folder).backend == "sentence-transformers"
    assert not build(copy, progress=False).embedded  # the index itself is current ...
    assert onnx_export.staleness(folder, onnx_export.packaged_model_dir()) is None  # ... the export is redone
    assert query_embedder(copy).backend == "onnx"


def test_the_snapshot_follows_chroma(onnx_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(onnx_index, copy)
    fp = fingerprint()
    snap = snapshot.load(copy, fp)
    assert snap is not None and len(snap.view_ids) == len(snap.view_matrix) > 100
    db = copy / "chroma.sqlite3"
    os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns + 1_000_000_000))  # Chroma wrote
    assert snapshot.load(copy, fp) is None
    r = Retriever.open(copy, build_if_missing=False, progress=False)  # reads Chroma, refreshes the copy
    again = snapshot.load(copy, fp)
    assert again is not None and again.view_ids == snap.view_ids
    np.testing.assert_array_equal(again.sentence_matrix, snap.sentence_matrix)
    assert "4.2" in [p.section for p in r.search("Why do clusters act as springboards for SMEs?").passages[:3]]


def test_an_unreadable_export_falls_back_too(onnx_index, tmp_path, caplog, monkeypatch):
    from retrieval import embed

    monkeypatch.setattr(embed, "_warned", set())
    copy = tmp_path / "index"
    shutil.copytree(onnx_index, copy)
    (onnx_export.onnx_dir(copy) / "tokenizer.json").write_text("not a tokenizer")
    with caplog.at_level(logging.WARNING, logger="retrieval.embed"):
        emb = QueryEmbedder(onnx_export.onnx_dir(copy)).load()
    assert emb.backend == "sentence-transformers"
    assert ["could not be loaded" in r.getMessage() for r in caplog.records] == [True]


def test_the_build_writes_the_snapshot_with_bm25s_weights(onnx_index, tmp_path):
    snap = snapshot.load(onnx_index, fingerprint())
    texts = [c.search_text for c in chunk_report()]
    assert snap is not None and snap.bm25 is not None and snap.bm25_signature == lexical.signature(texts)
    made = lexical.BM25Index(texts)
    stored = lexical.BM25Index.from_weights(snap.bm25)
    assert stored.vocabulary == made.vocabulary
    for q in _dev_questions()[:40]:
        np.testing.assert_array_equal(stored.scores(q), made.scores(q))
    # weights made from other texts (or by another tokenizer) are made again, and the copy is rewritten
    copy = tmp_path / "index"
    shutil.copytree(onnx_index, copy)
    snapshot.save(copy, fingerprint(), replace(snap, bm25_signature="0" * 64))
    stale = snapshot.load(copy, fingerprint())
    assert stale is not None and stale.bm25_signature == "0" * 64
    again = snapshot.lexical_index(copy, fingerprint(), stale, texts)
    assert again.vocabulary == made.vocabulary
    assert snapshot.load(copy, fingerprint()).bm25_signature == lexical.signature(texts)


def test_a_failed_fusion_keeps_the_unfused_graph_and_says_so(tmp_path, monkeypatch, caplog):
    from types import SimpleNamespace

    import onnxruntime.transformers.optimizer as optimizer

    def fails(*args, **kwargs):
        raise RuntimeError("no attention pattern found")

    monkeypatch.setattr(optimizer, "optimize_model", fails)
    raw = tmp_path / "unfused.onnx"
    raw.write_bytes(b"the unfused graph")
    with caplog.at_level(logging.WARNING, logger="retrieval.onnx_export"):
        fused = onnx_export._fuse(raw, tmp_path / "model.onnx", SimpleNamespace(num_attention_heads=12, hidden_size=384), {})
    assert fused == {} and (tmp_path / "model.onnx").read_bytes() == b"the unfused graph"
    assert ["no attention pattern found" in r.getMessage() for r in caplog.records] == [True]


def test_making_bm25_weights_logs_nothing(caplog):
    """bm25s logs its steps at DEBUG to whatever handler the root logger has (the CLI's stderr, a UI's log)."""
    with caplog.at_level(logging.DEBUG):
        index = lexical.BM25Index(["clusters act as springboards", "vertical disintegration of value chains"])
    assert index.scores("clusters").argmax() == 0
    assert [r.getMessage() for r in caplog.records if r.name.startswith("bm25s")] == []
