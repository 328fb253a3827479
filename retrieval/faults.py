"""Faults of the Chroma store as sentences that name the fix: a server that is down (retried with backoff),
a damaged index (rebuilt from scratch by ``python -m retrieval.build``), a read-only one (read from a copy).

``store`` opens clients through this module; ``build`` turns any store failure into one of these errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from retrieval.errors import (
    REBUILD_COMMAND,
    IndexCorruptError,
    IndexReadOnlyError,
    IndexUnavailableError,
    RetrievalError,
)

# a server is tried this many times, waiting CONNECT_WAIT, then twice as long each time (0.25 + 0.5 + 1 s)
CONNECT_TRIES = 4
CONNECT_WAIT = 0.25
_CORRUPT = re.compile(r"malformed|not a database|file is encrypted|corrupt|database disk image", re.I)
_READ_ONLY = re.compile(r"read-?only|\(code: 8\)|errno 30\b", re.I)
_CONNECT = re.compile(r"connect|connection|refused|timed out|unreachable|reset by peer|server disconnected", re.I)
_FAULT_MODULES = ("chromadb", "httpx", "httpcore", "sqlite3", "urllib3", "requests")


def _settings():
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


def http_client(host: str, port: int):
    import chromadb
    from tenacity import Retrying, stop_after_attempt, wait_exponential

    retry = Retrying(stop=stop_after_attempt(CONNECT_TRIES), reraise=True,
                     wait=wait_exponential(multiplier=CONNECT_WAIT, max=4 * CONNECT_WAIT))
    try:
        for attempt in retry:
            with attempt:
                cl = chromadb.HttpClient(host=host, port=port, settings=_settings())
                cl._cta_where = f"the Chroma server at {host}:{port}"
                return cl
    except Exception as e:  # chromadb raises ValueError, httpx errors or its own for "cannot connect"
        raise IndexUnavailableError(
            f"Cannot reach the Chroma server at {host}:{port} ({_reason(e)}; tried {CONNECT_TRIES} times). "
            f"Start it with `chroma run --host {host} --port {port} --path <directory>`, or unset CHROMA_HOST to "
            "use the local index.") from e
    raise AssertionError("unreachable")  # pragma: no cover - Retrying either returns or re-raises


def persistent_client(d: Path, where: str | None = None):
    import chromadb

    where = where or f"the index at {d}"
    try:
        d.mkdir(parents=True, exist_ok=True)
        cl = chromadb.PersistentClient(path=str(d), settings=_settings())
    except Exception as e:
        _forget(d)  # chromadb caches a half-started client per path; the next try must start afresh
        raise fault(e, where) from e
    cl._cta_where = where
    return cl


def private_copy(d: Path) -> Path:
    """A writable copy of a read-only index (Chroma writes to its database even to read it), removed at exit."""
    import atexit
    import logging
    import shutil
    import tempfile

    copy = Path(tempfile.mkdtemp(prefix="cta-index-read-only-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    try:
        shutil.copytree(d, copy, dirs_exist_ok=True)
    except OSError as e:
        raise IndexReadOnlyError(f"The index at {d} is read-only and cannot be copied ({e.strerror or e}). Make "
                                 "it writable, or set CTA_INDEX_DIR to a writable directory and run "
                                 f"`{REBUILD_COMMAND}` there.") from e
    logging.getLogger(__name__).warning("The index at %s is read-only; reading a copy in %s.", d, copy)
    return copy


def _forget(d: Path) -> None:
    """Drop chromadb's cached client for a directory (after a failed start, or before its files are replaced)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    system = SharedSystemClient._identifier_to_system.pop(str(d), None)
    SharedSystemClient._identifier_to_refcount.pop(str(d), None)
    if system is not None:
        try:
            system.stop()
        except Exception:  # noqa: BLE001 - a system that failed to start may fail to stop; it is dropped anyway
            pass


def _reason(e: BaseException) -> str:
    """The first line of an error's message, without Chroma's "error returned from database: (code: N)"."""
    msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return re.sub(r"^error returned from database:\s*(\(code: \d+\)\s*)?", "", msg)[:200]


def is_fault(e: BaseException) -> bool:
    """An error of the store (Chroma, its HTTP client, SQLite, the file system), not of this code."""
    return isinstance(e, OSError | ConnectionError) or type(e).__module__.split(".")[0] in _FAULT_MODULES


def fault(e: BaseException, where: str) -> IndexUnavailableError:
    """The sentence for a store failure at ``where`` ("the index at …", "the Chroma server at …")."""
    if isinstance(e, IndexUnavailableError):
        return e
    reason, full = _reason(e), f"{e} {getattr(e, 'strerror', '') or ''}"
    where_ = where[:1].upper() + where[1:]
    if _CORRUPT.search(full):
        return IndexCorruptError(f"{where_} is damaged ({reason}). Rebuild it with `{REBUILD_COMMAND}`: it "
                                 "notices the damage and builds the index again from scratch.")
    if _READ_ONLY.search(full) or getattr(e, "errno", None) == 30:
        return IndexReadOnlyError(f"{where_} is read-only ({reason}). Make it writable, or set CTA_INDEX_DIR to "
                                  f"a writable directory and run `{REBUILD_COMMAND}` there.")
    if where.startswith("the Chroma server") or _CONNECT.search(full):
        return IndexUnavailableError(f"Lost the connection to {where} ({reason}). Check that the Chroma server "
                                     f"is running, then try again (`{REBUILD_COMMAND}` finishes a build it cut "
                                     "short), or unset CHROMA_HOST to use the local index.")
    return IndexUnavailableError(f"{where_} cannot be read ({type(e).__name__}: {reason}). Rebuild it with "
                                 f"`{REBUILD_COMMAND} --force`.")


def reraise(e: Exception, where: str) -> NoReturn:
    """Raise the sentence for a store fault, or ``e`` itself when it is not one (a bug must fail loudly)."""
    if is_fault(e):
        raise fault(e, where) from e
    raise e


@contextmanager
def sentences(where: str) -> Iterator[None]:
    """Store faults inside the block come out as RetrievalError sentences (see ``fault``)."""
    try:
        yield
    except RetrievalError:
        raise
    except Exception as e:
        reraise(e, where)


def discard(d: Path) -> None:
    """Delete Chroma's files (its database and segment directories, nothing else) from a local index directory."""
    import shutil

    _forget(d)
    for f in d.glob("chroma.sqlite3*"):
        f.unlink()
    for sub in d.iterdir() if d.is_dir() else ():
        if sub.is_dir() and re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", sub.name):
            shutil.rmtree(sub)


def where_of(cl) -> str:
    return getattr(cl, "_cta_where", None) or "the index"




__all__ = ["discard", "fault", "http_client", "is_fault", "persistent_client", "private_copy", "reraise", "sentences",
           "where_of"]
