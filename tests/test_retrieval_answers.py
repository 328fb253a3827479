"""Narrative answers that answer: question kinds, the report's apparatus, quotes in context, the answer text.

The first tests need no model; the rest use the real index (tests/conftest_retrieval.py) over the narrative
question sets in tests/data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest_retrieval import dev_questions, index_dir, retriever  # noqa: F401

import corpus
from assistant.render import retrieval_answer
from retrieval import kinds, notes, vocab
from retrieval.chunks import Span, chunk_report
from retrieval.extract import AIM_CUE, names_one
from retrieval.lexical import tokenize
from retrieval.roles import (
    BODY,
    CAPTION,
    FIGURE_LIST,
    FOOTNOTE,
    FRONT,
    NEVER_AN_ANSWER,
    REFERENCE,
    TABLE,
    asked_for,
    quotable,
    role_of,
)
from retrieval.search import whole_report_sections
from retrieval.sentences import Sentences, cut, is_item

TEXT = corpus.report_text()
SENTENCES = Sentences(chunk_report())
NARRATIVE = Path(__file__).parent / "data" / "narrative1.jsonl"
TUNING_NARRATIVE = ("round7_narr.jsonl", "round9_narr.jsonl", "round11_narr.jsonl")


def _narrative_cases() -> list[dict]:
    return [json.loads(line) for line in NARRATIVE.read_text(encoding="utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------ no model


@pytest.mark.parametrize(("question", "kind"), [
    ("Why are value chains becoming more complex?", kinds.REASON),
    ("what hampers cooperation with far-away regions", kinds.REASON),
    ("What does the report mean by vertical disintegration?", kinds.DEFINITION),
    ("how is the term defined", kinds.DEFINITION),
    ("What example does the report give for trends interlinking?", kinds.EXAMPLE),
    ("What should cluster managers do before going abroad?", kinds.RECOMMENDATION),
    ("what does the report advise policy makers", kinds.RECOMMENDATION),
    ("How many cluster organisations were assessed?", kinds.NUMBER),
    ("Which two developments influence the value chain?", kinds.LIST),
    ("what is this report about", kinds.WHOLE),
    ("main findings in a nutshell?", kinds.WHOLE),
    ("What does the report say about crowd funding?", kinds.GENERAL),
    ("what do the megatrends mean for shipbuilding", kinds.GENERAL),  # an impact, not a definition
    ("what do cluster managers need to do about it", kinds.RECOMMENDATION),
    ("what does it mean to be a cluster", kinds.DEFINITION),
    ("how were the regions selected for the survey", kinds.METHOD),  # how the report worked something out
    ("how did the authors assess the grades", kinds.METHOD),
    ("what data is the ranking based on", kinds.METHOD),
    ("why were these industries chosen", kinds.REASON),
    # what the report set out to do, asked with a verb of aim and one of inquiry: the report as a whole
    ("what is this study trying to figure out?", kinds.WHOLE),
    ("what problems is the publication tackling", kinds.WHOLE),
    ("what was the report investigating", kinds.WHOLE),
    ("what is the report trying to find out about shipbuilding", kinds.GENERAL),  # a topic: not the whole report
    ("why does the report aim to help SMEs", kinds.REASON),
    # who did something: answered by the agent of a passive ("evaluated by a panel of experts") or those involved
    ("who came up with the list of twelve mega trends", kinds.AGENT),
    ("who judged how strongly each trend affects each industry", kinds.AGENT),
    ("who tends to set up the cross-border business deals between cluster firms", kinds.AGENT),
    ("who should cluster managers talk to first", kinds.RECOMMENDATION),  # advice, about whom
    ("who is CLEPA?", kinds.DEFINITION),  # a name to define, not an agent
    ("who are the prosumers", kinds.DEFINITION),
    ("who is involved in the telematics platform", kinds.AGENT),
    ("who is behind the survey", kinds.AGENT),
    # a period or the years asked for: a number (a date) answers
    ("over which time frame was the benchmarking done", kinds.NUMBER),
    ("in what years were the clusters assessed", kinds.NUMBER),
    ("what period does the survey data cover", kinds.NUMBER),
    # "when" asks for a date only as a question word, not as a conjunction inside the question
    ("when did the study collect its data", kinds.NUMBER),
    ("by when will there be 50 billion connected things", kinds.NUMBER),
    ("do firms still buy green products when money is tight", kinds.GENERAL),
    ("what happens to logistics when customers want everything now", kinds.GENERAL),
])
def test_question_kinds(question, kind):
    assert kinds.question_kind(question) == kind


def test_answer_cues_tell_a_reason_from_a_statement():
    assert kinds.answers(kinds.REASON, "This is due to a structurally weak industry.")
    assert not kinds.answers(kinds.REASON, "Clusters cooperate with partners in many regions.")
    assert kinds.answers(kinds.NUMBER, "The data covers 154 cluster organisations.")
    assert kinds.answers(kinds.RECOMMENDATION, "Support should be targeted to industries.")
    # who drives something: the sentence naming the driver answers (class of rounds 7 and 26: "who is driving …")
    assert kinds.answers(kinds.AGENT, "Managers alone are no longer the driver for exports.")
    assert kinds.answers(kinds.AGENT, "Start-ups are the main drivers behind the change.")
    assert not kinds.answers(kinds.AGENT, "The car industry drives fast.")


@pytest.mark.parametrize(("question", "kind"), [
    ("which sectors does the report see as the future drivers of internationalisation", "industry"),
    ("what regions do Central Western European clusters do R&D with", "region"),
    ("which megatrends hit packaging hardest", "trend"),
    ("which value chain params matter most for logistics", "parameter"),
    ("why are clusters internationalising", ""),
])
def test_a_which_question_asks_for_names_of_one_of_the_reports_lists(question, kind):
    assert kinds.names_asked(question) == kind


def test_a_which_question_leads_with_a_sentence_naming_what_it_asks_for(retriever):  # noqa: F811
    for q in ("which sectors does the report see as the future drivers of internationalisation",
              "what regions do Central Western European clusters do R&D with", "what mega trends matter for medical devices"):
        res = retriever.search(q)
        assert res.quotes and names_one(kinds.names_asked(q), res.quotes[0].text), (q, res.quotes[0].text[:80])
    assert not names_one("region", "Clusters cooperate with partners in many places.")


def test_a_sentence_cut_by_a_page_break_is_quoted_whole_or_never_leads():
    assert cut("Clusters in these regions cooperate strongly, but also the emerging")
    assert cut("Consumerisation, proliferation and ubiquity of mobile IT")  # a heading
    assert not cut("Clusters in these regions cooperate strongly with each other on R&D.")
    assert not cut("The key points of this report are the following:")
    halves = [i for i in range(len(SENTENCES.items) - 1) if SENTENCES._goes_on(i)]
    assert halves  # the report has sentences a page break cut in two with nothing between the halves
    for i in halves:
        a, b = SENTENCES.items[i], SENTENCES.items[i + 1]
        start, end = SENTENCES.context(Span(a.start, a.end, a.text))  # (with what the sentence leans on)
        assert start <= a.start and end >= b.end
        start, end = SENTENCES.context(Span(b.start, b.end, b.text))
        assert start <= a.start and end >= b.end
        assert not a.broken
    # with a footnote between its halves, half a sentence is marked broken: it is scored as a fragment
    for i, s in enumerate(SENTENCES.items):
        if s.role == BODY and cut(s.text) and not is_item(s.text) and len(s.text.split()) >= 8 and i not in halves:
            assert s.broken


def test_a_who_question_is_answered_by_a_sentence_naming_who_did_it():
    assert kinds.shows_kind(kinds.AGENT, "All directions of influences have been evaluated by a panel of experts.")
    assert kinds.shows_kind(kinds.AGENT, "The trends were identified by involving experts from industry and science.")
    assert not kinds.shows_kind(kinds.AGENT, "Cross-border cooperation has become increasingly important.")
    assert kinds.reading("who judged the grades?").phrase.startswith("Who, from the report: who judged")


def test_a_lead_shows_the_kind_asked_for():
    assert kinds.shows_kind(kinds.REASON, "This is due to a structurally weak industry.")
    assert not kinds.shows_kind(kinds.REASON, "Clusters cooperate with partners in many regions.")
    assert kinds.shows_kind(kinds.GENERAL, "Clusters cooperate with partners in many regions.")
    assert kinds.shows_kind(kinds.DEFINITION, "Clusters cooperate with partners in many regions.")


def test_a_label_is_quoted_with_the_sentence_it_heads():
    from retrieval.extract import LEAD_CHARS, _body_end, _label

    labels = [i for i, s in enumerate(SENTENCES.items[:-1]) if s.role == BODY and _label(s.text)
              and SENTENCES._joined(i, i + 1) and not _label(SENTENCES.items[i + 1].text)]
    assert labels
    for i in labels:
        s, body = SENTENCES.items[i], SENTENCES.items[i + 1]
        end = _body_end(SENTENCES, TEXT, s.start, s.end)
        assert end == body.end or body.end - s.start > LEAD_CHARS
    whole = next(s for s in SENTENCES.items if s.role == BODY and len(s.text.split()) > 15)
    assert _body_end(SENTENCES, TEXT, whole.start, whole.end) == whole.end


def test_reading_names_the_kind_and_the_question():
    r = kinds.reading("Why do clusters act as springboards for SMEs?")
    assert r.kind == kinds.REASON
    assert r.phrase == "Explanation from the report: why do clusters act as springboards for SMEs"


def test_roles_come_from_the_report_structure():
    for n in corpus.footnotes():
        assert role_of(n.start, n.end) == FOOTNOTE
    for f in corpus.figures():
        assert role_of(f.caption_start, f.caption_end) in (CAPTION, FIGURE_LIST)
    for sec in corpus.sections():
        body = [s for s in SENTENCES.items if sec.start <= s.start < sec.end]
        if sec.number == "0":
            assert body and all(s.role == FRONT for s in body)  # the Observatory's blurb and the contents
        if sec.number == "A":
            assert body and all(s.role == FIGURE_LIST for s in body)
        if sec.title.startswith("Reference"):
            assert body and all(s.role == REFERENCE for s in body)
    assert sum(s.role == BODY for s in SENTENCES.items) > len(SENTENCES.items) / 2


def test_apparatus_is_allowed_only_when_asked_for():
    assert FOOTNOTE in asked_for("Which footnote cites the ITS directive?")
    assert FRONT in asked_for("which page is the table of contents on")
    assert not asked_for("Why are value chains becoming more complex?") & NEVER_AN_ANSWER


def test_a_sentence_ending_with_a_colon_brings_its_list():
    intros = [i for i, s in enumerate(SENTENCES.items[:-1]) if s.role == BODY and s.text.endswith(":")
              and is_item(SENTENCES.items[i + 1].text) and SENTENCES._joined(i, i + 1)]
    assert intros
    for i in intros:
        s = SENTENCES.items[i]
        start, end = SENTENCES.context(corpus_span(s))
        assert start <= s.start and end >= SENTENCES.items[i + 1].end
        # and a list item is quoted with its introduction
        assert SENTENCES.context(corpus_span(SENTENCES.items[i + 1]))[0] <= s.start


def test_a_sentence_that_leans_on_the_one_before_is_quoted_with_it():
    leaning = [i for i, s in enumerate(SENTENCES.items) if i and re.match(r"(This|These|Such|Due to these) ", s.text)
               and s.role == BODY and SENTENCES._joined(i - 1, i) and not is_item(s.text)
               and not SENTENCES.items[i - 1].text.endswith(":")]
    assert len(leaning) > 10
    for i in leaning:
        start, end = SENTENCES.context(corpus_span(SENTENCES.items[i]))
        assert start <= SENTENCES.items[i - 1].start and end >= SENTENCES.items[i].end  # (a chain reads further back)
        assert SENTENCES.items[i - 1].text in TEXT[start:end]


def corpus_span(s) -> Span:
    return Span(s.start, s.end, s.text)


def test_whole_report_sections_are_the_introduction_and_the_conclusion():
    about = whole_report_sections("what is this report about")
    findings = whole_report_sections("what are the main findings")
    assert set(about) == set(findings)
    titles = {corpus.section(s).title for s in about}
    assert any(t.startswith("Conclusion") for t in titles)
    assert corpus.section(findings[0]).title.startswith("Conclusion")
    assert not corpus.section(about[0]).title.startswith("Conclusion")


# ------------------------------------------------------------------ real index


@pytest.fixture(scope="module")
def narrative_results(retriever):  # noqa: F811
    return [(c, retriever.search(c["question"])) for c in _narrative_cases()]


def test_every_quote_of_every_narrative_question_is_verbatim(narrative_results):
    for _, res in narrative_results:
        for q in res.quotes:
            assert TEXT[q.start : q.end] == q.text
            assert corpus.section_at(q.start).number == q.section


def test_no_apparatus_is_ever_quoted_as_the_answer_to_an_explanatory_question(narrative_results, retriever):  # noqa: F811
    cases = [(c, r) for c, r in narrative_results if c["category"] == "narrative"]
    cases += [(c, retriever.search(c["question"])) for c in dev_questions() if c["in_scope"]]
    for name in TUNING_NARRATIVE:  # questions written by people who read only the report, in their own words
        rows = [json.loads(line) for line in (NARRATIVE.parent / name).read_text(encoding="utf-8").splitlines() if line]
        cases += [(c, retriever.search(c["question"])) for c in rows if c.get("category") == "narrative"]
    assert len(cases) > 250
    for c, res in cases:
        # "which footnote …", "the table of contents": the apparatus asked for may be quoted (a caption never for why)
        for i, q in enumerate(res.quotes):  # (a footnote shown after the quote marking it is that quote's note)
            assert (role_of(q.start, q.end) not in NEVER_AN_ANSWER - quotable(c["question"])
                    or notes.marked_before(res.quotes, i)), (c["question"], q.text[:80])


@pytest.mark.parametrize("question", ["why does figure 5 put carbon foot-print reduction in the middle",
                                      "why is the chart on R&D cooperation so uneven between the regions",
                                      "Why are there two bubble charts for cooperation in figure 17?"])
def test_a_why_question_naming_a_figure_never_quotes_its_caption(retriever, question):  # noqa: F811
    assert CAPTION in asked_for(question) and CAPTION not in quotable(question)
    res = retriever.search(question)
    assert res.quotes
    assert all(role_of(q.start, q.end) not in (CAPTION, TABLE) for q in res.quotes), [q.text[:60] for q in res.quotes]


def test_a_term_named_only_in_a_footnote_is_answered_from_it_as_a_passing_mention(retriever):  # noqa: F811
    notes = [n for n in corpus.footnotes() if role_of(n.start, n.end) == FOOTNOTE]
    # authors cited only in a footnote ("Lorenz, H. …", "(Pflanz, 2014)")
    words = sorted({w for n in notes for w in re.findall(r"\b([A-Z][a-z]{4,}), (?:[A-Z]\.|\d{4})", n.text)
                    if SENTENCES.only_in_apparatus(tokenize(w)) and len(SENTENCES.where[tokenize(w)[0]]) == 1})
    assert words
    for w in words:
        res = retriever.search(f"What does the report say about {w}?")
        assert res.quotes and w in res.quotes[0].text
        assert w in res.passing
        assert "only in passing" in retrieval_answer(res).answer


def test_a_whole_report_question_is_answered_from_introduction_or_conclusion_and_says_so(retriever):  # noqa: F811
    for q in ("What is this report about?", "What are the main findings of the study?"):
        res = retriever.search(q)
        assert res.in_scope and res.whole_report
        assert {x.section for x in res.quotes} <= set(res.whole_report)
        ans = retrieval_answer(res)
        assert "introduction and conclusion" in ans.answer


def test_the_answer_reads_as_an_answer(retriever):  # noqa: F811
    res = retriever.search("Why is R&D cooperation with Eastern Asia weak?")
    ans = retrieval_answer(res)
    assert ans.reading.startswith("Explanation from the report: why")
    assert 1 <= len(res.quotes) <= 3
    assert ans.answer.count("\n> — ") == len(res.quotes)  # every quote with its section and page
    chips = [c.chip for c in ans.citations]
    assert len(chips) == len(set(chips))
    assert ans.answer.index(res.quotes[0].text.split("\n")[0]) < ans.answer.index("— ")
    assert isinstance(ans.sure, bool)


def test_a_footnote_asked_about_in_its_own_words_leads_as_a_passing_mention(retriever):  # noqa: F811
    # a footnote that says something of its own (a definition, a list), not a bare citation: asked in its words,
    # it answers better than any body sentence, so it leads and the answer says it is a passing mention
    notes = [n for n in corpus.footnotes() if role_of(n.start, n.end) == FOOTNOTE and len(n.text.split()) >= 15
             and not re.search(r"https?://|\b(?:19|20)\d\d\b", n.text)]
    assert notes
    for n in notes:
        words = re.sub(r"^\W*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", n.text).replace("*", "").split()
        res = retriever.search(" ".join(words[:15]))
        lead = res.quotes[0]
        if lead.start < n.end and n.start < lead.end:
            assert res.passing and "only in passing" in retrieval_answer(res).answer
        else:  # the body says it too: a body sentence holding most of the footnote's information leads
            asked = tokenize(" ".join(words[:15]))
            held = set(tokenize(lead.text))
            total = sum(SENTENCES.idf.get(t, 0.0) for t in asked)
            assert sum(SENTENCES.idf.get(t, 0.0) for t in asked if t in held) >= 0.4 * total, (n.text[:60], lead.text[:60])
            assert role_of(lead.start, lead.end) == BODY


def test_what_the_report_set_out_to_find_is_answered_from_its_introduction(retriever):  # noqa: F811
    # its aim, not its findings: "find out" and "learn" here ask what it looked for, not what it found
    for q in ("what is this study trying to figure out?", "what did the authors set out to learn",
              "what problems is the publication tackling"):
        res = retriever.search(q)
        assert res.kind == kinds.WHOLE and res.in_scope, q
        intro = whole_report_sections(q)[0]
        assert corpus.section(intro).title.lower().startswith(("introduction", "rationale")), q
        assert res.quotes and res.quotes[0].section == intro, q
        # where it says what it set out to do (its focus, aims, key questions), not merely its opening sentence
        assert AIM_CUE.search(res.quotes[0].text), (q, res.quotes[0].text[:80])


def test_what_the_report_is_about_leads_with_the_introductions_first_sentence(retriever):  # noqa: F811
    res = retriever.search("What is this report about?")
    intro = corpus.section(res.whole_report[0])
    first = SENTENCES.items[[s.start >= intro.start and s.role == BODY for s in SENTENCES.items].index(True)]
    assert res.quotes[0].start == first.start
    assert res.quotes[0].section == intro.number


def test_a_question_the_report_does_not_cover_is_refused_naming_what_was_not_found(retriever):  # noqa: F811
    from assistant.render import not_covered

    res = retriever.search("How did the zyxwvut change cluster internationalisation?")
    assert res.unknown_terms == ["zyxwvut"]
    ans = not_covered(res)
    assert ans.route == "refuse" and "does not cover \u201czyxwvut\u201d" in ans.answer
    assert "The report covers" in ans.answer
    plain = not_covered(retriever.search("How many members do clusters have?"))
    assert "\u201cHow many members do clusters have\u201d" in plain.answer


def test_the_assistant_refuses_a_question_about_a_word_the_report_never_uses(index_dir):  # noqa: F811
    from assistant.core import Assistant

    a = Assistant.load(index_dir=str(index_dir))
    ans = a.ask("How did zyxwvut change cluster internationalisation?")
    assert ans.route == "refuse" and "\u201czyxwvut\u201d" in ans.answer and "The report covers" in ans.answer
    # an abbreviation of the report's own words is no unknown subject: answered from the report
    assert a.ask("Why do cluster mgrs offer internationalisation support services?").route != "refuse"


def test_a_name_found_only_in_a_table_cell_is_quoted_from_that_cell_as_a_passing_mention(retriever):  # noqa: F811
    cells = []
    for c in retriever.chunks:
        if c.kind != "table":
            continue
        for cell in re.findall(r"[^\n\t•<>]+", c.text):
            words = tokenize(cell)
            if 2 <= len(cell.split()) <= 4 and words and not any(w in SENTENCES.where for w in words) \
                    and " ".join(cell.split()).lower() in vocab.names_of("subtrend"):
                cells.append(cell.strip())
    assert cells
    countries = sorted(n for n in vocab.names_of("country") if n.isalpha() and tokenize(n)
                       and not any(w in SENTENCES.where for w in tokenize(n)))
    assert countries
    res = retriever.search(f"What is the capital of {countries[0].title()}?")
    assert not res.quotes or role_of(res.quotes[0].start, res.quotes[0].end) != TABLE  # a country is no sub-trend
    for cell in cells[:5]:
        res = retriever.search(f"What is {cell}?")
        lead = res.quotes[0]
        assert TEXT[lead.start : lead.end] == lead.text and role_of(lead.start, lead.end) == TABLE
        assert " ".join(lead.text.split()).lower() in vocab.names_of("subtrend")  # a sub-trend's own cell
        assert set(tokenize(cell)) & set(tokenize(lead.text))
        assert res.passing and res.in_scope and "only in passing" in retrieval_answer(res).answer
