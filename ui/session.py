"""One browser session's conversation, kept in its own session state (``st.session_state``, or any dict).

The shared, cached Assistant holds no per-user state: each session keeps its turns and its dialogue
:class:`~assistant.state.State` here and passes the State to ``Assistant.ask``. "New conversation" replaces
both, so a follow-up never reaches back into a conversation the user closed.
"""

from __future__ import annotations

import uuid
from collections.abc import MutableMapping
from typing import Any

from assistant import Answer, Assistant, AssistantError
from assistant.state import State

MAX_QUESTION_CHARS = 4000  # the chat box stops here; the assistant itself answers "too long" above 2,000

Session = MutableMapping[str, Any]


def start(ss: Session) -> None:
    """Give a new session its empty conversation (a no-op for a session that has one)."""
    ss.setdefault("turns", [])
    ss.setdefault("next_turn", 1)
    ss.setdefault("dialogue", State())
    ss.setdefault("conversation_id", uuid.uuid4().hex)


def new_conversation(ss: Session) -> None:
    """Forget this session's turns and dialogue state; turn numbers keep counting, so no widget is reused."""
    ss["turns"] = []
    ss["dialogue"] = State()
    ss["conversation_id"] = uuid.uuid4().hex
    ss.pop("queued", None)


def queue(ss: Session, question: str) -> None:
    """Ask ``question`` on the next run (button callbacks)."""
    ss["queued"] = question


def take_question(ss: Session, typed: str | None) -> str | None:
    """The question to answer on this run: what was typed, else what a button queued."""
    queued = ss.pop("queued", None)
    return typed if typed is not None else queued


def ask(assistant: Assistant, ss: Session, question: str) -> dict:
    """Answer ``question`` in this session's conversation and append the turn ({"id", "answer"})."""
    try:
        ans = assistant.ask(question, state=ss["dialogue"])
    except AssistantError as e:
        ans = Answer(route="refuse", answer=str(e), reason="error", error=str(e), question=question)
    turn = {"id": ss["next_turn"], "answer": ans}
    ss["next_turn"] += 1
    ss["turns"].append(turn)
    return turn


def find_turn(ss: Session, turn_id: int) -> dict | None:
    return next((t for t in ss["turns"] if t["id"] == turn_id), None)


__all__ = ["MAX_QUESTION_CHARS", "Session", "ask", "find_turn", "new_conversation", "queue", "start",
           "take_question"]
