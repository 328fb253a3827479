"""A narrative answer cites the figure its quote discusses: one the quote names, else the one its passage is or
names, else the one its sub-section shows nearest to it; a chapter's opening cites none."""

from __future__ import annotations

import re

import corpus
from assistant.render import figure_of
from retrieval.chunks import chunk_report
from retrieval.records import Passage, Quote


def _quote(start: int, end: int, passage_id: str = "") -> Quote:
    sec, page = corpus.section_at(start), corpus.page_of(start)
    return Quote(corpus.report_text()[start:end], start, end, sec.number, sec.title, page.page, page.estimated, 0.5,
                 passage_id)


def _passage(c) -> Passage:
    return Passage(c.id, c.text, c.start, c.end, c.section, c.section_title, c.page, c.page_estimated,
                   list(c.figures), 1.0, c.kind)


def test_a_quote_naming_a_figure_cites_it():
    m = re.search(r"Figure (\d+) shows[^.]*\.", corpus.report_text())
    assert figure_of(_quote(m.start(), m.end()), []) == m[1]


def test_a_quote_cites_the_figure_its_passage_names():
    c = next(c for c in chunk_report() if c.kind == "text" and c.figures
             and not re.search(r"Fig(?:ure|\.)", c.text[: c.text.find(".") + 1]))
    q = _quote(c.start, c.start + c.text.find(".") + 1, c.id)
    assert figure_of(q, [_passage(c)]) == c.figures[0]


def _opening(sec) -> tuple[int, int]:
    """The first sentence of a section that names no figure."""
    text = corpus.report_text()[sec.start : sec.end]
    m = next(m for m in re.finditer(r"[^.\n]{40,}\.", text) if not re.search(r"Fig", m[0]))
    return sec.start + m.start(), sec.start + m.end()


def test_a_quote_in_a_sub_section_showing_one_figure_cites_it():
    sec = next(s for s in corpus.sections() if "." in s.number and [f.section for f in corpus.figures()].count(s.number) == 1)
    fig = next(f for f in corpus.figures() if f.section == sec.number)
    assert figure_of(_quote(*_opening(sec)), []) == fig.key


def test_a_quote_in_a_sub_section_showing_several_figures_cites_none_it_does_not_name():
    sec = next(s for s in corpus.sections() if [f.section for f in corpus.figures()].count(s.number) > 1)
    assert figure_of(_quote(*_opening(sec)), []) is None


def test_a_chapter_opening_cites_no_figure_it_does_not_name():
    sec = next(s for s in corpus.sections() if "." not in s.number and s.number.isdigit()
               and any(f.section == s.number for f in corpus.figures()))
    assert figure_of(_quote(*_opening(sec)), []) is None


def test_the_answer_cites_the_quote_where_it_stands_and_the_figure_on_its_own_page():
    from assistant.render import retrieval_answer
    from retrieval.records import RetrievalResult

    m = re.search(r"Figure (\d+) shows[^.]*\.", corpus.report_text())
    q = _quote(m.start(), m.end())
    ans = retrieval_answer(RetrievalResult("what does it show", [], [q], True, 0.6, 0.37))
    fig = next(f for f in corpus.figures() if f.key == m[1])
    assert [(c.figure, c.page, c.quote) for c in ans.citations] == [(None, q.page, q.text), (m[1], fig.page, None)]
    assert f"(Figure {m[1]})" in ans.answer


def test_a_quote_naming_a_figure_number_the_report_lacks_cites_no_such_figure():
    from dataclasses import replace

    m = re.search(r"Figure (\d+) shows[^.]*\.", corpus.report_text())
    q = _quote(m.start(), m.end())
    missing = max(f.number for f in corpus.figures()) + 15
    got = figure_of(replace(q, text=q.text.replace(f"Figure {m[1]}", f"Figure {missing}")), [])
    assert got in {f.key for f in corpus.figures()} | {None}
