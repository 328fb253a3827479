"""The doubt signals raised while a question is answered, for measurement: each check that marks an answer unsure
(or makes a passage answer sure again) names itself here. Nothing is kept unless a caller opens ``recording()``
(bench/sureness.py does, per question); then every signal that fires is collected, even one that fires after the
answer is already unsure, so a signal's worth can be seen on its own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from assistant.answer import Answer

_TRACE: ContextVar[list[str] | None] = ContextVar("doubt_signals", default=None)


def raised(signal: str) -> None:
    """Record that ``signal`` fired (a no-op unless recording)."""
    trace = _TRACE.get()
    if trace is not None and signal not in trace:
        trace.append(signal)


def recording_on() -> bool:
    """A caller is recording: checks that stop at the first doubt go on, to record every one that fires."""
    return _TRACE.get() is not None


def unsure(ans: Answer, signal: str, note: str | None = None) -> None:
    """Mark ``ans`` unsure for ``signal``, adding ``note`` (in brackets) to its reading."""
    raised(signal)
    ans.sure = False
    if note:
        ans.reading = f"{ans.reading} ({note})"


def doubted(ans: Answer, signal: str, note: str) -> None:
    """``signal`` fired: an answer still sure is marked unsure with ``note``; one already unsure keeps its reading."""
    if ans.sure:
        unsure(ans, signal, note)
    else:
        raised(signal)


@contextmanager
def recording() -> Iterator[list[str]]:
    """Collect the signals raised inside the block, in the order they fired."""
    trace: list[str] = []
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)
