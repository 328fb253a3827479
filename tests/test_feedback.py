"""Feedback in SQLite (transactional, concurrent, clear failures) and the conversation exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading

import pytest

from assistant import Answer, Citation, export, feedback
from assistant.errors import AssistantError, FeedbackUnavailable
from assistant.feedback import FeedbackStore


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("CTA_DATA_DIR", str(d))
    return d


def test_record_stores_question_answer_route_and_timestamp(data_dir):
    row_id = feedback.record(question="Which trends?", answer="**Big data**", route="tool", score=1,
                             conversation_id="c1", turn=3)
    rows = FeedbackStore.open().rows()
    assert [r["id"] for r in rows] == [row_id]
    r = rows[0]
    assert (r["question"], r["answer"], r["route"], r["score"], r["rating"]) == \
        ("Which trends?", "**Big data**", "tool", 1, "thumbs up")
    assert (r["conversation_id"], r["turn"]) == ("c1", 3)
    assert r["timestamp"].startswith("20") and "T" in r["timestamp"]
    assert (data_dir / feedback.DB_NAME).exists()


def test_score_must_be_thumbs(data_dir):
    with pytest.raises(ValueError):
        feedback.record(question="q", answer="a", route="tool", score=5)
    assert FeedbackStore.open().rows() == []


def test_concurrent_writers_lose_nothing(data_dir):
    """Many sessions rating at once: every row lands, each in its own transaction."""
    threads, per_thread, errors = 8, 25, []

    def writer(n: int) -> None:
        try:
            for i in range(per_thread):
                feedback.record(question=f"q{n}-{i}", answer="a", route="retrieval", score=i % 2,
                                conversation_id=f"session-{n}", turn=i)
        except Exception as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    ts = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert errors == []
    rows = FeedbackStore.open().rows()
    assert len(rows) == threads * per_thread
    assert {r["question"] for r in rows} == {f"q{n}-{i}" for n in range(threads) for i in range(per_thread)}
    assert len({r["id"] for r in rows}) == len(rows)


def test_failed_write_rolls_back(data_dir):
    store = FeedbackStore.open()
    with pytest.raises(RuntimeError), store._connect() as con:
        con.execute("INSERT INTO feedback (timestamp, score, rating, route, question, answer)"
                    " VALUES ('t', 1, 'thumbs up', 'tool', 'q', 'a')")
        raise RuntimeError("boom")
    assert store.rows() == []


def test_missing_configured_directory_is_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("CTA_DATA_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(FeedbackUnavailable, match="does not exist") as e:
        feedback.record(question="q", answer="a", route="tool", score=1)
    assert isinstance(e.value, AssistantError)
    assert "CTA_DATA_DIR" in str(e.value)


def test_data_dir_that_is_a_file_is_a_clear_message(tmp_path, monkeypatch):
    f = tmp_path / "file"
    f.write_text("x")
    monkeypatch.setenv("CTA_DATA_DIR", str(f))
    with pytest.raises(FeedbackUnavailable, match="not a directory"):
        feedback.record(question="q", answer="a", route="tool", score=0)


def test_read_only_database_is_a_clear_message(data_dir, monkeypatch):
    """A read-only file system (simulated: root ignores permission bits) raises FeedbackUnavailable."""
    FeedbackStore.open()

    def read_only(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(feedback.sqlite3, "connect", read_only)
    with pytest.raises(FeedbackUnavailable, match="readonly"):
        feedback.record(question="q", answer="a", route="tool", score=1)


def test_default_directory_is_created(tmp_path, monkeypatch):
    monkeypatch.delenv("CTA_DATA_DIR", raising=False)
    monkeypatch.setattr(feedback, "DEFAULT_DATA_DIR", tmp_path / "fresh" / ".data")
    feedback.record(question="q", answer="a", route="refuse", score=0)
    assert (tmp_path / "fresh" / ".data" / feedback.DB_NAME).exists()


def test_export_csv_to_stream_and_path(data_dir, tmp_path):
    feedback.record(question="Which, \"quoted\" trends?", answer="line 1\nline 2", route="tool", score=1)
    feedback.record(question="Why?", answer="Because.", route="retrieval", score=0)
    buf = io.StringIO()
    assert feedback.export_csv(buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["question"] for r in rows] == ['Which, "quoted" trends?', "Why?"]
    assert rows[0]["answer"] == "line 1\nline 2"
    assert list(rows[0]) == list(feedback.COLUMNS)
    out = tmp_path / "fb.csv"
    assert feedback.export_csv(out) == 2
    assert out.read_bytes().decode("utf-8") == buf.getvalue()


def test_export_csv_empty_store_writes_header(data_dir):
    buf = io.StringIO()
    assert feedback.export_csv(buf) == 0
    assert buf.getvalue().strip() == ",".join(feedback.COLUMNS)


# --- exports -------------------------------------------------------------------------------------------------

def _conversation() -> list[Answer]:
    tool = Answer(route="tool", answer="**Mega trends for X**\n\n- Big data", items=["Big data"],
                  citations=[Citation(figure="3", section="2.3", page=12, cells=(("Big data", "X"),))],
                  notes=["Figure 5 marks 13 areas."], tool="trends_for_industry", args={"industry": "X"},
                  question="Which mega trends influence X?")
    narrative = Answer(route="retrieval", answer="From the report: …",
                       citations=[Citation(section="4.2", page=31, page_estimated=True, quote="A quote.",
                                           title="Why")],
                       passages=[{"text": "A quote. More.", "section": "4.2", "page": 31,
                                  "quotes": [{"text": "A quote.", "start": 0, "end": 8}]}],
                       question="Why internationalise?")
    refusal = Answer(route="refuse", answer="Please ask in English.", reason="not_english", question="zzz")
    return [tool, narrative, refusal]


def test_markdown_export_has_questions_answers_and_citations():
    md = export.to_markdown(_conversation())
    assert md.startswith("# ")
    for text in ("## 1. Which mega trends influence X?", "- Big data", "Figure 3 · p. 12",
                 "§4.2 · p. 31 (est.) — Why", "> “A quote.”", "⚠ Figure 5 marks 13 areas.", "Big data × X",
                 "## 3. zzz", "Please ask in English."):
        assert text in md


def test_json_export_is_the_answer_records():
    data = json.loads(export.to_json(_conversation()))
    assert [d["route"] for d in data] == ["tool", "retrieval", "refuse"]
    assert data[0]["question"] == "Which mega trends influence X?"
    assert data[0]["citations"][0]["figure_key"] == "3" and data[0]["chips"] == ["Figure 3 · p. 12"]
    assert data[1]["passages"][0]["quotes"][0]["text"] == "A quote."
    assert data[2]["reason"] == "not_english"


def test_exports_of_an_empty_conversation():
    assert export.to_markdown([]).startswith("# ")
    assert json.loads(export.to_json([])) == []


def test_export_is_safe_to_open_in_a_spreadsheet(data_dir):
    for text in ("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "plain = fine"):
        feedback.record(question=text, answer=text, route="tool", score=1)
    buf = io.StringIO()
    feedback.export_csv(buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["question"] for r in rows] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx",
                                             "plain = fine"]
    assert all(r["answer"] == r["question"] for r in rows) and rows[0]["score"] == "1"
