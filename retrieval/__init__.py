"""Retrieval over the report: structure-aware chunks, embeddings in Chroma, hybrid search, quotes.

Importing this package is cheap: its names load on first use (so ``python -m retrieval.build`` runs the build
module once, not after the package has imported it), and the embedding model loads on the first query.
"""

from importlib import import_module

_WHERE = {
    "REBUILD_COMMAND": "retrieval.errors", "IndexCorruptError": "retrieval.errors",
    "IndexMismatchError": "retrieval.errors", "IndexMissingError": "retrieval.errors",
    "IndexReadOnlyError": "retrieval.errors", "IndexUnavailableError": "retrieval.errors",
    "RetrievalError": "retrieval.errors",
    "Passage": "retrieval.records", "Quote": "retrieval.records", "RetrievalResult": "retrieval.records",
    "IN_SCOPE_THRESHOLD": "retrieval.search", "Retriever": "retrieval.search",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'retrieval' has no attribute {name!r}")
