"""Retrieval over the report: structure-aware chunks, embeddings in Chroma, hybrid search, quotes.

Importing this package is cheap: the embedding model loads on the first query.
"""

from retrieval.errors import (
    REBUILD_COMMAND,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    IndexReadOnlyError,
    IndexUnavailableError,
    RetrievalError,
)
from retrieval.records import Passage, Quote, RetrievalResult
from retrieval.search import IN_SCOPE_THRESHOLD, Retriever

__all__ = [
    "IN_SCOPE_THRESHOLD", "REBUILD_COMMAND", "IndexCorruptError", "IndexMismatchError", "IndexMissingError",
    "IndexReadOnlyError", "IndexUnavailableError",
    "Passage", "Quote", "RetrievalError", "RetrievalResult", "Retriever",
]
