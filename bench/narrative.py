"""Narrative answers benchmark: does the answer quote the sentence that answers, from the right section?

``python -m bench.narrative [--set FILE ...] [--no-baseline] [--no-assistant]`` (``make bench`` runs it). For each
question set it prints, in one run:

- section hit@1 / hit@3 (a passage of an expected section ranks first / in the top 3), quote-hit (a returned
  quote holds one of the record's answering phrases) and lead-hit (the first quote, the one the answer opens with,
  holds one), for this project and for the LangChain tutorial RAG
  (RecursiveCharacterTextSplitter 1000/200 + all-MiniLM-L6-v2 + Chroma, k=4; its "quote" is its first chunk);
- out of scope: questions the report does not cover that get an answer (false answers) and covered questions
  that get refused (false refusals), by the retrieval score alone and by the whole assistant;
- never-an-answer: quotes that are footnotes, references, contents lines, Appendix A or front matter;
- latency: retrieval answer p50 against one query embedding.

A set is JSON Lines in either the format of ``/work/qsets/FORMAT.md`` (category, expect.sections, expect.phrases)
or of ``tests/data/retrieval_dev.jsonl`` (sections, in_scope, answer).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import corpus  # noqa: E402
from retrieval import Retriever  # noqa: E402
from retrieval.roles import NEVER_AN_ANSWER, quotable, role_of  # noqa: E402

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"
DEFAULT_SETS = ("retrieval_dev.jsonl", "narrative1.jsonl")


@dataclass(frozen=True)
class Case:
    id: str
    category: str  # narrative, passing or refuse
    question: str
    sections: tuple[str, ...]
    phrases: tuple[str, ...]

    @property
    def in_scope(self) -> bool:
        return self.category != "refuse"


def load_cases(path: Path) -> list[Case]:
    """The narrative, passing and refuse records of a question file (other categories are skipped)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if "expect" in d:
            cat, exp = d.get("category", ""), d["expect"]
            if cat not in ("narrative", "passing", "refuse") or d.get("turns"):
                continue
            out.append(Case(d["id"], cat, d["question"], tuple(map(str, exp.get("sections", ()))),
                            tuple(exp.get("phrases", ()))))
        else:
            ans = d.get("answer", ())
            out.append(Case(d["id"], "narrative" if d["in_scope"] else "refuse", d["question"],
                            tuple(d["sections"]), (ans,) if isinstance(ans, str) else tuple(ans)))
    return out


def norm(s: str) -> str:
    """Case, spacing and quote marks do not matter when a phrase is looked for in a quote."""
    for a, b in (("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'"), ("–", "-")):
        s = s.replace(a, b)
    return " ".join(s.split()).casefold()


def carries(texts: list[str], phrases: tuple[str, ...]) -> bool:
    joined = " ".join(norm(t) for t in texts)
    return any(norm(p) in joined for p in phrases)


@dataclass
class Scores:
    n: int = 0
    hit1: int = 0
    hit3: int = 0
    quoted: int = 0  # cases with phrases
    quote_hit: int = 0
    lead_hit: int = 0  # the first quote (the answer's lead) carries an answering phrase
    misses: list[str] | None = None
    unled: list[str] | None = None  # an answering phrase is quoted, but not in the lead

    def add(self, case: Case, sections: list[str], quotes: list[str]) -> None:
        self.misses = self.misses if self.misses is not None else []
        self.unled = self.unled if self.unled is not None else []
        self.n += 1
        want = set(case.sections)
        self.hit1 += bool(sections[:1] and sections[0] in want)
        self.hit3 += bool(want & set(sections[:3]))
        if case.phrases:
            self.quoted += 1
            ok = carries(quotes, case.phrases)
            self.quote_hit += ok
            led = carries(quotes[:1], case.phrases)
            self.lead_hit += led
            if ok and not led:
                self.unled.append(case.id)
            if not ok or not (sections[:1] and sections[0] in want):
                self.misses.append(case.id)

    def line(self, name: str) -> str:
        q = f"{self.quote_hit / self.quoted:6.3f} {self.lead_hit / self.quoted:6.3f}" if self.quoted else "   n/a    n/a"
        return (f"{name:34} {self.hit1 / max(self.n, 1):6.3f} {self.hit3 / max(self.n, 1):6.3f} {q}  "
                f"(n={self.n}, with phrases {self.quoted})")


def score_ours(r: Retriever, cases: list[Case]) -> tuple[Scores, list[str], dict]:
    s, bad, results = Scores(), [], {}
    for c in cases:
        res = r.search(c.question)
        results[c.id] = res
        if not c.in_scope:
            continue
        s.add(c, [p.section for p in res.passages], [q.text for q in res.quotes])
        if c.category == "narrative":  # "which footnote …" may quote one; "why does figure 5 …" no caption
            bad += [f"{c.id}: {role_of(q.start, q.end)} quoted: {q.text[:70]}" for q in res.quotes
                    if role_of(q.start, q.end) in NEVER_AN_ANSWER - quotable(c.question)]
    return s, bad, results


def score_baseline(base, cases: list[Case]) -> Scores:
    s = Scores()
    for c in cases:
        if c.in_scope:
            hits = base.hits(c.question)
            s.add(c, [h[0] for h in hits], [corpus.report_text()[hits[0][1] : hits[0][2]]] if hits else [])
    return s


def scope_rates(cases: list[Case], answered: dict[str, bool]) -> str:
    outs = [c for c in cases if not c.in_scope]
    ins = [c for c in cases if c.in_scope]
    fa = [c.id for c in outs if answered[c.id]]
    fr = [c.id for c in ins if not answered[c.id]]
    return (f"false answers {len(fa)}/{len(outs)} = {len(fa) / max(len(outs), 1):.1%}, "
            f"false refusals {len(fr)}/{len(ins)} = {len(fr) / max(len(ins), 1):.1%}"
            + (f"; answered: {' '.join(fa)}" if fa else "") + (f"; refused: {' '.join(fr)}" if fr else ""))


# a quote in the answer's text: a Markdown block quote "> “…”" (its lines each open with "> "), then its source line
_BLOCK_QUOTE = re.compile(r"^> \u201c(.*?)\u201d\n> \u2014", re.MULTILINE | re.DOTALL)


def shown_quotes(ans) -> list[str]:
    """Every quote the answer shows, its lead first: the citation chips (one per section and page), the quotes of
    its passages (a second quote from the same page has no chip of its own but is shown), and those its text shows
    in block quotes (a footnote quoted after the sentence that marks it lies in no passage)."""
    out = [x.quote for x in ans.citations if x.quote]
    out += [q["text"] for p in ans.passages for q in p.get("quotes", ()) if q.get("text") and q["text"] not in out]
    if ans.route == "retrieval":
        texts = (re.sub(r"\n>(?: |$)", "\n", m[1], flags=re.MULTILINE) for m in _BLOCK_QUOTE.finditer(ans.answer))
        out += [t for t in texts if t not in out]
    return out


def assistant_answers(index_dir: str, cases: list[Case]) -> tuple[dict[str, bool], Scores, list[str]]:
    """Whether each question is answered, the scores of the answers, and the never-an-answer quotes they lead with."""
    from assistant.core import Assistant

    a = Assistant.load(index_dir=index_dir)
    answered, s, bad = {}, Scores(), []
    for c in cases:
        ans = a.ask(c.question)
        answered[c.id] = ans.route != "refuse"
        if c.in_scope:
            secs = [p.get("section") for p in ans.passages] or [x.section for x in ans.citations if x.section]
            s.add(c, secs, shown_quotes(ans))
        lead = next((x.quote for x in ans.citations if x.quote), None) if ans.route == "retrieval" else None
        start = corpus.report_text().find(lead) if lead and c.category == "narrative" else -1
        if start >= 0 and role_of(start, start + len(lead)) in NEVER_AN_ANSWER - quotable(c.question):
            bad.append(f"{c.id}: {role_of(start, start + len(lead))} leads: {lead[:70]}")
    return answered, s, bad


def latency(r: Retriever, cases: list[Case]) -> tuple[float, float]:
    r.search("warm up")
    e, s = [], []
    for c in cases:
        t = time.perf_counter()
        r.embedder.embed_query(c.question)
        e.append(time.perf_counter() - t)
        t = time.perf_counter()
        r.search(c.question)
        s.append(time.perf_counter() - t)
    return float(np.median(e) * 1000), float(np.median(s) * 1000)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.narrative")
    ap.add_argument("--set", action="append", help="question file (default: the narrative sets in tests/data)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-assistant", action="store_true")
    ap.add_argument("--index-dir", help="an index already built (default: a fresh one in a temporary directory)")
    a = ap.parse_args(argv)
    paths = [Path(p) for p in a.set] if a.set else [DATA / n for n in DEFAULT_SETS if (DATA / n).is_file()]
    with tempfile.TemporaryDirectory() as tmp:
        idx = a.index_dir or os.path.join(tmp, "idx")
        r = Retriever.open(idx, progress=False)
        base = None
        if not a.no_baseline:
            from bench.retrieval import Baseline

            base = Baseline(os.path.join(tmp, "baseline"))
        for path in paths:
            report_set(path, r, base, idx, not a.no_assistant)
    return 0


def report_set(path: Path, r: Retriever, base, idx: str, with_assistant: bool) -> None:
    cases = load_cases(path)
    ins = [c for c in cases if c.in_scope]
    print(f"\n## {path.name}: {len(ins)} covered ({sum(c.category == 'passing' for c in cases)} in passing), "
          f"{len(cases) - len(ins)} not covered")
    ours, bad, results = score_ours(r, cases)
    print(f"{'system':34} {'hit@1':>6} {'hit@3':>6} {'quote':>6} {'lead':>6}")
    print(ours.line("ours (retrieval)"))
    if base is not None:
        b = score_baseline(base, cases)
        print(b.line("LangChain tutorial RAG"))
        if b.hit1:
            print(f"hit@1 ours / baseline: {ours.hit1 / b.hit1:.2f}x (target >= 1.5x)")
    print(f"misses (hit@1 or quote): {' '.join(ours.misses or [])}")
    print(f"quoted, not in the lead: {' '.join(ours.unled or [])}")
    print(f"never-an-answer quotes for explanatory questions: {len(bad)}" + "".join(f"\n  {b}" for b in bad))
    print("out of scope, retrieval score alone: "
          + scope_rates(cases, {c.id: results[c.id].in_scope for c in cases}))
    if with_assistant:
        answered, s, led = assistant_answers(idx, cases)
        print(s.line("whole assistant (route + answer)"))
        print(f"never-an-answer lead quotes, whole assistant: {len(led)}" + "".join(f"\n  {b}" for b in led))
        print("out of scope, whole assistant: " + scope_rates(cases, answered))
    e, s50 = latency(r, ins[:40])
    print(f"latency: one query embedding p50 {e:.1f} ms, retrieval answer p50 {s50:.1f} ms = {s50 / e:.2f}x "
          f"(target <= 2x)")


if __name__ == "__main__":
    raise SystemExit(main())
