"""The Streamlit app through AppTest: streamlit_app.py run headless, as a session sees it.

Every case ends with ``assert not at.exception``: the UI catches only AssistantError, so anything else raised
while drawing fails here. The helpers behind the page are tested on their own in tests/test_ui.py.
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
from assistant.answer import Alternative
from assistant.feedback import DB_NAME
from ui.notes import data_notes
from ui.questions import example_questions
from ui.session import MAX_QUESTION_CHARS

# the app opens the session index: build it before any AppTest/browser time limit starts counting
pytestmark = pytest.mark.usefixtures("index_dir")

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


def assistant_messages(at: AppTest):
    return [m for m in at.chat_message if m.name == "assistant"]


def last_assistant(at: AppTest):
    return assistant_messages(at)[-1]


def asked(at: AppTest) -> list[str]:
    return [m.text[0].value for m in at.chat_message if m.name == "user"]


def texts(block) -> str:
    return "\n".join(e.value for e in block.markdown)


def htmls(block) -> str:
    return "\n".join(e.proto.body for e in block.get("html"))


def captions(block) -> list[str]:
    return [c.value for c in block.caption]


def answering_with(monkeypatch, make) -> None:
    """Assistant.ask returns ``make(question)``: an Answer built in the test (reading, sure, alternatives)."""
    def fake(self, question, conversation_id=None, state=None):
        ans = make(question)
        ans.question = question
        return ans

    monkeypatch.setattr(Assistant, "ask", fake)


# --- answers -----------------------------------------------------------------------------------------------

def test_matrix_question_shows_items_one_chip_table_and_csv(app):
    ask(app, MATRIX_Q)
    msg = last_assistant(app)
    body = texts(msg)
    for trend in ("Cross-linkage of subjects & objects", "Big data", "Personalisation of products & services"):
        assert trend in body
    assert "Source:" not in body, "the chips say where it comes from"
    [chips] = msg.get("button_group")
    assert [o.content for o in chips.proto.options] == ["Figure 3 · p. 12"]
    table = htmls(msg)
    assert 'data-figure="3"' in table and "cta-hit" in table
    assert any(b.label.startswith("Download CSV") for b in app.download_button)
    assert not [e for e in msg.expander if e.label.startswith("Data notes")], "no note touches these cells"


def test_narrative_section_chip_opens_the_passage(app):
    ask(app, NARRATIVE_Q)
    msg = last_assistant(app)
    [chips] = msg.get("button_group")
    labels = [o.content for o in chips.proto.options]
    assert labels and all(re.match(r"(§\d|Appendix)", x) for x in labels)
    assert "<mark>" not in htmls(msg), "no passage open until a chip is picked"
    app.pills(key="chips-1").set_value(labels[0]).run()
    assert not app.exception
    shown = htmls(last_assistant(app))
    quotes = [html.unescape(q) for q in re.findall(r"<mark>(.*?)</mark>", shown, re.S)]
    assert quotes, "the picked section's passage is shown with its quote marked"
    report = corpus.report_text()
    for q in quotes:
        assert q.replace("<br>", "\n") in report
    assert "Sources" in captions(last_assistant(app))


def test_follow_up_uses_the_previous_turn_and_a_new_subject_does_not(app):
    ask(app, MATRIX_Q)
    ask(app, "And upstream?")
    labels = [o.content for o in last_assistant(app).get("button_group")[0].proto.options]
    assert "Medical Devices" in texts(last_assistant(app)) and labels[0].startswith("Figure 4")
    ask(app, "How strong is R&D cooperation between Northern Europe and Central Western Europe?")
    labels = [o.content for o in last_assistant(app).get("button_group")[0].proto.options]
    assert labels[0].startswith("Figure 13") and "Medical Devices" not in texts(last_assistant(app))


def test_empty_and_junk_input_give_friendly_messages(app):
    ask(app, "   ")
    ask(app, "asdkjh qwe zzz")
    ask(app, "What is the capital of France?")
    infos = [i.value for i in app.info]
    assert len(assistant_messages(app)) == 3
    assert any("question" in i.lower() for i in infos)
    assert any("english" in i.lower() for i in infos)
    assert any("does not cover" in i for i in infos)


def test_questions_are_plain_text_and_the_input_is_bounded(app):
    q = "Which mega trends ![x](http://127.0.0.1:9/x.png) <img src=x> *influence* Medical Devices?"
    assert app.chat_input[0].proto.max_chars == MAX_QUESTION_CHARS
    ask(app, q)
    user = [m for m in app.chat_message if m.name == "user"][-1]
    assert [t.value for t in user.text] == [q] and not user.markdown, "shown as typed, never as Markdown"


# --- reading, alternatives, follow-ups -------------------------------------------------------------------------

def test_reading_line_above_the_answer_and_what_it_inherited(app, monkeypatch):
    answering_with(monkeypatch, lambda q: Answer(
        route="tool", answer="**Mega trends marked for Medical Devices**\n\n- Big data",
        reading="Mega trends that Medical Devices shapes — upstream, Figure 4", inherited="Medical Devices",
        citations=[Citation(figure="4", page=12)]))
    ask(app, "And upstream?")
    first = captions(last_assistant(app))[0]
    assert first == ("Read as: Mega trends that Medical Devices shapes — upstream, Figure 4 — Medical Devices, "
                     "from your previous question")
    assert not [b for b in app.button if b.key and b.key.startswith("alt-")], "sure: no alternatives"


def test_no_reading_no_line(app, monkeypatch):
    answering_with(monkeypatch, lambda q: Answer(route="tool", answer="**T**", citations=[Citation(figure="3")]))
    ask(app, MATRIX_Q)
    assert not [c for c in captions(last_assistant(app)) if c.startswith("Read as")]


def test_alternative_readings_are_buttons_that_ask_their_question(app, monkeypatch):
    alts = [Alternative("Industries that shape Big data — upstream, Figure 4", "Which industries shape Big data?"),
            Alternative("Industries that Big data shapes — downstream, Figure 3", "Which industries does Big data "
                                                                                   "shape?")]
    answering_with(monkeypatch, lambda q: Answer(route="tool", answer="**T**", reading="Industries and Big data",
                                                 sure=False, alternatives=alts if "shape" not in q else []))
    ask(app, "How are industries and Big data related?")
    buttons = [b for b in app.button if b.key and b.key.startswith("alt-1-")]
    assert [b.label for b in buttons] == [a.reading for a in alts]
    assert any("not sure" in c for c in captions(last_assistant(app)))
    buttons[1].click().run()
    assert not app.exception
    assert asked(app)[-1] == alts[1].question


def test_suggested_follow_up_button_asks_it(app):
    ask(app, MATRIX_Q)
    ans = app.session_state["turns"][-1]["answer"]
    follow = [b for b in app.button if b.key and b.key.startswith("follow-")]
    assert [b.label for b in follow] == [s for s in ans.suggestions if s.endswith("?")][:3]
    follow[0].click().run()
    assert not app.exception
    assert asked(app)[-1] == follow[0].label
    assert len([b for b in app.button if b.key and b.key.startswith("follow-")]) <= 3, "only under the last answer"


def test_sidebar_examples_are_stand_alone_and_one_click(app):
    examples = example_questions()
    labels = [b.label for b in app.sidebar.button if b.key and b.key.startswith("example-")]
    assert labels == [e.question for e in examples]
    app.button(key="example-1").click().run()
    assert not app.exception
    assert asked(app) == [examples[1].question]
    assert last_assistant(app).get("button_group"), "answered with a source"


# --- state ---------------------------------------------------------------------------------------------------

def test_new_conversation_resets_the_session_state(app):
    ask(app, MATRIX_Q)
    old_id = app.session_state["conversation_id"]
    assert app.session_state["dialogue"].last_plan is not None
    app.button(key="new-conversation").click().run()
    assert not app.exception
    assert app.session_state["turns"] == [] and not app.chat_message
    assert app.session_state["dialogue"].last_plan is None and app.session_state["dialogue"].turns == 0
    assert app.session_state["conversation_id"] != old_id
    ask(app, "And upstream?")
    follow = app.session_state["turns"][-1]["answer"]
    assert follow.args.get("industry") != "Medical Devices", "nothing carried over from the closed conversation"


def test_twenty_sessions_keep_their_own_history(data_dir, monkeypatch):
    """20 sessions, each in its own thread, ask different questions and a follow-up; none sees another's turns.

    AppTest swaps a process-wide Runtime during each run, so the runs themselves take turns (a lock); the
    sessions still interleave and share the one cached Assistant, as browser sessions do.
    """
    from structured import load_tables

    monkeypatch.setenv("CTA_DATA_DIR", str(data_dir))
    industries = [r.name for r in load_tables().industries]
    questions = [f"Which mega trends influence {ind} {d}?" for d in ("downstream", "upstream") for ind in industries]
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
            results[n] = (asked(at), [t["answer"] for t in at.session_state["turns"]])
        except Exception as e:  # noqa: BLE001 - reported per session below
            results[n] = e

    threads = [threading.Thread(target=session, args=(n,)) for n in range(len(questions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=TIMEOUT)
    assert len(results) == len(questions)
    for n, r in results.items():
        assert not isinstance(r, Exception), (n, r)
        users, answers = r
        industry = industries[n % len(industries)]
        assert users == [questions[n], "Which sub-trends?"], n
        assert answers[0].args.get("industry") == industry
        follow = answers[1]
        assert follow.route == "refuse" or follow.args.get("industry") == industry, (n, follow.answer)


# --- exports, feedback, errors, tabs ---------------------------------------------------------------------------

def test_exports_carry_the_conversation(app):
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
    assert "Figure 4" in last_assistant(at).get("button_group")[0].proto.options[0].content


def test_assistant_error_is_a_sentence(app, monkeypatch):
    def broken(self, question, conversation_id=None, state=None):
        raise AssistantError("The index is being rebuilt; try again in a minute.")

    monkeypatch.setattr(Assistant, "ask", broken)
    ask(app, MATRIX_Q)
    assert any("being rebuilt" in w.value for w in app.warning)


def test_figures_tab_lists_all_and_opens_matrices_and_images(app):
    assert any(len(df.value) == 36 for df in app.dataframe)
    pick = app.selectbox(key="figure-pick")
    pick.set_value("9").run()
    assert not app.exception
    assert any("not in the text version" in i.value for i in app.info)
    pick.set_value("7").run()
    assert app.selectbox(key="figure-7-industry").value
    pick.set_value("13").run()
    assert not app.exception
    assert 'data-figure="13"' in "\n".join(h.proto.body for h in app.get("html"))
    assert any(b.label.startswith("Download CSV") for b in app.download_button)


def test_data_notes_tab_lists_every_note(app):
    shown = "\n".join(m.value for m in app.markdown)
    for note in data_notes():
        assert f"**{note.id} · {note.kind}**" in shown


def test_index_warms_up_in_the_background_at_start(app):
    from ui.app import shared

    assistant, warmup = shared()
    assert warmup.wait(TIMEOUT), "the index opens without any question asked"
    assert warmup.status().error is None and assistant._retriever is not None
    app.run()
    assert not app.exception and not app.get("progress"), "no progress bar once the index is open"


def test_a_progress_bar_shows_while_the_index_opens_and_matrix_answers_do_not_wait(data_dir, monkeypatch):
    from ui.app import shared

    gate = threading.Event()
    real = Assistant.retriever

    def slow(self):
        self._progress(1, 4, "Embedding the report")
        gate.wait(TIMEOUT)
        return real(self)

    monkeypatch.setenv("CTA_DATA_DIR", str(data_dir))
    monkeypatch.setattr(Assistant, "retriever", slow)
    shared.clear()
    try:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
        for _ in range(50):
            bars = at.get("progress")
            if bars and "Embedding" in bars[0].proto.text:
                break
            at.run()
        assert not at.exception
        assert bars and bars[0].proto.text == "Embedding the report" and bars[0].proto.value == 25
        ask(at, MATRIX_Q)
        assert last_assistant(at).get("button_group"), "a matrix answer does not wait for the index"
    finally:
        gate.set()
        shared.clear()
