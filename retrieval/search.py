"""Hybrid search over the index: BM25 and dense similarity, fused, then extractive quotes.

Dense search is exact: the embeddings are read from Chroma once and scored with one matrix product per query
(brute force over a few hundred vectors costs less than a millisecond, well below one query embedding).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from retrieval import blas, extract, figrefs, headings, kinds, notes, snapshot, spacing, store, vocab
from retrieval.build import Progress, build, fingerprint
from retrieval.chunks import DEFAULT_MAX_CHARS, Chunk, chunk_report
from retrieval.embed import MODEL_NAME, Embedder, QueryEmbedder, query_embedder
from retrieval.errors import REBUILD_COMMAND, IndexMismatchError, IndexMissingError
from retrieval.existence import said
from retrieval.extract import FRAGMENT_PENALTY, NOTE_ROLES, OVERLAP_WEIGHT, Ask, evidence, pick_quotes
from retrieval.kinds import ASKING_WORDS, DEFINITION, EXPLANATORY, GENERAL, WHOLE, question_kind
from retrieval.lexical import BM25Index, tokenize
from retrieval.order import descending
from retrieval.passing import beside, credits, passing_words, table_cell
from retrieval.records import Passage, Quote, RetrievalResult
from retrieval.roles import NEVER_AN_ANSWER, TABLE, asked_for, quotable, role_of
from retrieval.sectionrefs import SECTION_REF, named_sections, whole_report_sections
from retrieval.sentence_hits import best_sentence_chunks
from retrieval.sentences import Sentences

# A second signal only (questions about words the report never uses are refused before, assistant/coverage.py).
# Calibrated on the tuning sets of rounds 6-11 and narrative1 (the best right answers and the fewest covered questions
# refused, with no not-covered question answered more), reported on rounds 13-14 by `python -m bench.narrative`.
IN_SCOPE_THRESHOLD = 0.30
# Each question word the report never uses that stands as the question's topic ("Brexit", "quantum"; the caller
# says which: assistant/salient.py) lowers the in-scope score by this much; a user's other words do not.
UNKNOWN_TERM_PENALTY = 0.2
RRF_K = 60
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# The best passages by the hybrid score are re-ranked by their best answering sentence (retrieval.extract):
# final = hybrid score scaled to 0..1 over the candidates + RERANK_WEIGHT x best sentence score.
RERANK_DEPTH = 10
# Apparatus may answer when the words the report uses only there carry this share of the question's information.
APPARATUS_SHARE = 0.3
RERANK_WEIGHT = 4.0
# A plain question is about a term the report introduces when the term's words carry this share of its information
# (idf); a what-is question needs none. Measured on the narrative tuning sets (816): 0 -> 0.895 quote-hit / 0.767
# lead-hit (two questions about a rule for a term quoted the term's introduction instead), 0.2 -> 0.897 / 0.768.
LABEL_SHARE = 0.2
FUSIONS = ("rrf", "weighted", "dense", "bm25")
_JOINED = re.compile(r"(?<=[a-z])-(?=[a-z])")


# where a passing mention may be quoted from for an explanatory question: never a caption, the list of figures or the
# front matter alone ("value chain crossovers for X?" may still be pointed to the figure's caption)
_PASSING_ROLES = NOTE_ROLES | {TABLE}


def _apparatus_out(quotes: list[Quote], ask: Ask) -> list[Quote]:
    """The quotes less those whose context opens in a caption, the list of figures or a table the question does not
    ask for (a table row's context can reach back into its figure's caption)."""
    never = NEVER_AN_ANSWER - NOTE_ROLES - ask.allowed
    return [q for q in quotes if role_of(q.start, q.end) not in never]


def _lead_sim(quotes: list[Quote], ask: Ask) -> float:
    """How similar the lead quote is to the question, for a statement to beat (-1 when a where-to-read-more question's
    lead points nowhere: then any sentence pointing elsewhere may compete)."""
    return -1.0 if ask.kind == kinds.POINTER and not kinds.answers(ask.kind, quotes[0].text) else quotes[0].score


class Retriever:
    """Search one built index. Open it with ``Retriever.open()``; the model loads on the first query."""

    def __init__(self, chunks: Sequence[Chunk], view_matrix: np.ndarray, view_owner: np.ndarray,
                 sentence_matrix: np.ndarray, embedder: Embedder | QueryEmbedder | None = None, *,
                 threshold: float = IN_SCOPE_THRESHOLD, fusion: str = "rrf", weight: float = 0.5,
                 expand: bool = True, where: str = "", collection=None, rerank: float = RERANK_WEIGHT,
                 bm25: BM25Index | None = None) -> None:
        if fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {FUSIONS}")
        self.chunks = list(chunks)
        order = np.argsort(view_owner, kind="stable")
        self._views = np.ascontiguousarray(view_matrix[order], dtype=np.float32)
        owner = np.asarray(view_owner)[order]
        if len(self.chunks) and not np.array_equal(np.unique(owner), np.arange(len(self.chunks))):
            raise IndexMismatchError(f"The index at {where} does not cover every chunk; "
                                     f"rebuild it with `{REBUILD_COMMAND}`.")
        self._view_starts = np.searchsorted(owner, np.arange(len(self.chunks)))
        self._sentences = np.ascontiguousarray(sentence_matrix, dtype=np.float32)
        counts = [len(c.sentences) for c in self.chunks]
        self._sent_starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        if self._sent_starts[-1] != len(self._sentences):
            raise IndexMismatchError(f"The index at {where} has {len(self._sentences)} sentences, the chunker "
                                     f"{self._sent_starts[-1]}; rebuild it with `{REBUILD_COMMAND}`.")
        self.bm25 = bm25 if bm25 is not None else BM25Index([c.search_text for c in self.chunks])
        # each chunk's words, for mentions; a hyphenated word also as one ("up-dated" holds "updated")
        # the figures each text chunk's sentences cite ("see Figure 2"), for questions that name a figure
        self._cites = [frozenset().union(*(figrefs.cited(s.text) for s in c.sentences)) if c.kind == "text"
                       else frozenset() for c in self.chunks]
        self._words = [frozenset(tokenize(c.search_text) + tokenize(_JOINED.sub("", c.search_text))) for c in self.chunks]
        # the report's words as users type them: "CO2" for "CO₂"
        self._typed = set(tokenize(" ".join(c.search_text for c in self.chunks).translate(_SUBSCRIPTS)))
        self.embedder = embedder or query_embedder(None, MODEL_NAME)
        self.threshold = threshold
        self.fusion = fusion
        self.weight = weight
        self.expand = expand
        self.rerank = rerank
        self.sentences = Sentences(self.chunks)
        self.where = where
        self.collection = collection  # the Chroma collection of views, for Chroma-side queries

    # ------------------------------------------------------------ opening

    _lock = threading.Lock()

    @classmethod
    def open(cls, path: str | Path | None = None, *, build_if_missing: bool = True, progress: Progress = True,
             model: str = MODEL_NAME, max_chars: int = DEFAULT_MAX_CHARS, **kwargs) -> Retriever:
        """Open the index (default: $CHROMA_HOST server, else $CTA_INDEX_DIR or .index/).

        A missing index is built once, with a tqdm progress bar; ``progress`` may also be a callable that
        receives (done, total, message), e.g. for a UI's bar. An index built from another model, chunker
        version or report raises ``IndexMismatchError`` naming the rebuild command.
        """
        where = store.describe(path)
        fp = fingerprint(model, max_chars)
        embedder, loading = query_embedder(path, model), None
        with cls._lock:
            snap, views = snapshot.load(path, fp), None  # no chromadb import when the local copy is current
            if snap is None:
                snap, views = _read_chroma(path, fp, where, build_if_missing, progress, max_chars)
            else:  # the index exists: load the model while the chunks and BM25 are made (the load frees the GIL)
                loading = threading.Thread(target=embedder.load, daemon=True, name="load-query-embedder")
                loading.start()
        chunks = chunk_report(max_chars)
        vmat, smat, sids = snap.view_matrix, snap.sentence_matrix, snap.sentence_ids
        index = {c.id: c.index for c in chunks}
        try:
            owner = np.array([index[cid] for cid in snap.view_chunk_ids], dtype=np.int64)
            pos = {sid: i for i, sid in enumerate(sids)}
            rows = [pos[f"{c.id}:s{j}"] for c in chunks for j in range(len(c.sentences))]
        except KeyError as e:
            raise IndexMismatchError(f"The index at {where} holds chunks this chunker does not make; "
                                     f"rebuild it with `{REBUILD_COMMAND}`.") from e
        smat = smat[rows] if rows else np.zeros((0, vmat.shape[1]), dtype=np.float32)
        collection = views if views is not None else snapshot.LazyCollection(path)
        bm25 = snapshot.lexical_index(path, fp, snap, [c.search_text for c in chunks])  # bm25s only when stale
        retriever = cls(chunks, vmat, owner, smat, embedder, where=where, collection=collection, bm25=bm25, **kwargs)
        if loading is not None:
            loading.join()
        embedder.load()  # ONNX Runtime when exported, else sentence-transformers (raises what the thread met)
        return retriever

    # ------------------------------------------------------------ searching

    def searched_text(self, question: str) -> str:
        """The question as searched: a word the report writes as two written as two ("megatrend"), then expanded
        with the report's vocabulary (``vocab.expand``) unless expansion is off."""
        question = spacing.spaced(question)
        return vocab.expand(question) if self.expand else question

    def embed_query(self, text: str) -> list[float]:
        """One normalised query embedding (384 floats), from the same loaded model."""
        return self.embedder.embed_query(text).tolist()

    def chunk_scores(self, question: str, qvec: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, str]:
        """(dense, bm25) score of every chunk, and the expanded query they were computed for."""
        query = self.searched_text(question)
        if qvec is None:
            qvec = self.embedder.embed_query(query)
        sims = self._dense(qvec)
        dense = np.maximum.reduceat(sims, self._view_starts) if len(sims) else sims
        return dense, self.bm25.scores(query), query

    def _dense(self, qvec: np.ndarray) -> np.ndarray:
        """Cosine similarity of every view to the query, exactly (brute force, one matrix-vector product)."""
        with blas.one_thread():  # the same scores; BLAS's spinning helper threads only slowed a shared machine
            return self._views @ np.asarray(qvec, dtype=np.float32)

    def fuse(self, question: str, dense: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        n = len(dense)
        if self.fusion == "dense":
            fused = dense.astype(np.float64).copy()
        elif self.fusion == "bm25":
            fused = lexical.astype(np.float64).copy()
        elif self.fusion == "weighted":
            top = float(lexical.max()) if n else 0.0
            fused = self.weight * dense + (1 - self.weight) * (lexical / top if top > 0 else lexical)
        else:
            fused = np.zeros(n)
            for s in (dense, lexical):
                ranks = np.empty(n, dtype=np.int64)
                ranks[descending(s)] = np.arange(1, n + 1)
                fused += 1.0 / (RRF_K + ranks)
        boost = np.zeros(n, dtype=bool)
        for m in SECTION_REF.finditer(question):
            boost |= np.array([c.section == m[1] or c.section.startswith(m[1] + ".") for c in self.chunks])
        for number in figrefs.named(question, self.sentences):  # by its number or by its caption's words
            boost |= np.array([bool(c.figures) and c.figures[0] in (number, number + "b") for c in self.chunks])
        for number in named_sections(question):
            boost |= np.array([c.section == number for c in self.chunks])
        # the passage whose words the question quotes, holding the footnote on the term it asks about, or saying
        # whether the thing it asks about exists (retrieval.existence)
        for s in self.sentences.quoted(question) | self.sentences.anchored(question) | said(question,
                                                                                               self.sentences):
            boost |= np.array([c.start <= s < c.end and c.kind == "text" for c in self.chunks])
        if boost.any():
            fused = fused + boost * (fused.max() - fused.min() + 1e-9) * 0.5
        return fused

    def search(self, question: str, k: int = 5, unknown: Sequence[str] | None = None,
               weigh: Sequence[str] | None = None) -> RetrievalResult:
        """The ``k`` best passages, 1-3 quotes from them, and whether the report covers the question.

        ``unknown``: the question's words the report never uses, as the caller read them (the assistant's coverage
        knows users' abbreviations and typos); by default the words BM25's vocabulary lacks. ``weigh``: those of them
        that lower the in-scope score (the caller knows which stand as the question's topic); by default all.
        """
        query = self.searched_text(question)
        qvec = self.embedder.embed_query(query)
        dense, lexical, _ = self.chunk_scores(question, qvec)
        fused = self.fuse(question, dense, lexical)
        ask = self.ask(question)
        top = self._rank(fused, qvec, ask, dense)
        if ask.sections:  # a whole-report question: the introduction or conclusion first, as the question leans
            lean = whole_report_sections(question)
            top = np.array(sorted(top, key=lambda i: lean.index(self.chunks[i].section)
                                  if self.chunks[i].section in lean else len(lean)))
        ranked, top = top, top[: max(1, min(k, len(fused)))]
        passages = [self._passage(int(i), float(fused[i]), float(dense[i]), float(lexical[i])) for i in top]
        quoted = [int(i) for i in top[:3]]
        if ask.sections:  # a whole-report question: every passage of the section it leans to may be quoted
            lean = whole_report_sections(question)[0]
            quoted += [c.index for c in self.chunks if c.section == lean and c.index not in quoted]
        quoted += [j for i in quoted[:3] for j in headings.body_chunks(self.chunks, i) if j not in quoted]
        if ask.figures or ask.regional:  # a question about a figure (or a region's figure of the kind of cooperation
            # it names): the text that discusses it may be quoted, wherever it ranks
            quoted += [c.index for c in self.chunks if (ask.figures | ask.regional) & self._cites[c.index]
                       and c.index not in quoted]
        quotes: list = []
        for group in (quoted, [int(i) for i in ranked[3:20]]):  # further down when the best hold nothing quotable
            quotes = quotes or self._pick(group, (fused, dense, lexical), qvec, ask)
        unknown = self.unknown_terms(question) if unknown is None else list(unknown)
        best = max([float(dense.max()) if len(dense) else 0.0, *(q.score for q in quotes[:1])])
        best -= UNKNOWN_TERM_PENALTY * len(unknown if weigh is None else weigh)
        extra = [i for i in best_sentence_chunks(question, qvec, ask, self._sentences, self._sent_starts, self.chunks,
                                                 self.sentences, _lead_sim(quotes, ask)) if i not in quoted] if quotes else []
        if extra and best >= self.threshold:  # in scope, the passages of the sentences matching a question for a
            quotes = self._pick(quoted + extra, (fused, dense, lexical), qvec, ask)  # statement better may be quoted
        cell = table_cell(ask, [self.chunks[int(i)] for i in top[:3]], [self._words[int(i)] for i in top[:3]],
                          self.sentences)
        if cell is not None:  # named only in a table cell (a sub-trend): that row answers, as a passing mention
            quotes = [cell, *[q for q in quotes if not (q.start < cell.end and cell.start < q.end)][:2]]
        authors = credits() if kinds.asks_authors(question) else None
        if authors is not None:  # "who wrote this report": the front matter's credits answer (cited, never explained)
            quotes = [authors, *quotes[:2]]
        quotes = notes.with_sources(quotes, asked_for(question))  # "what source backs …": the claim's footnote
        quotes = notes.with_how_notes(quotes, ask.kind, ask.tokens)  # "who judged …": the footnote saying who
        passing = passing_words(question, ask, quotes, self.sentences)
        # The score is a second signal only: a whole-report question is always in scope, and so is a question
        # naming something the report mentions rarely that the best passage holds (a passing mention).
        rare = self.sentences.rare(ask.tokens, 2)
        held = set().union(*(self._words[int(i)] for i in top[:3]), *(tokenize(q.text) for q in quotes)) if rare else ()
        mentioned = bool(passing) or bool(rare & set(held))
        unread = [w for w in unknown if not beside(question, w, passing)]  # "wireless charging": one thing, mentioned
        in_scope = best >= self.threshold or ask.kind == WHOLE or authors is not None or (mentioned and not unread)
        return RetrievalResult(question, passages, quotes, in_scope, best, self.threshold, query,
                               unknown, ask.kind, passing, sorted(ask.sections))

    def _pick(self, group: list[int], scores: tuple[np.ndarray, ...], qvec: np.ndarray, ask: Ask) -> list[Quote]:
        """The quotes from the chunks ``group`` (``scores``: fused, dense and lexical score of every chunk)."""
        fused, dense, lexical = scores
        return _apparatus_out(pick_quotes(
            [self._passage(i, float(fused[i]), float(dense[i]), float(lexical[i])) for i in group],
            [self.chunks[i] for i in group], [self._sentence_vectors(i) for i in group], qvec, ask, self.sentences), ask)

    def ask(self, question: str) -> Ask:
        """How a question is read for quoting: its kind, its words, the apparatus and sections it may quote."""
        kind = question_kind(question)
        asking = set(tokenize(" ".join(ASKING_WORDS)))
        tokens = tuple(t for t in dict.fromkeys(tokenize(self.searched_text(question)))
                       if t not in asking)
        allowed = set(quotable(question))
        only = self.sentences.only_in_apparatus(tokens)
        idf = self.sentences.idf
        if not only or sum(idf[t] for t in only) < APPARATUS_SHARE * sum(idf.get(t, 0.0) for t in tokens):
            only = set()
        for t in only:  # what the question is about is named only in a footnote (or a table row): that answers
            roles = {self.sentences.items[i].role for i in self.sentences.where[t]}
            allowed |= roles & _PASSING_ROLES if kind in EXPLANATORY else roles
        sections = frozenset(whole_report_sections(question)) if kind == WHOLE else frozenset()
        anchored = self.sentences.anchored(question)
        named = (self.sentences.quoted(question) | self.sentences.phrased(question) | anchored
                 | said(question, self.sentences))
        notes = {self.sentences.items[self.sentences.at(s)].role for s in named} & _PASSING_ROLES
        allowed |= notes  # a footnote naming what the question names may answer
        regions = extract.named_in("region", question)
        findings = kind == WHOLE and kinds.leans_to_findings(question)
        aim = kind == WHOLE and not findings and kinds.asks_aim(question)
        return Ask(kind, tokens, frozenset(allowed), sections, frozenset(only), findings, aim, kinds.names_asked(question),
                   named, kind == WHOLE and kinds.asks_audience(question), regions,
                   figrefs.named(question, self.sentences), figrefs.asks_title(question), anchored,
                   figrefs.by_region(question, regions), self._labelled(kind, tokens))

    def _labelled(self, kind: str, tokens: Sequence[str]) -> frozenset[int]:
        """The sentences introducing a term a what-is question names, or a plain question about it (the term
        carrying ``LABEL_SHARE`` of its information: "downstream vs upstream?", not "does an AOSI need both …")."""
        if kind not in (GENERAL, DEFINITION):
            return frozenset()
        if kind == DEFINITION:  # "how does the report define X": also the sentences saying what X is
            return self.sentences.introducing(tokens) | self.sentences.defining(tokens)
        return self.sentences.introducing(tokens, LABEL_SHARE)

    def _rank(self, fused: np.ndarray, qvec: np.ndarray, ask: Ask, dense: np.ndarray) -> np.ndarray:
        """Chunk indices best first: the top ``RERANK_DEPTH`` re-ranked by their best answering sentence."""
        order = descending(fused)
        if self.rerank <= 0 or not len(order):
            return order
        head = order[:RERANK_DEPTH]
        figures = ask.figures | ask.regional
        if ask.rare or ask.quoted or figures or ask.labelled:  # chunks naming what it is about in their
            # footnotes or in its quoted words, introducing the term it names, or discussing its figure, compete
            named = [c.index for c in self.chunks if ask.rare & self._words[c.index]
                     or any(c.start <= s < c.end for s in ask.quoted | ask.labelled)
                     or figures & self._cites[c.index]]
            head = np.concatenate([head, [i for i in named if i not in set(head.tolist())]]).astype(np.int64)
        f = fused[head]
        scaled = (f - f.min()) / (f.max() - f.min() + 1e-9)
        ev = np.array([self._evidence(int(i), qvec, ask, float(dense[i])) for i in head])
        final = scaled + self.rerank * ev
        outside = np.ones(len(fused), dtype=bool)
        outside[head] = False
        rest = order[outside[order]]
        return np.concatenate([head[np.argsort(-final, kind="stable")], rest])

    def _evidence(self, i: int, qvec: np.ndarray, ask: Ask, dense: float) -> float:
        """How well chunk ``i`` answers: its best sentence, or for a figure table its rendering (views)."""
        ev = evidence(self.chunks[i], self._sentence_vectors(i), qvec, ask, self.sentences)
        if self.chunks[i].kind == "table":
            words = self._words[i]
            total = sum(self.sentences.idf.get(t, 0.0) for t in ask.tokens) or 1.0
            share = sum(self.sentences.idf.get(t, 0.0) for t in ask.tokens if t in words) / total
            ev = max(ev, dense + OVERLAP_WEIGHT * share - FRAGMENT_PENALTY)
        return ev

    def _sentence_vectors(self, i: int) -> np.ndarray:
        return self._sentences[self._sent_starts[i] : self._sent_starts[i + 1]]

    def unknown_terms(self, question: str) -> list[str]:
        """The question's content words the report never uses (as BM25 sees it); "covid-19" too (its number aside)."""
        out = []
        for word in re.findall(r"[\w&'’-]+", question):
            toks = [t for t in tokenize(word) if not t.isdigit()] if re.search(r"[a-z]", word, re.I) else tokenize(word)
            if toks and all(t not in self.bm25.vocabulary and t not in self._typed for t in toks) and word not in out:
                out.append(word)
        return out

    def dense_via_chroma(self, qvec: Sequence[float], n: int = 10) -> list[tuple[str, float]]:
        """Nearest chunk views by Chroma's own HNSW query: (view id, cosine similarity), best first."""
        if self.collection is None:
            raise IndexMissingError("This retriever was not opened from a Chroma collection.")
        q = np.asarray(qvec, dtype=np.float32).reshape(1, -1)
        got = self.collection.query(query_embeddings=q, n_results=n, include=["distances"])
        return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)]

    def _passage(self, i: int, score: float, dense: float, lexical: float) -> Passage:
        c = self.chunks[i]
        return Passage(c.id, c.text, c.start, c.end, c.section, c.section_title, c.page, c.page_estimated,
                       list(c.figures), score, c.kind, dense, lexical, list(c.footnotes))


def _read_chroma(path, fp: store.Fingerprint, where: str, build_if_missing: bool, progress: Progress,
                 max_chars: int):
    """Read the index's embeddings from Chroma (building it if missing)."""
    cl = store.client(path)
    if store.get(cl, store.VIEWS) is None or store.get(cl, store.SENTENCES) is None:
        if not build_if_missing:
            raise IndexMissingError(f"There is no index at {where}; build it with `{REBUILD_COMMAND}`.")
        build(path, model=fp.model, max_chars=max_chars, progress=progress)
    store.check(cl, fp, where)
    return snapshot.read_chroma(cl)  # written back with its BM25 weights by snapshot.lexical_index
