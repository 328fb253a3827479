"""A read-only copy of what a query needs from a local Chroma index, so a process can open it without chromadb.

``import chromadb`` and opening a ``PersistentClient`` cost seconds, more than everything else a first narrative
answer needs. ``Retriever.open`` reads the embeddings from Chroma once and writes them here, next to the Chroma
files, with the index's fingerprint and the size and modification time of Chroma's database; a later process
uses the copy while all of these still match, and reads Chroma again (refreshing the copy) when any differs.
A Chroma server ($CHROMA_HOST) is always read directly.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval import store

FILE = "query-snapshot.npz"
FORMAT = 1


@dataclass(frozen=True)
class Snapshot:
    view_ids: list[str]
    view_matrix: np.ndarray
    view_chunk_ids: list[str]  # the chunk each view belongs to
    sentence_ids: list[str]
    sentence_matrix: np.ndarray


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
            return Snapshot(z["view_ids"].tolist(), z["view_matrix"], z["view_chunk_ids"].tolist(),
                            z["sentence_ids"].tolist(), z["sentence_matrix"])
    except (OSError, ValueError, KeyError):  # unreadable or from another version: read Chroma instead
        return None


def save(path: str | Path | None, fp: store.Fingerprint, snap: Snapshot) -> None:
    """Write the snapshot next to a local index (atomically); nothing for a Chroma server."""
    folder = _local(path)
    stamp = _stamp(folder) if folder is not None else None
    if stamp is None:
        return
    meta = {"format": FORMAT, "fingerprint": fp.as_metadata(), "stamp": stamp}
    tmp = folder / f".{FILE}.{os.getpid()}.tmp"
    try:
        with tmp.open("wb") as f:
            np.savez(f, meta=np.asarray(json.dumps(meta)), view_ids=np.asarray(snap.view_ids, dtype=str),
                     view_matrix=snap.view_matrix.astype(np.float32),
                     view_chunk_ids=np.asarray(snap.view_chunk_ids, dtype=str),
                     sentence_ids=np.asarray(snap.sentence_ids, dtype=str),
                     sentence_matrix=snap.sentence_matrix.astype(np.float32))
        tmp.replace(folder / FILE)
    except OSError:  # a read-only index is still usable, only slower to open
        tmp.unlink(missing_ok=True)


class LazyCollection:
    """The Chroma collection of views, opened on first use (only Chroma-side queries need it)."""

    def __init__(self, path: str | Path | None) -> None:
        self._path = path
        self._col = None

    def __getattr__(self, name: str):
        if self._col is None:
            self._col = store.get(store.client(self._path), store.VIEWS)
        return getattr(self._col, name)
