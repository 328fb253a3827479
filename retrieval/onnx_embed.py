"""Query-time embeddings with ONNX Runtime and ``tokenizers``: the same vectors as sentence-transformers, no torch.

Reads the export that the index build writes (``retrieval.onnx_export``): the transformer's last hidden state,
mean-pooled over the attention mask and L2-normalised here, as all-MiniLM-L6-v2's Pooling and Normalize modules
do. Importing this module is cheap; ONNX Runtime loads on first use.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from retrieval.onnx_export import MANIFEST_FILE, ONNX_FILE, TOKENIZER_FILE, read_manifest

DIM = 384


class OnnxEmbedder:
    """The exported model in ``folder``; thread-safe (ONNX Runtime sessions and tokenizers may be shared)."""

    backend = "onnx"

    def __init__(self, folder: str | Path, model_name: str) -> None:
        self.folder = Path(folder)
        self.model_name = model_name
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def load(self) -> OnnxEmbedder:
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._tokenizer, self._session = _load(self.folder)
        return self

    def embed(self, texts: Sequence[str], batch_size: int = 16, progress: bool = False) -> np.ndarray:
        """(len(texts), 384) float32, rows of unit length.

        Batches are made of texts of similar length (less padding, less memory), then put back in order.
        """
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        self.load()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for i in range(0, len(order), batch_size):
            part = order[i : i + batch_size]
            out[part] = self._batch([texts[j] for j in part])
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """One normalised query vector, shape (384,)."""
        return self.embed([text])[0]

    def _batch(self, texts: list[str]) -> np.ndarray:
        # one text (a query) is encoded on this thread: encode_batch's thread pool costs more than the encoding
        enc = [self._tokenizer.encode(texts[0].strip())] if len(texts) == 1 else \
            self._tokenizer.encode_batch([t.strip() for t in texts])
        ids = np.asarray([e.ids for e in enc], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in enc], dtype=np.int64)
        types = np.asarray([e.type_ids for e in enc], dtype=np.int64)
        (hidden,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def intra_op_threads() -> int:
    """Threads per query: $CTA_ONNX_THREADS, else ONNX Runtime's default (one per core); 0 means the default."""
    try:
        return max(0, int(os.environ.get("CTA_ONNX_THREADS", "0")))
    except ValueError:
        return 0


def _load(folder: Path):
    import onnxruntime as ort
    from tokenizers import Tokenizer

    man = read_manifest(folder)
    if man is None:
        raise FileNotFoundError(f"no {MANIFEST_FILE} in {folder}")
    tok = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
    tok.no_padding()
    tok.enable_truncation(max_length=int(man["max_seq_length"]))
    tok.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text of each batch
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    threads = intra_op_threads()
    if threads:
        opts.intra_op_num_threads = threads
    # threads that sleep when idle: spinning ones take the other core from the rest of the answer
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # work handed out in shrinking blocks: a helper thread that another process delays holds up less of a query
    opts.add_session_config_entry("session.dynamic_block_base", "4")
    opts.enable_cpu_mem_arena = False  # queries vary in length; an arena keeps the largest forever
    session = ort.InferenceSession(str(folder / ONNX_FILE), sess_options=opts, providers=["CPUExecutionProvider"])
    return tok, session
