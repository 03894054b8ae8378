"""One Whoosh searcher kept open between searches, with field lengths held in memory.

Opening a searcher opens every segment's files, and BM25 reads each matching document's
field length from a column file, one small read per posting: at 20,000 articles those reads
were a third of a query's time. The searcher is refreshed when the index has changed (Whoosh
reuses the readers of unchanged segments), and each segment's length columns, a byte per
document, are read once into memory. Whoosh searchers are not safe to share between
threads, so searches take turns (each takes milliseconds).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import ReaderClosed

from reader.search.columns import byte_values
from reader.search.scoring import TableBM25F


class KeptSearcher:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._searcher: Any = None

    @contextmanager
    def use(self, ix: Any) -> Iterator[Any]:
        with self._lock:
            searcher = self._searcher
            if (
                searcher is None
                or searcher._ix is not ix
                or searcher.reader().generation() != ix.latest_generation()
            ):
                # Not `refresh()`: it reuses the readers of unchanged segments, deletions
                # and all, so a replaced document would still match.
                self._searcher = None
                if searcher is not None:
                    _close(searcher)
                searcher = self._searcher = ix.searcher(weighting=TableBM25F())
                _load_lengths(searcher)
            yield searcher

    def discard(self) -> None:
        with self._lock:
            searcher, self._searcher = self._searcher, None
            if searcher is not None:
                _close(searcher)


def _close(searcher: Any) -> None:
    """Close a searcher that may be half closed already: its index folder deleted under it,
    or a close that failed part-way. Either way nothing is left to release."""
    with contextlib.suppress(ReaderClosed, OSError):
        searcher.close()


def _load_lengths(searcher: Any) -> None:
    """Swap each segment's length-column readers for bytes in memory (same indexing)."""
    for sub, _ in searcher.leaf_searchers():
        perdoc = getattr(sub.reader(), "_perdoc", None)
        if perdoc is None or not hasattr(perdoc, "_readers"):
            continue
        for name, field in searcher.schema.items():
            if not field.scorable:
                continue
            key = _lenfield(name)
            column = perdoc._cached_reader(key, LENGTHS_COLUMN)
            if column is not None:
                perdoc._readers[key] = byte_values(column)
