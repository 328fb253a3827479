"""The corpus catalogue: sections against the ToC, figures against Appendix A, footnotes and page estimates."""

import re

import pytest

import corpus

TEXT = corpus.report_text()


def test_report_is_a_verbatim_copy_of_the_shared_report():
    from pathlib import Path

    shared = Path(__file__).parents[2] / "shared" / "report" / "cluster-internationalisation-and-global-mega-trends.txt"
    if not shared.exists():
        pytest.skip("shared/ report not beside this checkout")
    assert shared.read_bytes() == corpus.REPORT_PATH.read_bytes()


def test_sections_match_the_table_of_contents():
    toc = TEXT[TEXT.index("Table of Contents") : TEXT.index("\n\n1. Introduction")]
    entries = [ln for ln in toc.splitlines()[1:] if ln.strip()]
    body = [s for s in corpus.sections() if s.number != "0"]
    assert len(body) == len(entries) == 21
    for s, line in zip(body, entries, strict=True):
        assert line.rstrip().endswith(f"\t{s.start_page}")
        assert s.title in line
    assert [s.number for s in body][:4] == ["1", "1.1", "2", "2.1"]
    assert corpus.section("4.4.1").level == 3 and corpus.section("A").label == "Appendix A"


def test_sections_are_contiguous_verbatim_slices():
    secs = corpus.sections()
    assert secs[0].start == 0 and secs[-1].end == len(TEXT)
    for a, b in zip(secs, secs[1:], strict=False):
        assert a.end == b.start
        assert a.end_page == b.start_page
    for s in secs:
        assert TEXT[s.start : s.end] == s.text


def test_numbered_lists_are_not_headings():
    s31 = corpus.section("3.1")
    assert "1. Strategy & Performance" in s31.text
    assert all(not s.title.startswith("Strategy") for s in corpus.sections())


@pytest.mark.parametrize("number,page", [(1, 4), (3, 12), (7, 28), (10, 37), (13, 40), (16, 44), (35, 60)])
def test_figure_pages_come_from_appendix_a(number, page):
    f = next(f for f in corpus.figures() if f.number == number and not f.page_estimated)
    assert f.page == page


def test_every_figure_from_1_to_35_is_present_and_17_is_marked_as_a_clash():
    nums = sorted({f.number for f in corpus.figures()})
    assert nums == list(range(1, 36))
    seventeens = [f for f in corpus.figures() if f.number == 17]
    assert len(seventeens) == 2 and all(f.clash for f in seventeens)
    assert {f.key for f in seventeens} == {"17", "17b"}
    assert next(f for f in seventeens if f.key == "17").page == 47
    assert all(not f.clash for f in corpus.figures() if f.number != 17)


def test_tables_and_images():
    with_table = {f.key for f in corpus.figures() if f.has_table}
    assert with_table == {"1", "3", "4", "5", "6", "7", "10", "13", "16"}
    f11 = next(f for f in corpus.figures() if f.key == "11")
    assert f11.description.startswith("Figure 11 shows")
    assert f11.description in TEXT
    f14 = next(f for f in corpus.figures() if f.key == "14")
    assert "Figure 14 shows" in f14.description


def test_figure_sections():
    sec = {f.key: f.section for f in corpus.figures()}
    assert sec["3"] == "2.3" and sec["7"] == "3.3" and sec["13"] == "4.4.1" and sec["17"] == "4.5"
    assert sec["17b"] == "4.4.2" and sec["20"] == "B"


def test_page_estimate_is_within_one_page_of_every_printed_caption():
    errors = []
    for f in corpus.figures():
        if f.page_estimated:
            continue
        est = corpus.estimate_without(f.caption_start)
        assert est.estimated
        errors.append(abs(est.page - f.page))
    assert max(errors) <= 1
    assert sum(errors) / len(errors) < 0.5


def test_page_of_and_cite():
    off = TEXT.index("Clusters act as real \"springboards\"")
    assert corpus.section_at(off).number == "4.2"
    ref = corpus.page_of(off)
    assert ref.estimated and 30 <= ref.page <= 33
    assert re.fullmatch(r"§4\.2, p\. \d+ \(est\.\)", corpus.cite(off))
    s = corpus.section("2.2")
    assert corpus.page_of(s.start).page == 7 and not corpus.page_of(s.start).estimated


def test_footnotes_are_linked_to_their_sections():
    notes = {n.number: n for n in corpus.footnotes()}
    assert len(notes) == 43 and 14 not in notes
    assert notes[10].section == "2.3" and notes[10].text.startswith("For further explanation")
    assert notes[33].section == "4.4"  # the "Nordic Countries ³³" cell of Figure 10
    assert notes[7].section == "2.2"  # referenced as ^{7, 8}
    for n in notes.values():
        assert TEXT[n.start : n.end].endswith(n.text)
