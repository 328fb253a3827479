"""Chunking, table rendering, BM25 and query expansion: no model needed."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpus
from retrieval import vocab
from retrieval.chunks import DEFAULT_MAX_CHARS, chunk_report, render_table, split_sentences
from retrieval.lexical import BM25Index, tokenize

TEXT = corpus.report_text()
CHUNKS = chunk_report()


def test_every_chunk_is_a_verbatim_slice_with_its_source():
    assert len(CHUNKS) > 100
    for c in CHUNKS:
        assert TEXT[c.start : c.end] == c.text
        assert c.text.strip()
        assert corpus.section(c.section).title == c.section_title
        assert c.page == corpus.page_of(c.start).page
        assert c.id and len({x.id for x in CHUNKS}) == len(CHUNKS)


def test_chunks_never_cross_a_section_boundary():
    for c in CHUNKS:
        sec = corpus.section(c.section)
        assert sec.start <= c.start < c.end <= sec.end, c.id


def test_chunks_are_ordered_and_do_not_overlap():
    for a, b in zip(CHUNKS, CHUNKS[1:], strict=False):
        assert a.end <= b.start


def test_text_chunks_stay_near_the_chosen_size():
    # over the size only by a trailing fragment that is no sentence ("…\t52"), or when one paragraph broken
    # by a page cannot be cut
    for c in CHUNKS:
        if c.kind == "text" and c.end - c.start > DEFAULT_MAX_CHARS + 10:
            assert "\n\n" in c.text, c.id


@pytest.mark.parametrize("fig", [f for f in corpus.figures() if f.has_table], ids=lambda f: f.key)
def test_every_figure_table_is_one_whole_chunk(fig):
    holders = [c for c in CHUNKS if c.start < fig.table_end and fig.table_start < c.end]
    assert len(holders) == 1
    (c,) = holders
    assert c.kind == "table" and c.figures[0] == fig.key
    assert c.start == fig.table_start and c.end == fig.caption_end
    assert f"Figure {fig.number}" in c.search_text


def test_image_figures_are_labelled_caption_chunks():
    for f in corpus.figures():
        if not f.has_table:
            (c,) = [c for c in CHUNKS if c.start <= f.caption_start < c.end]
            assert c.kind == "caption" and c.figures[0] == f.key


def test_figure_mentions_resolve_the_two_figures_17():
    mention = next(c for c in CHUNKS if "Figure 17 demonstrates how it shall work" in c.text)
    assert "17b" in mention.figures
    conclusion = next(c for c in CHUNKS if "As displayed in Figure 17" in c.text)
    assert "17" in conclusion.figures


def test_figure_3_rendering_reads_as_sentences():
    fig = next(f for f in corpus.figures() if f.key == "3")
    r = render_table(fig)
    assert r.startswith("Figure 3: Mega Trends, influencing Emerging Industries")
    assert ("Big data – Downstream (Mega trends influence Industries): Mobility Technology, Medical Devices, "
            "Digital Industries, Environmental Industries, Biopharmaceuticals.") in r


def test_cooperation_matrix_rendering_uses_the_legend():
    fig = next(f for f in corpus.figures() if f.key == "13")
    assert "Central Western Europe – very strong cooperation: Southwest Europe" in render_table(fig)


def test_footnotes_are_attached_to_the_chunk_that_references_them():
    for n in corpus.footnotes():
        if n.ref_offset is None:
            continue
        holder = next(c for c in CHUNKS if c.start <= n.ref_offset < c.end)
        assert n.number in holder.footnotes
        assert n.text in holder.search_text
    # footnote definitions are never chunks of their own
    starts = {n.start for n in corpus.footnotes()}
    assert not any(c.start in starts for c in CHUNKS)


def test_candidate_sentences_are_verbatim():
    for c in CHUNKS:
        assert c.sentences
        for s in c.sentences:
            assert TEXT[s.start : s.end] == s.text


def test_sentence_splitting_keeps_abbreviations_together():
    text = "Value chains matter, e.g. in logistics. Cluster managers act. Results follow (see Figure 5)."
    assert [s.text for s in split_sentences(text)] == [
        "Value chains matter, e.g. in logistics.", "Cluster managers act.", "Results follow (see Figure 5)."]


@given(st.text(alphabet=st.sampled_from(list("abc DEF.\n!?,e.g")), max_size=200), st.integers(0, 10_000))
def test_sentence_spans_are_always_verbatim(text, offset):
    for s in split_sentences(text, offset):
        assert text[s.start - offset : s.end - offset] == s.text
        assert s.text == s.text.strip()


def _lucene_bm25(docs: list[list[str]], query: list[str], k1: float = 1.5, b: float = 0.75) -> np.ndarray:
    """BM25 as Lucene scores it, written out term by term."""
    n, avgdl = len(docs), sum(map(len, docs)) / len(docs)
    out = np.zeros(n)
    for term in set(query):
        df = sum(term in d for d in docs)
        if df:
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            for i, d in enumerate(docs):
                tf = d.count(term)
                out[i] += idf * tf / (tf + k1 * (1 - b + b * len(d) / avgdl))
    return out


def test_bm25_scores_are_lucene_bm25():
    texts = [c.search_text for c in CHUNKS]
    ours = BM25Index(texts)
    docs = [tokenize(t) or ["\x00"] for t in texts]
    for q in ("Why do clusters act as springboards for SMEs?", "vertical disintegration", "R&D cooperation Sweden"):
        np.testing.assert_allclose(ours.scores(q), _lucene_bm25(docs, tokenize(q)), rtol=1e-4, atol=1e-4)
    assert not ours.scores("quantum zzzz").any()  # words the report never uses score nothing


def test_tokenizer_keeps_r_and_d_and_stems():
    assert "r&d" in tokenize("R&D cooperation")
    assert tokenize("internationalisation") == tokenize("internationalise")
    assert tokenize("clusters") == tokenize("cluster")


def test_alias_expansion_from_a_vocabulary(tmp_path):
    p = tmp_path / "vocabulary.csv"
    p.write_text("kind,canonical,alias,source\ntrend,Cross-linkage of subjects & objects,IoT,test\n"
                 "industry,Creative Industries,CI,test\n", encoding="utf-8")
    vocab._aliases.cache_clear()
    assert vocab.expand("What about IoT?", p) == "What about IoT? (Cross-linkage of subjects & objects)"
    assert vocab.expand("Is CI limited?", p).endswith("(Creative Industries)")
    assert vocab.expand("a ci b", p) == "a ci b"  # short all-caps aliases match case-sensitively


def test_no_vocabulary_means_no_expansion(tmp_path):
    assert vocab.expand("What about IoT?", tmp_path / "missing.csv") == "What about IoT?"


def test_the_reports_spelled_out_acronyms_expand_a_query_written_in_capitals():
    import corpus

    acronyms = vocab.report_acronyms()
    assert acronyms
    for acronym, words in acronyms:
        assert f"{words} ({acronym})" in corpus.report_text()  # spelled out by the report itself
        assert words in vocab.expand(f"What is {acronym}?")
        assert vocab.expand(f"What is {acronym.lower()}?") == f"What is {acronym.lower()}?"  # "its" is not "ITS"
