"""The real index: real model, real report, real Chroma (a PersistentClient in a temporary directory)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest_retrieval import dev_questions, dev_results, index_copy, index_dir, retriever  # noqa: F401

import corpus
import retrieval.build as build_mod
from retrieval import IndexMismatchError, IndexMissingError, RetrievalError, Retriever
from retrieval.build import build

TEXT = corpus.report_text()
IN_SCOPE = [q for q in dev_questions() if q["in_scope"]]


@pytest.mark.parametrize(("question", "section"), [
    ("Why do clusters act as springboards for SMEs?", "4.2"),
    ("What does the report mean by vertical disintegration?", "3.1"),
    ("Why is Creative Industries' internationalisation limited?", "4.3"),
    ("Which emerging industries does Big data influence downstream?", "2.3"),
])
def test_a_real_question_finds_its_section(retriever, question, section):  # noqa: F811
    res = retriever.search(question)
    assert section in [p.section for p in res.passages[:3]]
    assert res.in_scope


def test_dev_set_hit_at_3(dev_results):  # noqa: F811
    inq = [(q, r) for q, r in dev_results if q["in_scope"]]
    hits = sum(any(s in [p.section for p in r.passages[:3]] for s in q["sections"]) for q, r in inq)
    assert hits / len(inq) >= 0.95


def test_every_quote_is_verbatim_at_its_offsets(dev_results):  # noqa: F811
    for _, res in dev_results:
        assert 1 <= len(res.quotes) <= 3
        for quote in res.quotes:
            assert TEXT[quote.start : quote.end] == quote.text
            assert corpus.section_at(quote.start).number == quote.section
            assert corpus.page_of(quote.start).page == quote.page
        for p in res.passages:
            assert TEXT[p.start : p.end] == p.text


def test_results_are_typed_records(retriever):  # noqa: F811
    res = retriever.search("What does the report mean by vertical disintegration?", k=4)
    assert len(res.passages) == 4
    p = res.passages[0]
    assert isinstance(p.score, float) and isinstance(p.page, int) and isinstance(p.figures, list)
    assert p.citation.startswith("§")
    assert "vertical" in res.quotes[0].text


def test_a_named_figure_is_found(retriever):  # noqa: F811
    res = retriever.search("What does Figure 13 show?")
    assert "13" in res.passages[0].figures


def test_out_of_scope_questions_are_refused(retriever, dev_results):  # noqa: F811
    assert not retriever.search("What does the report say about quantum computing?").in_scope
    refused = [not r.in_scope for q, r in dev_results if not q["in_scope"]]
    answered = [r.in_scope for q, r in dev_results if q["in_scope"]]
    assert sum(refused) / len(refused) >= 0.75
    assert sum(answered) / len(answered) >= 0.95


def test_embed_query_is_normalised(retriever):  # noqa: F811
    v = retriever.embed_query("cluster internationalisation")
    assert len(v) == 384 and isinstance(v[0], float)
    assert abs(np.linalg.norm(v) - 1) < 1e-4


def test_chroma_hnsw_agrees_with_brute_force(retriever):  # noqa: F811
    """Chroma's HNSW (ef_search=200) returns the exact nearest views: same similarities as brute force."""
    for q in IN_SCOPE[:15]:
        qv = np.asarray(retriever.embed_query(q["question"]), dtype=np.float32)
        via_chroma = [s for _, s in retriever.dense_via_chroma(qv, n=10)]
        brute = np.sort(retriever._views @ qv)[::-1][:10]
        np.testing.assert_allclose(via_chroma, brute, atol=1e-4)


def test_a_second_build_does_nothing(index_dir):  # noqa: F811
    r = build(index_dir, progress=False)
    assert r.skipped and r.embedded == 0


def test_a_changed_chunker_version_is_refused_then_rebuilt(index_copy, monkeypatch):  # noqa: F811
    monkeypatch.setattr(build_mod, "CHUNKER_VERSION", "999")
    with pytest.raises(IndexMismatchError, match=r"chunker v4-1000 .*python -m retrieval\.build"):
        Retriever.open(index_copy, build_if_missing=False)
    r = build(index_copy, progress=False)
    assert not r.skipped and r.embedded == 0  # same texts: embeddings reused by content hash
    assert Retriever.open(index_copy, build_if_missing=False).search("vertical disintegration").passages


def test_a_changed_model_is_refused(index_dir):  # noqa: F811
    with pytest.raises(IndexMismatchError, match=r"model sentence-transformers/all-MiniLM-L6-v2.*rebuild"):
        Retriever.open(index_dir, model="someone/other-model")


def test_a_changed_report_is_refused(index_dir, monkeypatch):  # noqa: F811
    monkeypatch.setattr(build_mod.corpus, "report_hash", lambda: "0" * 64)
    with pytest.raises(IndexMismatchError, match="another version of corpus/report.txt"):
        Retriever.open(index_dir)


def test_a_missing_index_is_reported_or_built(tmp_path, monkeypatch):
    with pytest.raises(IndexMissingError, match="python -m retrieval.build"):
        Retriever.open(tmp_path / "none", build_if_missing=False)
    monkeypatch.setenv("CTA_INDEX_DIR", str(tmp_path / "env"))
    monkeypatch.delenv("CHROMA_HOST", raising=False)
    seen = []
    r = Retriever.open(progress=lambda done, total, msg: seen.append((done, total, msg)))  # built once
    assert seen and seen[-1][0] == seen[-1][1] and all(isinstance(m, str) for _, _, m in seen)
    assert (tmp_path / "env" / "chroma.sqlite3").exists()
    assert "4.2" in [p.section for p in r.search("Why do clusters act as springboards for SMEs?").passages[:3]]
    assert issubclass(IndexMissingError, RetrievalError)
