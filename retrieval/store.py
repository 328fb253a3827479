"""The Chroma side of the index: where it lives, what its collections record, and reading it back.

Two collections hold the embeddings: one record per chunk *view* (a window of a chunk's text, a table
rendering or an attached footnote) and one per candidate quote sentence. Their metadata records the model,
the chunker version and the corpus hash; the index is refused when any of them differs from the code's.
Chroma never embeds anything itself: every record is added with its embedding, and queries pass vectors.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval import faults
from retrieval.errors import REBUILD_COMMAND, IndexMismatchError, IndexMissingError, IndexReadOnlyError

DEFAULT_INDEX_DIR = Path(__file__).parents[1] / ".index"
VIEWS = "cta-chunk-views"
SENTENCES = "cta-sentences"
# Exact enough for a corpus this small: ef_search far above the number of neighbours asked for.
HNSW = {"hnsw": {"space": "cosine", "ef_construction": 200, "ef_search": 200, "max_neighbors": 32}}


@dataclass(frozen=True)
class Fingerprint:
    """What an index was built from. Any difference makes it unusable for the current code."""

    model: str
    chunker: str
    corpus_sha256: str

    def as_metadata(self) -> dict[str, str]:
        return {"model": self.model, "chunker_version": self.chunker, "corpus_sha256": self.corpus_sha256}

    @classmethod
    def from_metadata(cls, md: dict | None) -> Fingerprint | None:
        md = md or {}
        if not all(k in md for k in ("model", "chunker_version", "corpus_sha256")):
            return None
        return cls(str(md["model"]), str(md["chunker_version"]), str(md["corpus_sha256"]))


def index_dir(path: str | Path | None = None) -> Path:
    """The explicit path, else $CTA_INDEX_DIR, else .index/ at the repository root."""
    if path is not None:
        return Path(path)
    env = os.environ.get("CTA_INDEX_DIR")
    return Path(env) if env else DEFAULT_INDEX_DIR


def describe(path: str | Path | None = None) -> str:
    host = os.environ.get("CHROMA_HOST")
    if host and path is None:
        return f"the Chroma server at {host}:{os.environ.get('CHROMA_PORT', '8000')}"
    return f"the index at {index_dir(path)}"


def client(path: str | Path | None = None, *, writable: bool = False):
    """An HttpClient when $CHROMA_HOST is set (and no explicit path is given), else a PersistentClient.

    Faults come back as RetrievalError sentences that name the fix (see ``fault``). A server is retried a few
    times with exponential backoff. A local index on a read-only file system is opened from a private copy
    unless ``writable`` (building) is asked for.
    """
    host = os.environ.get("CHROMA_HOST")
    if host and path is None:
        return faults.http_client(host, int(os.environ.get("CHROMA_PORT", "8000")))
    d = index_dir(path)
    try:
        return faults.persistent_client(d)
    except IndexReadOnlyError:
        if writable:
            raise
        return faults.persistent_client(faults.private_copy(d), where=describe(path))


def text_key(text: str) -> str:
    """Content hash of an embedded text: a rebuild reuses the embedding of any text it has seen."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def get(cl, name: str):
    """The collection, or None when it does not exist."""
    from chromadb.errors import NotFoundError

    try:
        return cl.get_collection(name, embedding_function=None)
    except NotFoundError:
        return None
    except Exception as e:
        if "does not exist" in str(e):  # older clients raise ValueError for a missing collection
            return None
        faults.reraise(e, faults.where_of(cl))


def fingerprint_of(cl) -> Fingerprint | None:
    """The fingerprint both collections agree on, or None when either is missing or unlabelled."""
    prints = []
    for name in (VIEWS, SENTENCES):
        col = get(cl, name)
        if col is None:
            return None
        prints.append(Fingerprint.from_metadata(col.metadata))
    return prints[0] if prints[0] is not None and prints[0] == prints[1] else None


def check(cl, want: Fingerprint, where: str) -> None:
    """Raise unless the index exists and was built for ``want``."""
    if get(cl, VIEWS) is None or get(cl, SENTENCES) is None:
        raise IndexMissingError(f"There is no index at {_place(where)}; build it with `{REBUILD_COMMAND}`.")
    have = fingerprint_of(cl)
    if have is None:
        raise IndexMismatchError(f"The index at {_place(where)} has no build record; rebuild it with `{REBUILD_COMMAND}`.")
    if have != want:
        diffs = []
        if have.model != want.model:
            diffs.append(f"model {have.model} (this code uses {want.model})")
        if have.chunker != want.chunker:
            diffs.append(f"chunker v{have.chunker} (this code uses v{want.chunker})")
        if have.corpus_sha256 != want.corpus_sha256:
            diffs.append("another version of corpus/report.txt")
        raise IndexMismatchError(f"The index at {_place(where)} was built with {' and '.join(diffs)}; "
                                 f"rebuild it with `{REBUILD_COMMAND}`.")


def _place(where: str) -> str:
    """A path or server for "the index at …" (callers pass either a path or ``describe()``'s phrase)."""
    return where.removeprefix("the index at ")


def read_all(col, batch: int = 5000) -> tuple[list[str], np.ndarray, list[dict]]:
    """Every id, embedding and metadata of a collection, in pages."""
    ids: list[str] = []
    embs: list[np.ndarray] = []
    metas: list[dict] = []
    with faults.sentences("the index"):
        total = col.count()
        pages = [col.get(include=["embeddings", "metadatas"], limit=batch, offset=off)
                 for off in range(0, total, batch)]
    for got in pages:
        ids += got["ids"]
        embs.append(np.asarray(got["embeddings"], dtype=np.float32))
        metas += got["metadatas"]
    matrix = np.concatenate(embs) if embs else np.zeros((0, 0), dtype=np.float32)
    return ids, matrix, metas


def write(cl, name: str, fp: Fingerprint, ids: list[str], vectors: np.ndarray, documents: list[str],
          metadatas: list[dict], batch: int = 2000, progress=None) -> None:
    """Replace the collection ``name`` with these records (the fingerprint goes into its metadata)."""
    if get(cl, name) is not None:
        cl.delete_collection(name)
    col = cl.create_collection(name, embedding_function=None, configuration=HNSW,
                               metadata={**fp.as_metadata(), "records": len(ids)})
    for off in range(0, len(ids), batch):
        sl = slice(off, off + batch)
        col.add(ids=ids[sl], embeddings=vectors[sl], documents=documents[sl], metadatas=metadatas[sl])
        if progress is not None:
            progress(len(ids[sl]))


def reusable_embeddings(cl, model: str) -> dict[str, np.ndarray]:
    """text_key -> embedding for everything already embedded with ``model`` (empty for another model)."""
    out: dict[str, np.ndarray] = {}
    for name in (VIEWS, SENTENCES):
        col = get(cl, name)
        fp = Fingerprint.from_metadata(col.metadata) if col is not None else None
        if col is None or fp is None or fp.model != model:
            continue
        _, matrix, metas = read_all(col)
        for row, md in zip(matrix, metas, strict=True):
            if md and "text_key" in md:
                out[md["text_key"]] = row
    return out
