"""Thumbs feedback on answers, stored in SQLite in the data directory ($CTA_DATA_DIR, default .data/).

Every write is one short transaction on its own connection, so concurrent sessions (threads or processes)
queue on SQLite's lock instead of losing rows. A directory that is missing, not a directory or not writable,
a damaged database, a full disk or a held lock raise FeedbackUnavailable, whose message names the fix for that
cause; the UI shows it as a sentence while the chat keeps working. CSV exports are safe to open in a
spreadsheet: text that would run as a formula is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from assistant.errors import FeedbackUnavailable

DEFAULT_DATA_DIR = Path(__file__).parents[1] / ".data"
DB_NAME = "feedback.sqlite3"
COLUMNS = ("id", "timestamp", "score", "rating", "route", "question", "answer", "conversation_id", "turn")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp TEXT NOT NULL,
    score INTEGER NOT NULL,
    rating TEXT NOT NULL,
    route TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    conversation_id TEXT,
    turn INTEGER
)"""
_RATINGS = {0: "thumbs down", 1: "thumbs up"}


def data_dir() -> tuple[Path, bool]:
    """The data directory and whether it was configured ($CTA_DATA_DIR) rather than the default."""
    env = os.environ.get("CTA_DATA_DIR")
    return (Path(env), True) if env else (DEFAULT_DATA_DIR, False)


@dataclass(frozen=True)
class FeedbackStore:
    """The feedback table in ``directory/feedback.sqlite3``."""

    directory: Path

    @classmethod
    def open(cls, directory: str | Path | None = None) -> FeedbackStore:
        """Open (creating the table if needed) the store in ``directory``, else the configured data directory.

        The default directory is created when missing; a configured one must exist already.
        Raises FeedbackUnavailable when the directory is missing, is not a directory or is not writable.
        """
        configured = directory is not None
        if directory is None:
            directory, configured = data_dir()
        path = Path(directory)
        if not configured and not path.exists():
            try:
                path.mkdir(parents=True)
            except OSError as e:
                raise FeedbackUnavailable(f"Feedback cannot be saved: the data directory {path} cannot be "
                                          f"created ({e.strerror or e}).") from e
        if not path.exists():
            raise FeedbackUnavailable(f"Feedback cannot be saved: the data directory {path} does not exist. "
                                      "Create it, or point CTA_DATA_DIR at a writable directory.")
        if not path.is_dir():
            raise FeedbackUnavailable(f"Feedback cannot be saved: {path} is not a directory. "
                                      "Point CTA_DATA_DIR at a writable directory.")
        store = cls(path)
        with store._connect() as con:
            con.execute(_SCHEMA)
        return store

    @property
    def path(self) -> Path:
        return self.directory / DB_NAME

    def _connect(self) -> _Connection:
        return _Connection(self.path)

    def record(self, *, question: str, answer: str, route: str, score: int,
               conversation_id: str | None = None, turn: int | None = None) -> int:
        """Store one rating (0 = thumbs down, 1 = thumbs up) in its own transaction; returns the row id."""
        if score not in _RATINGS:
            raise ValueError(f"score must be 0 (thumbs down) or 1 (thumbs up), not {score!r}")
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connect() as con:
            cur = con.execute(
                "INSERT INTO feedback (timestamp, score, rating, route, question, answer, conversation_id, turn)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (stamp, score, _RATINGS[score], route, question, answer, conversation_id, turn))
            return int(cur.lastrowid)

    def rows(self) -> list[dict]:
        """Every stored rating, oldest first."""
        with self._connect() as con:
            cur = con.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id")
            return [dict(zip(COLUMNS, r, strict=True)) for r in cur.fetchall()]


class _Connection:
    """A connection used as one transaction: BEGIN IMMEDIATE, commit on success, roll back on error.

    SQLite errors on opening or writing (read-only file or directory, disk full) become FeedbackUnavailable.
    """

    def __init__(self, path: Path):
        self.path = path
        self.con: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            self._close()
            raise _unavailable(self.path, e) from e
        return self.con

    def __exit__(self, exc_type, exc, tb) -> bool:
        con = self.con
        try:
            if exc_type is None:
                con.execute("COMMIT")
            else:
                con.execute("ROLLBACK")
        except sqlite3.Error as e:
            self._close()
            raise _unavailable(self.path, e) from e
        self._close()
        if isinstance(exc, sqlite3.Error):
            raise _unavailable(self.path, exc) from exc
        return False

    def _close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


def _unavailable(path: Path, e: sqlite3.Error) -> FeedbackUnavailable:
    """The sentence for a SQLite failure, naming the fix for its cause."""
    msg = str(e)
    if isinstance(e, sqlite3.DatabaseError) and re.search(r"not a database|malformed|corrupt|encrypted", msg):
        return FeedbackUnavailable(f"The feedback database {path} is damaged ({msg}). Move it aside (rename it, "
                                   f"for example to {path.name}.damaged): a new one starts with the next rating, "
                                   "and the old file keeps whatever can still be read from it.")
    if re.search(r"locked|busy", msg):
        return FeedbackUnavailable(f"The feedback database {path} is busy ({msg}): another program holds it. "
                                   "Try again in a moment.")
    if re.search(r"full", msg):
        return FeedbackUnavailable(f"Feedback cannot be saved to {path}: the disk is full ({msg}). Free some "
                                   "space, or point CTA_DATA_DIR at a directory on another disk.")
    return FeedbackUnavailable(f"Feedback cannot be saved to {path} ({msg}). Make {path.parent} writable, or "
                               "point CTA_DATA_DIR at a writable directory.")


def record(*, question: str, answer: str, route: str, score: int, conversation_id: str | None = None,
           turn: int | None = None) -> int:
    """Store one rating in the configured data directory (see FeedbackStore.record)."""
    return FeedbackStore.open().record(question=question, answer=answer, route=route, score=score,
                                       conversation_id=conversation_id, turn=turn)


def export_csv(out: str | Path | IO[str]) -> int:
    """Write every stored rating as CSV (header + one row each) to a path or text stream; returns the row count."""
    rows = FeedbackStore.open().rows()
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return _write_csv(fh, rows)
    return _write_csv(out, rows)


def _write_csv(fh: IO[str], rows: list[dict]) -> int:
    w = csv.DictWriter(fh, fieldnames=COLUMNS)
    w.writeheader()
    w.writerows({k: spreadsheet_safe(v) for k, v in r.items()} for r in rows)
    return len(rows)


# a cell starting with one of these is a formula in Excel, LibreOffice and Google Sheets
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula, prefixed with an apostrophe so it shows as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


__all__ = ["COLUMNS", "FeedbackStore", "data_dir", "export_csv", "record", "spreadsheet_safe"]
