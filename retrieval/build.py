"""Build the index: ``python -m retrieval.build [--force] [--index-dir DIR]``.

Safe to repeat: when the index was built from the same report, model and chunker version, nothing is done.
Otherwise the collections are rewritten, re-embedding only texts that were not embedded with this model yet.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

import corpus
from retrieval import faults, onnx_export, snapshot, store
from retrieval.chunks import CHUNKER_VERSION, DEFAULT_MAX_CHARS, Chunk, chunk_report
from retrieval.embed import MODEL_NAME, Embedder, shared_embedder
from retrieval.errors import IndexCorruptError, RetrievalError

# A progress callback gets (done, total, message); ``True`` shows only the tqdm bar, ``False`` nothing.
Progress = bool | Callable[[int, int, str], None]

# Embeddings made in this process, by model and text hash: a second build (another store) embeds nothing.
_MEMO: dict[str, dict[str, np.ndarray]] = {}


@dataclass(frozen=True)
class BuildReport:
    skipped: bool
    where: str
    chunks: int
    views: int
    sentences: int
    embedded: int  # texts embedded in this run
    reused: int  # texts whose embedding came from the previous index
    seconds: float
    note: str = ""  # what happened besides building ("… was damaged; it was rebuilt from scratch.")


def chunker_id(max_chars: int = DEFAULT_MAX_CHARS) -> str:
    return f"{CHUNKER_VERSION}-{max_chars}"


def fingerprint(model: str = MODEL_NAME, max_chars: int = DEFAULT_MAX_CHARS) -> store.Fingerprint:
    return store.Fingerprint(model, chunker_id(max_chars), corpus.report_hash())


def view_records(chunks: tuple[Chunk, ...]) -> tuple[list[str], list[str], list[dict]]:
    ids, docs, metas = [], [], []
    for c in chunks:
        for j, v in enumerate(c.views):
            ids.append(f"{c.id}:{j}")
            docs.append(v)
            metas.append({"chunk_id": c.id, "chunk_index": c.index, "view": j, "section": c.section,
                          "section_title": c.section_title, "page": c.page, "page_estimated": c.page_estimated,
                          "start": c.start, "end": c.end, "figures": ",".join(c.figures), "kind": c.kind,
                          "text_key": store.text_key(v)})
    return ids, docs, metas


def sentence_records(chunks: tuple[Chunk, ...]) -> tuple[list[str], list[str], list[dict]]:
    ids, docs, metas = [], [], []
    for c in chunks:
        for j, s in enumerate(c.sentences):
            ids.append(f"{c.id}:s{j}")
            docs.append(s.text)
            metas.append({"chunk_id": c.id, "chunk_index": c.index, "start": s.start, "end": s.end,
                          "text_key": store.text_key(s.text)})
    return ids, docs, metas


def build(path: str | Path | None = None, *, force: bool = False, model: str = MODEL_NAME,
          max_chars: int = DEFAULT_MAX_CHARS, embedder: Embedder | None = None, progress: Progress = True,
          out=sys.stderr) -> BuildReport:
    """Build (or skip) the index at ``path`` (default: $CHROMA_HOST server, else $CTA_INDEX_DIR or .index/).

    A damaged local index is noticed and built again from scratch (the report's ``note`` says so); any other
    fault of the store raises a RetrievalError whose sentence names the fix.
    """
    kw = {"model": model, "max_chars": max_chars, "embedder": embedder, "progress": progress, "out": out}
    where = store.describe(path)
    try:
        with faults.sentences(where):
            return _build(path, force=force, **kw)
    except IndexCorruptError as e:
        if os.environ.get("CHROMA_HOST") and path is None:
            raise
        faults.discard(store.index_dir(path))
        with faults.sentences(where):
            report = _build(path, force=force, **kw)  # the store is empty now; embeddings made here are reused
        return replace(report, note=f"{str(e).split(' Rebuild it')[0]} It was rebuilt from scratch.")


def _build(path: str | Path | None, *, force: bool, model: str, max_chars: int, embedder: Embedder | None,
           progress: Progress, out) -> BuildReport:
    t0 = time.perf_counter()
    where = store.describe(path)
    cl = store.client(path, writable=True)
    fp = fingerprint(model, max_chars)
    chunks = chunk_report(max_chars)
    vids, vdocs, vmetas = view_records(chunks)
    sids, sdocs, smetas = sentence_records(chunks)
    onnx_export.ensure(path, embedder or shared_embedder(model))  # the query side's torch-free model
    if not force and store.fingerprint_of(cl) == fp:
        views, sents = store.get(cl, store.VIEWS), store.get(cl, store.SENTENCES)
        if views.count() == len(vids) and sents.count() == len(sids):
            snapshot.refresh(cl, path, fp, [c.search_text for c in chunks])
            return BuildReport(True, where, len(chunks), len(vids), len(sids), 0, 0, time.perf_counter() - t0)
    cache = {} if force else {**_MEMO.get(model, {}), **store.reusable_embeddings(cl, model)}
    texts = vdocs + sdocs
    keys = [m["text_key"] for m in vmetas + smetas]
    # shortest first: batches of similar length waste no time on padding
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in cache}.items(),
                  key=lambda kt: (len(kt[1]), kt[0]))
    emb = embedder or shared_embedder(model)
    from tqdm import tqdm

    total = len(todo) + len(texts)
    bar = tqdm(total=total, desc=f"Building {where}", unit="text", disable=not progress, file=out)
    report = progress if callable(progress) else None
    done = [0]

    def advance(n: int, msg: str) -> None:
        bar.update(n)
        done[0] += n
        if report is not None:
            report(done[0], total, msg)

    if report is not None:
        report(0, total, f"Embedding {len(todo)} passages and sentences of the report…")
    batch = 64
    for off in range(0, len(todo), batch):
        part = todo[off : off + batch]
        vecs = emb.embed([t for _, t in part], batch_size=batch)
        for (k, _), v in zip(part, vecs, strict=True):
            cache[k] = v
        advance(len(part), "Embedding the report's passages and sentences…")
    _MEMO.setdefault(model, {}).update(cache)
    matrix = np.stack([cache[k] for k in keys]) if keys else np.zeros((0, 384), dtype=np.float32)
    store.write(cl, store.VIEWS, fp, vids, matrix[: len(vids)], vdocs, vmetas,
                progress=lambda n: advance(n, "Writing the index…"))
    store.write(cl, store.SENTENCES, fp, sids, matrix[len(vids) :], sdocs, smetas,
                progress=lambda n: advance(n, "Writing the index…"))
    snapshot.refresh(cl, path, fp, [c.search_text for c in chunks])  # the first answer need not read Chroma
    bar.close()
    return BuildReport(False, where, len(chunks), len(vids), len(sids), len(todo), len(texts) - len(todo),
                       time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m retrieval.build", description=__doc__.splitlines()[0])
    p.add_argument("--index-dir", help="Chroma directory (default: $CTA_INDEX_DIR or .index/)")
    p.add_argument("--force", action="store_true", help="re-embed everything")
    a = p.parse_args(argv)
    try:
        r = build(a.index_dir, force=a.force)
    except RetrievalError as e:
        print(e, file=sys.stderr)
        return 1
    if r.note:
        print(r.note)
    if r.skipped:
        print(f"{r.where} is up to date ({r.chunks} chunks, {r.views} views, {r.sentences} sentences).")
    else:
        print(f"Built {r.where}: {r.chunks} chunks, {r.views} views, {r.sentences} sentences; "
              f"embedded {r.embedded}, reused {r.reused}, in {r.seconds:.1f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
