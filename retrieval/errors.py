"""The errors retrieval raises. Callers catch ``RetrievalError`` and show its message as a sentence."""

from __future__ import annotations

REBUILD_COMMAND = "python -m retrieval.build"


class RetrievalError(Exception):
    """Base of every error the retrieval package raises on purpose."""


class IndexMismatchError(RetrievalError):
    """The index on disk was built from another model, chunker version or report text."""


class IndexMissingError(RetrievalError):
    """There is no index where one was asked for, and building it was not allowed."""


class IndexUnavailableError(RetrievalError):
    """The Chroma store (a directory or a `chroma run` server) cannot be reached."""


class IndexCorruptError(IndexUnavailableError):
    """The index's files are damaged (a truncated or garbled chroma.sqlite3); a rebuild starts from scratch."""


class IndexReadOnlyError(IndexUnavailableError):
    """The index lies on a read-only file system or directory and must be written."""
