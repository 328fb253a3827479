"""A read-only copy of what a query needs from a local Chroma index, so a process can open it without chromadb.

``import chromadb`` and opening a ``PersistentClient`` cost seconds, more than everything else a first narrative
answer needs. The index build (and ``Retriever.open``, when the copy is missing or out of date) reads the
embeddings from Chroma and writes them here, next to the Chroma files, with the index's fingerprint and the size
and modification time of Chroma's database; a later process uses the copy while all of these still match, and
reads Chroma again (refreshing the copy) when any differs. The copy also holds bm25s's BM25 weights of the chunks,
with a signature of the texts and the tokenizer they were made from, so that opening it imports neither bm25s
nor scipy. A Chroma server ($CHROMA_HOST) is always read directly.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from retrieval import lexical, store

FILE = "query-snapshot.npz"
FORMAT = 3


@dataclass(frozen=True)
class Snapshot:
    view_ids: list[str]
    view_matrix: np.ndarray
    view_chunk_ids: list[str]  # the chunk each view belongs to
    sentence_ids: list[str]
    sentence_matrix: np.ndarray
    bm25: lexical.Weights | None = None  # the chunks' BM25 weights, when made
    bm25_signature: str = ""  # lexical.signature of the texts they were made from


def _local(path: str | Path | None) -> Path | None:
    """The index folder when the index is a local PersistentClient, else None."""
    if path is None and os.environ.get("CHROMA_HOST"):
        return None
    return store.index_dir(path)


def _stamp(folder: Path) -> list | None:
    """What changes whenever Chroma writes: its database's size and mtime, and its segment folders."""
    db = folder / "chroma.sqlite3"
    try:
        st = db.stat()
        segments = sorted(p.name for p in folder.iterdir() if p.is_dir() and len(p.name) == 36)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, segments]


def load(path: str | Path | None, fp: store.Fingerprint) -> Snapshot | None:
    """The snapshot of the index at ``path`` if it is current for ``fp`` and the Chroma files, else None."""
    folder = _local(path)
    if folder is None or not (folder / FILE).is_file():
        return None
    try:
        with np.load(folder / FILE, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if meta.get("format") != FORMAT or meta.get("fingerprint") != fp.as_metadata() \
                    or meta.get("stamp") != _stamp(folder):
                return None
            bm25 = None
            if meta.get("bm25_signature"):
                bm25 = lexical.Weights(json.loads(str(z["bm25_terms"])), z["bm25_data"], z["bm25_indices"],
                                       z["bm25_indptr"], int(meta["bm25_documents"]))
            return Snapshot(z["view_ids"].tolist(), z["view_matrix"], z["view_chunk_ids"].tolist(),
                            z["sentence_ids"].tolist(), z["sentence_matrix"], bm25, meta.get("bm25_signature", ""))
    except (OSError, ValueError, KeyError):  # unreadable or from another version: read Chroma instead
        return None


def save(path: str | Path | None, fp: store.Fingerprint, snap: Snapshot) -> None:
    """Write the snapshot next to a local index (atomically); nothing for a Chroma server."""
    folder = _local(path)
    stamp = _stamp(folder) if folder is not None else None
    if stamp is None:
        return
    meta = {"format": FORMAT, "fingerprint": fp.as_metadata(), "stamp": stamp}
    arrays = {}
    if snap.bm25 is not None:
        meta |= {"bm25_signature": snap.bm25_signature, "bm25_documents": snap.bm25.n}
        arrays = {"bm25_terms": np.asarray(json.dumps(snap.bm25.terms)), "bm25_data": snap.bm25.data,
                  "bm25_indices": snap.bm25.indices, "bm25_indptr": snap.bm25.indptr}
    tmp = folder / f".{FILE}.{os.getpid()}-{threading.get_ident()}.tmp"
    try:
        with tmp.open("wb") as f:
            np.savez(f, meta=np.asarray(json.dumps(meta)), view_ids=np.asarray(snap.view_ids, dtype=str),
                     view_matrix=snap.view_matrix.astype(np.float32),
                     view_chunk_ids=np.asarray(snap.view_chunk_ids, dtype=str),
                     sentence_ids=np.asarray(snap.sentence_ids, dtype=str),
                     sentence_matrix=snap.sentence_matrix.astype(np.float32), **arrays)
        tmp.replace(folder / FILE)
    except OSError:  # a read-only index is still usable, only slower to open
        with contextlib.suppress(OSError):  # on a read-only file system even removing nothing fails (EROFS)
            tmp.unlink(missing_ok=True)


def read_chroma(cl) -> tuple[Snapshot, object]:
    """The embeddings as the Chroma client ``cl`` holds them (no BM25 weights yet), and its views collection."""
    views = store.get(cl, store.VIEWS)
    vids, vmat, vmetas = store.read_all(views)
    sids, smat, _ = store.read_all(store.get(cl, store.SENTENCES))
    return Snapshot(vids, vmat, [m["chunk_id"] for m in vmetas], sids, smat), views


def lexical_index(path: str | Path | None, fp: store.Fingerprint, snap: Snapshot,
                  texts: Sequence[str]) -> lexical.BM25Index:
    """BM25 over ``texts``: the snapshot's weights when they were made from these texts by this tokenizer, else
    made now by bm25s (and the local snapshot written with them)."""
    sig = lexical.signature(texts)
    if snap.bm25 is not None and snap.bm25_signature == sig:
        return lexical.BM25Index.from_weights(snap.bm25)
    index = lexical.BM25Index(texts)
    save(path, fp, replace(snap, bm25=index.weights, bm25_signature=sig))
    return index


def refresh(cl, path: str | Path | None, fp: store.Fingerprint, texts: Sequence[str]) -> None:
    """Make the local snapshot of the index current (the build calls this once Chroma holds the index)."""
    if _local(path) is None:
        return
    snap = load(path, fp)
    lexical_index(path, fp, snap if snap is not None else read_chroma(cl)[0], texts)


class LazyCollection:
    """The Chroma collection of views, opened on first use (only Chroma-side queries need it)."""

    def __init__(self, path: str | Path | None) -> None:
        self._path = path
        self._col = None

    def __getattr__(self, name: str):
        if self._col is None:
            self._col = store.get(store.client(self._path), store.VIEWS)
        return getattr(self._col, name)
