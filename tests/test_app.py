"""The Streamlit UI, headless: ui_views helpers on their own, then streamlit_app.py through AppTest.

Every AppTest case ends with ``assert not at.exception``: the UI catches only AssistantError, so anything
else raised while rendering fails here.
"""

from __future__ import annotations

import html
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import corpus
from assistant import Answer, Assistant, AssistantError, Citation, export
from assistant import ui_views as V
from assistant.feedback import DB_NAME

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "streamlit_app.py")
TIMEOUT = 180  # the first narrative question may load the embedding model (or build a missing index)
MATRIX_Q = "Which mega trends influence Medical Devices downstream?"
NARRATIVE_Q = "Why do clusters internationalise?"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("ui-data")


@pytest.fixture
def app(data_dir, monkeypatch):
    monkeypatch.setenv("CTA_DATA_DIR", str(data_dir))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception
    return at


def last_assistant(at: AppTest):
    return [m for m in at.chat_message if m.name == "assistant"][-1]


def texts(block) -> str:
    return "\n".join(e.value for e in block.markdown)


# --- ui_views, without Streamlit ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


def test_chips_and_body_without_note_lines():
    ans = Answer(route="tool", answer="**T**\n\n- a\n> ⚠ Data note: N.", notes=["N."],
                 citations=[Citation(figure="3", page=12), Citation(figure="3", page=12),
                            Citation(section="4.2", page=31, page_estimated=True)])
    assert V.chips(ans) == ["Figure 3 · p. 12", "§4.2 · p. 31 (est.)"]
    assert V.chip_markdown(V.chips(ans)) == ":blue-badge[Figure 3 · p. 12] :blue-badge[§4.2 · p. 31 (est.)]"
    assert V.answer_body(ans) == "**T**\n\n- a"


def test_passage_html_marks_quotes_verbatim():
    text = corpus.report_text()
    start = text.index("The common characteristic")
    p = {"text": text[start - 40:start + 200], "start": start - 40, "section": "3.1", "section_title": "T",
         "page": 19, "page_estimated": True,
         "quotes": [{"text": text[start:start + 60], "start": start, "end": start + 60}]}
    out = V.passage_html(p)
    marked = re.findall(r"<mark>(.*?)</mark>", out, re.S)
    assert [html.unescape(m) for m in marked] == [text[start:start + 60]]
    assert V.passage_heading(p) == "§3.1 T · p. 19 (est.)"


def test_every_table_figure_has_a_view_with_csv():
    keys = V.table_keys()
    assert keys == [f.key for f in corpus.figures() if f.has_table]
    for key in keys:
        view = V.figure_view(key)
        assert not view.frame.empty and view.chip.startswith(f"Figure {key} · p. ")
        assert view.csv().count("\n") == len(view.frame) + 1
    assert V.figure_view("9") is None


def test_cooperation_views_are_6x6_heatmaps_with_grades(assistant):
    ans = assistant.ask("How strong is R&D cooperation between Northern Europe and Central Western Europe?")
    [view] = V.answer_views(ans)
    assert view.kind == "cooperation" and view.frame.shape == (6, 6)
    assert view.hits == {("Northern Europe", "Central Western Europe")}
    assert view.frame.loc["Northern Europe", "Central Western Europe"] == ans.value
    assert [s for s, _ in view.legend] == ["++", "+", "o", "-"]
    fig = view.heatmap()
    assert len(fig.layout.shapes) == 1 and fig.data[0].text[0][2] == view.frame.iloc[0, 2]


def test_matrix_view_highlights_answering_cells(assistant):
    ans = assistant.ask(MATRIX_Q)
    [view] = V.answer_views(ans)
    assert view.key == "3" and view.frame.shape == (12, 10)
    assert view.hits == {(t, "Medical Devices") for t in ans.items}
    assert all(view.frame.loc[r, c] == "●" for r, c in view.hits)
    assert view.read and not view.read & view.hits
    css = view.styled().to_html()
    assert V.HIT.split(";")[0] in css
    assert view.legend[0][0] == "●"


def test_crossover_view_is_the_industry_block(assistant):
    ans = assistant.ask("What is the grade of Internet Everywhere for Logistical Services on Business relationships?")
    [view] = V.answer_views(ans)
    assert view.kind == "crossover" and "Logistical Services" in view.title
    assert view.hits == {("Internet Everywhere", "Business relationships")}
    assert view.frame.shape[1] == 8 and "Internet Everywhere" in view.frame.index
    assert {s for s, _ in view.legend} >= {"✓✓", "✓"}


def test_follow_ups_fall_back_to_the_matrix_structure():
    matrix = Answer(route="tool", answer="", tool="trends_for_industry", args={"direction": "downstream"})
    assert V.follow_ups(matrix) == ["And upstream?", "Which sub-trends?", "Which partner regions?"]
    coop = Answer(route="tool", answer="", tool="cooperation_grade", args={"kind": "rd"})
    assert V.follow_ups(coop) == ["Which partner regions?", "And for business?"]
    own = Answer(route="tool", answer="", suggestions=["And upstream?", "Which sub-trends?"])
    assert V.follow_ups(own) == ["And upstream?", "Which sub-trends?"]
    names = Answer(route="refuse", answer="", suggestions=["Medical Devices"])  # names, not questions
    assert all(q.endswith("?") for q in V.follow_ups(names)) and len(V.follow_ups(names)) >= 2


def test_examples_cover_every_kind_and_are_answered(assistant):
    examples = V.example_questions()
    assert {"matrix", "narrative", "follow-up", "figure"} <= {e.kind for e in examples}
    conv = "examples"
    for e in examples:
        if e.kind == "narrative":
            continue  # answered in the AppTest cases below
        ans = assistant.ask(e.question, conv)
        assert ans.route == "tool", (e.question, ans.answer)


def test_catalogue_and_figure_info():
    cat = V.figure_catalogue()
    assert len(cat) == 36 and {"17", "17b"} <= set(cat["Figure"])
    info = V.figure_info("9")
    assert not info.has_view and "not in the text version" in info.notice
    assert info.description and info.description in corpus.report_text()
    assert V.figure_info("13").has_view and V.figure_info("13").notice is None


def test_data_notes_have_citations():
    notes = V.data_notes()
    assert notes and all(n.chips and n.message for n in notes)
    assert any(c.startswith("Figure ") for n in notes for c in n.chips)


def test_progress_relay_reaches_only_the_calling_thread():
    seen, other = [], []
    with V.progress_to(lambda d, t, m: seen.append((d, t, m))):
        V.relay_progress(1, 4, "embedding")
        th = threading.Thread(target=V.relay_progress, args=(2, 4, "elsewhere"))
        th.start()
        th.join()
    V.relay_progress(3, 4, "after")
    assert seen == [(1, 4, "embedding")] and other == []
    assert V.fraction(1, 4) == 0.25 and V.fraction(5, 0) == 0.0 and V.fraction(9, 4) == 1.0


# --- the app, through AppTest -------------------------------------------------------------------------------

def test_matrix_question_shows_items_chip_table_and_csv(app):
    ask(app, MATRIX_Q)
    msg = last_assistant(app)
    body = texts(msg)
    for trend in ("Cross-linkage of subjects & objects", "Big data", "Personalisation of products & services"):
        assert trend in body
    assert ":blue-badge[Figure 3 · p. 12]" in body
    assert msg.dataframe, "the figure's table is shown"
    assert any(b.label.startswith("Download CSV") for b in app.download_button)


def test_narrative_question_shows_sources_with_verbatim_quotes(app):
    ask(app, NARRATIVE_Q)
    msg = last_assistant(app)
    assert re.search(r":blue-badge\[§\d", texts(msg))
    [sources] = [e for e in msg.expander if e.label == "Sources"]
    shown = texts(sources)
    quotes = [html.unescape(q) for q in re.findall(r"<mark>(.*?)</mark>", shown, re.S)]
    assert quotes, "at least one quoted sentence is highlighted"
    report = corpus.report_text()
    for q in quotes:
        assert q.replace("<br>", "\n") in report
    assert re.search(r"§\d[\d.]* .+ · p\. \d+", shown)


def test_follow_up_uses_the_previous_turn(app):
    ask(app, MATRIX_Q)
    ask(app, "And upstream?")
    body = texts(last_assistant(app))
    assert "Medical Devices" in body and "upstream" in body and "Figure 4" in body


def test_empty_and_junk_input_give_friendly_messages(app):
    ask(app, "   ")
    ask(app, "asdkjh qwe zzz")
    ask(app, "What is the capital of France?")
    infos = [i.value for i in app.info]
    assert len([m for m in app.chat_message if m.name == "assistant"]) == 3
    assert any("question" in i.lower() for i in infos)
    assert any("english" in i.lower() for i in infos)
    assert any("does not cover" in i for i in infos)


def test_suggested_question_button_works(app):
    ask(app, MATRIX_Q)
    follow = [b for b in app.button if b.key and b.key.startswith("follow-")]
    assert 2 <= len(follow) <= 3
    label = follow[0].label
    follow[0].click().run()
    assert not app.exception
    users = [texts(m) for m in app.chat_message if m.name == "user"]
    assert users[-1] == label
    assert "Figure" in texts(last_assistant(app))


def test_sidebar_example_is_one_click(app):
    app.button(key="example-0").click().run()
    assert not app.exception
    assert [texts(m) for m in app.chat_message if m.name == "user"] == [V.example_questions()[0].question]
    assert ":blue-badge[Figure 3" in texts(last_assistant(app))


def test_export_markdown_contains_the_citations(app):
    ask(app, MATRIX_Q)
    ask(app, "How strong is R&D cooperation between Northern Europe and Central Western Europe?")
    answers = [t["answer"] for t in app.session_state["turns"]]
    md = export.to_markdown(answers)
    assert MATRIX_Q in md and "Figure 3 · p. 12" in md and "Figure 13 · p. 40" in md
    labels = {b.label: b for b in app.download_button}
    assert "Conversation as Markdown" in labels and "Conversation as JSON" in labels
    assert not labels["Conversation as Markdown"].proto.disabled


def test_feedback_lands_in_sqlite(app, data_dir):
    ask(app, MATRIX_Q)
    app.feedback(key="feedback-1").set_value(0).run()
    assert not app.exception
    with sqlite3.connect(data_dir / DB_NAME) as con:
        rows = con.execute("SELECT question, route, score, answer, conversation_id FROM feedback").fetchall()
    assert (MATRIX_Q, "tool", 0) in [r[:3] for r in rows]
    mine = [r for r in rows if r[4] == app.session_state["conversation_id"]]
    assert mine and "Medical Devices" in mine[-1][3]


def test_unavailable_feedback_is_a_message_and_chat_goes_on(monkeypatch, tmp_path):
    monkeypatch.setenv("CTA_DATA_DIR", str(tmp_path / "missing"))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    ask(at, MATRIX_Q)
    at.feedback(key="feedback-1").set_value(1).run()
    assert not at.exception
    assert any("Feedback cannot be saved" in w.value for w in at.warning)
    ask(at, "And upstream?")
    assert "Figure 4" in texts(last_assistant(at))


def test_assistant_error_is_a_sentence(app, monkeypatch):
    def broken(self, question, conversation_id=None):
        raise AssistantError("The index is being rebuilt; try again in a minute.")

    monkeypatch.setattr(Assistant, "ask", broken)
    ask(app, MATRIX_Q)
    assert any("being rebuilt" in w.value for w in app.warning)


def test_index_progress_reaches_the_session_bar(data_dir, monkeypatch):
    """Opening the index reports progress to this session's st.progress bar, then the chat continues."""
    reported = []
    real = Assistant.retriever

    def building(self):
        for done in range(4):
            V.relay_progress(done, 3, "Embedding the report")
            reported.append(V._sink.__dict__.get("fn") is not None)
        return real(self)

    monkeypatch.setenv("CTA_DATA_DIR", str(data_dir))
    monkeypatch.setattr(Assistant, "retriever", building)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert reported == [True] * 4, "the progress reached a bar in the session that opened the index"
    ask(at, MATRIX_Q)
    assert len(reported) == 4, "the index is opened once per session"


def test_figures_tab_lists_all_and_opens_matrices_and_images(app):
    assert any(len(df.value) == 36 for df in app.dataframe)
    pick = app.selectbox(key="figure-pick")
    pick.set_value("9").run()
    assert not app.exception
    assert any("not in the text version" in i.value for i in app.info)
    pick.set_value("7").run()
    assert app.selectbox(key="figure-7-industry").value == V.crossover_industries()[0]
    pick.set_value("13").run()
    assert not app.exception
    assert any(b.label.startswith("Download CSV") for b in app.download_button)


def test_data_notes_tab_lists_every_note(app):
    shown = "\n".join(m.value for m in app.markdown)
    for note in V.data_notes():
        assert f"**{note.id} · {note.kind}**" in shown


def _industries() -> list[str]:
    from structured import load_tables

    return [r.name for r in load_tables().industries]


def test_twenty_sessions_keep_their_own_history(data_dir, monkeypatch):
    """20 sessions, each in its own thread, ask different questions and a follow-up; none sees another's turns.

    AppTest swaps a process-wide Runtime during each run, so the runs themselves take turns (a lock); the
    sessions still interleave and share the one cached Assistant, as browser sessions do.
    """
    monkeypatch.setenv("CTA_DATA_DIR", str(data_dir))
    industries = _industries()
    questions = [f"Which mega trends influence {ind} {d}?" for d in ("downstream", "upstream") for ind in industries]
    assert len(questions) == 20
    results: dict[int, object] = {}
    turn = threading.Lock()
    both_asked = threading.Barrier(len(questions), timeout=TIMEOUT)

    def session(n: int) -> None:
        try:
            with turn:
                at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
                ask(at, questions[n])
            both_asked.wait()  # every session has asked its first question before any follow-up
            with turn:
                ask(at, "Which sub-trends?")
            results[n] = ([texts(m) for m in at.chat_message if m.name == "user"],
                          [t["answer"] for t in at.session_state["turns"]], at.session_state["conversation_id"])
        except Exception as e:  # noqa: BLE001 - reported per session below
            results[n] = e

    threads = [threading.Thread(target=session, args=(n,)) for n in range(len(questions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=TIMEOUT)
    assert len(results) == 20
    ids = set()
    for n, r in results.items():
        assert not isinstance(r, Exception), (n, r)
        users, answers, cid = r
        ids.add(cid)
        assert users == [questions[n], "Which sub-trends?"], n
        industry = industries[n % len(industries)]
        assert answers[0].args.get("industry") == industry
        assert answers[0].args.get("direction") == ("downstream" if n < len(industries) else "upstream")
        follow = answers[1]
        assert follow.route == "refuse" or follow.args.get("industry") == industry, (n, follow.answer)
    assert len(ids) == 20


def test_concurrent_asks_on_the_shared_assistant_do_not_leak(assistant):
    """The cached Assistant under 20 truly concurrent conversations: each follow-up resolves to its own turn."""
    industries = _industries()
    out: dict[int, tuple] = {}
    start = threading.Barrier(20, timeout=60)

    def conversation(n: int) -> None:
        cid = f"concurrent-{n}"
        start.wait()
        first = assistant.ask(f"Which mega trends influence {industries[n % 10]} downstream?", cid)
        second = assistant.ask("And upstream?", cid)
        out[n] = (first.args.get("industry"), second.args.get("industry"), second.args.get("direction"))

    threads = [threading.Thread(target=conversation, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert out == {n: (industries[n % 10], industries[n % 10], "upstream") for n in range(20)}
