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

from whoosh.reading import ReaderClosed
from whoosh.scoring import BM25F

from reader.search.whooshinternals import TableBM25F, internals_missing, load_lengths


class KeptSearcher:
    """One Whoosh searcher kept open between searches, renewed when the index changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._searcher: Any = None
        self._of: Any = None  # the index it searches

    @contextmanager
    def use(self, ix: Any) -> Iterator[Any]:
        """The kept searcher of `ix`, up to date, for the length of the `with`."""
        with self._lock:
            searcher = self._searcher
            if (
                searcher is None
                or self._of is not ix
                or searcher.reader().generation() != ix.latest_generation()
            ):
                # Not `refresh()`: it reuses the readers of unchanged segments, deletions
                # and all, so a replaced document would still match.
                self._searcher = None
                if searcher is not None:
                    _close(searcher)
                if internals_missing():
                    searcher = self._searcher = ix.searcher(weighting=BM25F())
                else:
                    searcher = self._searcher = ix.searcher(weighting=TableBM25F())
                    load_lengths(searcher)
                self._of = ix
            yield searcher

    def discard(self) -> None:
        """Close the kept searcher."""
        with self._lock:
            searcher, self._searcher = self._searcher, None
            if searcher is not None:
                _close(searcher)


def _close(searcher: Any) -> None:
    """Close a searcher that may be half closed already.

    Its index folder deleted under it, or a close that failed part-way. Either way nothing is
    left to release.
    """
    with contextlib.suppress(ReaderClosed, OSError):
        searcher.close()
