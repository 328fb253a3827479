"""The ui/ package without Streamlit: what an answer shows, figure tables, notes, examples, session state,
exports and the index warm-up. (The app itself, through AppTest, is tests/test_app.py.)"""

from __future__ import annotations

import ast
import csv
import gc
import html
import io
import re
import threading
import tracemalloc
from pathlib import Path

import pytest

import corpus
from assistant import Answer, Assistant, AssistantError, Citation, export
from assistant.answer import Alternative
from assistant.state import State
from structured import load_tables
from ui import figures as F
from ui import notes as N
from ui import questions as Q
from ui import session, tables
from ui import text as T
from ui.catalogue import figure_catalogue, figure_info
from ui.progress import Warmup, fraction

ROOT = Path(__file__).resolve().parents[1]
MATRIX_Q = "Which mega trends influence Medical Devices downstream?"
COOP_Q = "How strong is R&D cooperation between Northern Europe and Central Western Europe?"


@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


# --- the package's shape -------------------------------------------------------------------------------------

def test_assistant_imports_nothing_from_ui_and_ui_modules_are_small():
    for path in (ROOT / "assistant").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n == "ui" or n.startswith("ui.") for n in names), path
    assert not (ROOT / "assistant" / "ui_views.py").exists()
    for path in (ROOT / "ui").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path


# --- the reading, alternatives and follow-ups ----------------------------------------------------------------

def test_reading_line_is_plain_and_says_what_a_follow_up_inherited():
    assert T.reading_line(Answer(route="tool", answer="x")) == ""
    ans = Answer(route="tool", answer="x", reading="Mega trends that *shape* Medical Devices — upstream, Figure 4",
                 inherited="Medical Devices")
    line = T.reading_line(ans)
    assert line.startswith("Read as: Mega trends that *shape* Medical Devices")
    assert line.endswith("Medical Devices, from your previous question")
    assert "\\*shape\\*" in T.reading_markdown(ans), "the reading shows as typed, not as Markdown"
    said = Answer(route="tool", answer="x", reading="X, from your previous question", inherited="X")
    assert T.reading_line(said).count("previous question") == 1


def test_alternatives_only_when_unsure():
    alts = [Alternative("Industries that shape X", "Which industries shape X?"),
            Alternative("Industries X shapes", "Which industries does X shape?")]
    assert Q.alternatives(Answer(route="tool", answer="", alternatives=alts)) == []
    unsure = Answer(route="tool", answer="", sure=False, alternatives=alts + [alts[0]])
    assert [a.question for a in Q.alternatives(unsure)] == [a.question for a in alts]
    assert T.unsure_prompt(unsure) and not T.unsure_prompt(Answer(route="tool", answer=""))


def test_follow_ups_are_the_answers_own_questions_only():
    own = Answer(route="tool", answer="", question="And upstream?",
                 suggestions=["And upstream?", "Which sub-trends does X have?", "Medical Devices",
                              "Which sub-trends does X have?"])
    assert Q.follow_ups(own) == ["Which sub-trends does X have?"]
    assert Q.follow_ups(Answer(route="tool", answer="")) == [], "nothing is made up when the answer offers none"


def test_examples_are_stand_alone_one_per_kind_of_user(assistant):
    examples = Q.example_questions()
    assert len({e.user for e in examples}) == len(examples) >= 3
    for e in examples:
        ans = assistant.ask(e.question, state=State())  # a fresh conversation: no previous turn to lean on
        assert ans.route != "refuse", (e.question, ans.answer)


# --- the body and chips --------------------------------------------------------------------------------------

def test_answer_body_drops_repeats_sources_notes_and_the_reading():
    single = Answer(route="tool", value="Digital Industries", items=["Digital Industries"], count=1,
                    answer="*how it was read*\n\n**T**\n\nAnswer: **Digital Industries**\n\n- Digital Industries\n\n"
                           "(1 in all.)\n\nSource: Figure 3, p. 12\n\n> ⚠ Data note: N.",
                    notes=["N."], citations=[Citation(figure="3", page=12)], reading="how it was read")
    assert T.answer_body(single) == "**T**\n\nAnswer: **Digital Industries**"
    items = [f"item {i}" for i in range(12)]
    long = Answer(route="tool", items=items, count=12, answer="**T**\n\n" + "\n".join(f"- {i}" for i in items)
                  + "\n\n(12 in all.)")
    assert "(12 in all.)" in T.answer_body(long), "a long list keeps its count"
    short = Answer(route="tool", items=["a", "b"], count=2, answer="**T**\n\n- a\n- b\n\n(2 in all.)")
    assert T.answer_body(short) == "**T**\n\n- a\n- b"
    assert T.answer_body(Answer(route="tool", answer="*kept: no reading given*\n\n**T**")).startswith("*kept")
    titled = Answer(route="tool", answer="**Sub-trends of X (Figure 6)**\n\n- a", reading="Sub-trends of X (Figure 6)")
    assert T.answer_body(titled) == "- a", "a title that repeats the reading line is not shown twice"
    restated = Answer(route="retrieval", sure=False, reading="Passages on: “x”",
                      answer="I read your question as: *Passages on: “x”*; I'm not sure that is what you meant.\n\n"
                             "From the report:\n\n> “q”")
    assert T.answer_body(restated) == "From the report:\n\n> “q”"
    assert T.reading_line(restated) == "Read as (not sure): Passages on: “x”"


def test_real_single_value_answer_says_its_value_once(assistant):
    ans = assistant.ask("Which region is Poland in?", state=State())
    assert ans.value
    assert T.answer_body(ans).count(ans.value) == 1


def test_one_chip_per_source_with_its_kind():
    ans = Answer(route="tool", answer="", citations=[Citation(figure="3", page=12, cells=(("a", "b"),)),
                                                      Citation(figure="3", page=12, cells=(("c", "d"),)),
                                                      Citation(section="4.2", page=31, page_estimated=True),
                                                      Citation(page=7)])
    chips = T.chips(ans)
    assert [(c.label, c.kind) for c in chips] == [("Figure 3 · p. 12", "figure"), ("§4.2 · p. 31 (est.)", "section"),
                                                   ("p. 7", "page")]
    assert len(T.chip_citations(ans, chips[0])) == 2
    assert T.chip_markdown(["Figure 3 · p. 12"]) == ":blue-badge[Figure 3 · p. 12]"


def test_passage_html_marks_quotes_verbatim_and_escapes():
    text = corpus.report_text()
    start = text.index("The common characteristic")
    p = {"text": text[start - 40:start + 200], "start": start - 40, "section": "3.1", "section_title": "T",
         "page": 19, "page_estimated": True,
         "quotes": [{"text": text[start:start + 60], "start": start, "end": start + 60}]}
    marked = re.findall(r"<mark>(.*?)</mark>", T.passage_html(p), re.S)
    assert [html.unescape(m) for m in marked] == [text[start:start + 60]]
    assert T.passage_heading(p) == "§3.1 T · p. 19 (est.)"
    assert "<b>" not in T.passage_html({"text": "<b>x</b>"})


def test_section_chip_finds_its_passages():
    ans = Answer(route="retrieval", answer="", citations=[Citation(section="3.1", page=19)],
                 passages=[{"section": "2", "page": 19, "text": "a"}, {"section": "3.1", "page": 20, "text": "b"},
                           {"section": "3.1", "page": 19, "text": "c"}])
    [chip] = T.chips(ans)
    assert [p["text"] for p in T.chip_passages(ans, chip)] == ["c"]


# --- figure views and tables ---------------------------------------------------------------------------------

def test_every_table_figure_has_a_view_with_safe_csv():
    keys = F.table_keys()
    assert keys == [f.key for f in corpus.figures() if f.has_table]
    for key in keys:
        view = F.figure_view(key)
        assert not view.frame.empty and view.chip.startswith(f"Figure {key} · p. ")
        rows = list(csv.reader(io.StringIO(view.csv())))
        assert len(rows) == len(view.frame) + 1
        assert not [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@")], key
    assert F.figure_view("9") is None
    coop = list(csv.reader(io.StringIO(F.figure_view("13").csv())))
    assert any(c.startswith("'+") or c.startswith("'-") for r in coop for c in r), "grades kept, defused"


def test_csv_cells_that_start_a_formula_are_prefixed():
    text = export.csv_text([["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "ok", "a=b"]])
    assert next(csv.reader(io.StringIO(text))) == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "ok", "a=b"]


def test_matrix_view_highlights_answering_cells(assistant):
    ans = assistant.ask(MATRIX_Q, state=State())
    [view] = F.answer_views(ans)
    assert view.key == "3" and view.frame.shape == (12, 10)
    assert view.hits == {(t, "Medical Devices") for t in ans.items}
    assert all(view.frame.loc[r, c] == "●" for r, c in view.hits)
    assert view.read and not view.read & view.hits
    assert F.answering_cells(ans) == {("3", r, c) for r, c in view.hits}


def test_heat_table_fits_short_heads_hover_and_answered_column_first(assistant):
    ans = assistant.ask(MATRIX_Q, state=State())
    [view] = F.answer_views(ans)
    out = tables.table_html(view, answered_first=True)
    heads = re.findall(r'<th scope="col" title="([^"]+)"><abbr title="[^"]+">([^<]+)</abbr>', out)
    abbreviations = {r.name: r.abbreviation for r in load_tables().industries}
    assert heads[0] == ("Medical Devices", abbreviations["Medical Devices"]), "the answered column comes first"
    assert {full for full, _ in heads} == set(view.frame.columns) and all(short == abbreviations[full]
                                                                          for full, short in heads)
    assert out.count('class="cta-h2 cta-hit"') == len(view.hits)
    assert "cta-read" in out and "cta-key" in out
    printed = tables.column_order(view, answered_first=False)
    assert printed == list(view.frame.columns)


def test_table_escapes_names_and_abbreviations_stay_unique():
    assert F.initials("Knowledge-based learning orientation") == "KBLO"
    assert F.abbreviations(["Big data", "Big deal", "Other"]) == {"Big data": "Big data", "Big deal": "Big deal",
                                                                    "Other": "O"}
    regions = F.figure_view("13").short
    assert len(set(regions.values())) == len(regions) == 6 and all(len(v) < len(k) for k, v in regions.items())
    view = F.figure_view("13")
    view.frame = view.frame.rename(index={view.frame.index[0]: "<script>x</script>"})
    assert "<script>" not in tables.table_html(view)


def test_an_empty_answer_highlights_no_cell():
    cells = (("Northern Europe", "Northwest Europe"), ("Northern Europe", "Southwest Europe"))
    empty = Answer(route="tool", answer="None", count=0, tool="partners",
                   citations=[Citation(figure="13", page=40, cells=cells)])
    [view] = F.answer_views(empty)
    assert not view.hits and view.read == set(cells)
    assert "cta-hit" not in tables.table_html(view)


def test_cooperation_view_is_a_6x6_heat_table(assistant):
    ans = assistant.ask(COOP_Q, state=State())
    [view] = F.answer_views(ans)
    assert view.kind == "cooperation" and view.frame.shape == (6, 6)
    assert view.hits == {("Northern Europe", "Central Western Europe")}
    assert view.frame.loc["Northern Europe", "Central Western Europe"] == ans.value
    assert [s for s, _ in view.legend] == ["++", "+", "o", "-"]
    assert tables.table_html(view, answered_first=True).count("cta-hit") == 1


def test_crossover_view_is_the_industry_block(assistant):
    ans = assistant.ask("What is the grade of Internet Everywhere for Logistical Services on Business relationships?",
                        state=State())
    [view] = F.answer_views(ans)
    assert view.kind == "crossover" and "Logistical Services" in view.title
    assert view.hits == {("Internet Everywhere", "Business relationships")}
    assert view.frame.shape[1] == 8 and "Internet Everywhere" in view.frame.index
    assert tables.column_order(view, answered_first=True)[0] == "Business relationships"


def test_catalogue_and_figure_info():
    cat = figure_catalogue()
    assert len(cat) == 36 and {"17", "17b"} <= set(cat["Figure"])
    info = figure_info("9")
    assert not info.has_view and "not in the text version" in info.notice
    assert info.description and info.description in corpus.report_text()
    assert figure_info("13").has_view and figure_info("13").notice is None


# --- data notes ----------------------------------------------------------------------------------------------

def test_only_notes_touching_the_answering_cells_are_shown():
    notes = [n for n in load_tables().notes if n.cell_list]
    note = notes[0]
    fig, row, col = (str(x) for x in note.cell_list[0])
    ans = Answer(route="tool", answer="", items=[row], notes=[n.message for n in load_tables().notes],
                 citations=[Citation(figure=fig, page=1, cells=((row, col),))])
    shown = N.answer_notes(ans)
    assert note.message in shown
    for n in load_tables().notes:
        if n.message in shown and n.cell_list:
            assert N.touches(n, ans)
    assert len(shown) < len(ans.notes)


def test_a_page_question_shows_few_notes(assistant):
    ans = assistant.ask("On which page is Figure 6?", state=State())
    shown = N.answer_notes(ans)
    assert len(shown) <= 1 < len(ans.notes) or len(ans.notes) <= 1


def test_data_notes_tab_has_every_note_with_citations():
    notes = N.data_notes()
    assert len(notes) == len(load_tables().notes)
    assert all(n.chips and n.message for n in notes)


# --- session state, memory -----------------------------------------------------------------------------------

def test_session_keeps_its_own_dialogue_and_new_conversation_resets_it(assistant):
    ss: dict = {}
    session.start(ss)
    session.ask(assistant, ss, MATRIX_Q)
    follow = session.ask(assistant, ss, "And upstream?")["answer"]
    assert follow.args.get("industry") == "Medical Devices" and follow.args.get("direction") == "upstream"
    old_id, state = ss["conversation_id"], ss["dialogue"]
    assert state.turns == 2 and state.last_plan is not None
    session.new_conversation(ss)
    assert ss["turns"] == [] and ss["dialogue"] is not state and ss["dialogue"].last_plan is None
    assert ss["conversation_id"] != old_id and ss["next_turn"] == 3
    assert not assistant._states, "the shared Assistant keeps no conversation"


def test_a_thousand_conversations_leave_the_shared_assistant_flat(assistant):
    def conversation() -> None:
        ss: dict = {}
        session.start(ss)
        session.ask(assistant, ss, MATRIX_Q)
        session.ask(assistant, ss, "And upstream?")

    for _ in range(20):  # warm every cache the answers use
        conversation()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(1000):
            conversation()
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert not assistant._states
    assert grown < 256 * 1024, f"{grown / 1024:.0f} KB kept after 1,000 conversations"


def test_assistant_errors_become_a_turn():
    class Broken:
        def ask(self, question, state=None):
            raise AssistantError("The index is being rebuilt.")

    ss: dict = {}
    session.start(ss)
    turn = session.ask(Broken(), ss, "x")
    assert turn["answer"].route == "refuse" and "rebuilt" in turn["answer"].answer


# --- exports -------------------------------------------------------------------------------------------------

def test_markdown_export_escapes_questions_and_keeps_citations():
    q = "Why? ![x](http://127.0.0.1:9/x.png) <img src=x onerror=alert(1)> *bold*"
    ans = Answer(route="tool", answer="**T**\n\n- a <script>b</script>", question=q, reading="R&D <i>",
                 citations=[Citation(figure="3", page=12)], notes=["N <b>"])
    md = export.to_markdown([ans])
    for live in (r"!\[x\]", r"<img", r"<script>", r"<b>", r"<i>"):
        assert not re.search(r"(?<!\\)" + live, md), live  # only ever escaped (\< or &lt;)
    assert "\\!\\[x\\]" in md and "\\<img" in md and "\\*bold\\*" in md
    assert "- Figure 3 · p. 12" in md and "Read as: R&D" in md
    assert export.escape_markdown("# a\n- b\n1. c").splitlines() == ["\\# a  ", "\\- b  ", "1\\. c"]


# --- index warm-up -------------------------------------------------------------------------------------------

def test_warmup_reports_progress_and_keeps_failures_as_sentences():
    gate = threading.Event()

    def opening():
        warm.report(1, 4, "Embedding the report")
        gate.wait(10)

    warm = Warmup(opening)
    warm.start()
    warm.start()  # once only
    deadline = threading.Event()
    while warm.status().fraction == 0 and not deadline.wait(0.01):
        pass
    status = warm.status()
    assert not status.done and status.fraction == 0.25 and status.message == "Embedding the report"
    gate.set()
    assert warm.wait(10) and warm.status().done and warm.status().error is None

    def failing():
        raise AssistantError("The index cannot be opened; run `make index`.")

    broken = Warmup(failing).start()
    assert broken.wait(10) and broken.status().error == "The index cannot be opened; run `make index`."
    assert fraction(1, 4) == 0.25 and fraction(5, 0) == 0.0 and fraction(9, 4) == 1.0
