"""Opening the search index in the background when the app starts, with progress any session can show.

The first narrative question should not wait for the embedding model and the index: the app starts a
:class:`Warmup` once (next to the cached Assistant) that opens ``Assistant.retriever()`` on its own thread.
On a fresh checkout that builds the index; its progress lands here, and each session shows it as a bar until
it is done. A failure is kept as a sentence (narrative questions then say why they are unavailable).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from assistant.errors import AssistantError

WARM_QUERY = "clusters"  # any words: one search loads the embedding model and the keyword index


def open_and_warm(assistant) -> None:
    """Open the assistant's index and run one search, so the first narrative question finds all loaded."""
    assistant.retriever().search(WARM_QUERY, k=1)


@dataclass(frozen=True)
class Status:
    done: bool
    fraction: float
    message: str
    error: str | None = None
    seconds: float | None = None  # how long opening took, once done


def fraction(done: int, total: int) -> float:
    return 0.0 if total <= 0 else max(0.0, min(1.0, done / total))


class Warmup:
    """Opens the index once on a background thread and records its progress (thread-safe, read-only to sessions).

    Args:
        open_index: what to run, e.g. ``assistant.retriever``; it may report through :meth:`report`.
    """

    def __init__(self, open_index: Callable[[], object]):
        self._open = open_index
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._fraction = 0.0
        self._message = "Opening the report's search index…"
        self._error: str | None = None
        self._seconds: float | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Warmup:
        """Start opening the index (once; later calls do nothing)."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="index-warmup", daemon=True)
                self._thread.start()
        return self

    def _run(self) -> None:
        from retrieval import RetrievalError  # imports chromadb: on this thread, not while the page draws

        started = time.monotonic()
        try:
            self._open()
        except (AssistantError, RetrievalError) as e:  # IndexUnavailable: said as a sentence by every session
            with self._lock:
                self._error = str(e)
        finally:
            with self._lock:
                self._seconds = time.monotonic() - started
                self._fraction = 1.0
            self._finished.set()

    def report(self, done: int, total: int, message: str) -> None:
        """The progress callable handed to the Assistant: index building reports here."""
        with self._lock:
            self._fraction = fraction(done, total)
            if message:
                self._message = message

    def status(self) -> Status:
        with self._lock:
            return Status(self._finished.is_set(), self._fraction, self._message, self._error, self._seconds)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the index is open (or failed); False on timeout."""
        return self._finished.wait(timeout)


__all__ = ["Status", "Warmup", "fraction", "open_and_warm"]
