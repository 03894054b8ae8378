"""A compact in-memory posting pool for Whoosh's segment writer.

Whoosh's own pool keeps every posting as a Python tuple (about 200 bytes) and, past its
memory limit, pickles them to run files and merges those back with a heap: several
microseconds per posting, most of the cost of indexing. This pool groups postings by term
as they arrive, in typed arrays (about 16 bytes a posting), and hands them to the codec in
term order at the end, with nothing written to temporary files. The writer that uses it
bounds its size by starting a new segment (see `bulk.py`).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Any

Posting = tuple[str, bytes, int, float, bytes | None]


class _Postings:
    __slots__ = ("docs", "sorted", "values", "weights")

    def __init__(self) -> None:
        self.docs = array("I")
        self.weights = array("f")
        self.values: list[bytes | None] = []
        self.sorted = True


class CompactPostingPool:
    """Drop-in for `whoosh.writing.PostingPool` (add / iter_postings / cleanup / fieldnames)."""

    def __init__(self) -> None:
        self.fieldnames: set[str] = set()
        self._terms: dict[tuple[str, bytes], _Postings] = {}
        self._values: dict[bytes, bytes] = {}  # one shared object per distinct value string
        self.count = 0

    def add(self, item: Posting) -> None:
        """Add a posting to the pool."""
        fieldname, tbytes, docnum, weight, vbytes = item
        key = (fieldname, tbytes)
        postings = self._terms.get(key)
        if postings is None:
            postings = self._terms[key] = _Postings()
            self.fieldnames.add(fieldname)
        elif postings.sorted and docnum < postings.docs[-1]:
            postings.sorted = False
        postings.docs.append(docnum)
        postings.weights.append(weight)
        if vbytes is not None:
            vbytes = self._values.setdefault(vbytes, vbytes)
        postings.values.append(vbytes)
        self.count += 1

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting, ordered by field, term and document, as the codec wants them."""
        for key in sorted(self._terms):
            fieldname, tbytes = key
            postings = self._terms[key]
            rows: Any = zip(postings.docs, postings.weights, postings.values, strict=True)
            if not postings.sorted:
                rows = sorted(rows, key=lambda row: row[0])
            for docnum, weight, vbytes in rows:
                yield fieldname, tbytes, docnum, weight, vbytes

    def items(self) -> Iterator[Posting]:
        """Every posting, sorted, as Whoosh's writer reads them."""
        return self.iter_postings()

    def cleanup(self) -> None:
        """Let go of the postings."""
        self._terms.clear()
        self._values.clear()
        self.count = 0
