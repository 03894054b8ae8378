"""Every use of Whoosh's private names, in one place, checked once at start-up.

Reader leans on whoosh-reloaded's internals where its public API is slow: a compact posting
pool swapped into the segment writer and segments written by worker processes and committed
together (`bulk.py`), field lengths held in memory for BM25F scoring (below, `searcher.py`),
and whole numeric columns read at once. Those internals are tested on the whoosh-reloaded
release `pyproject.toml` bounds it to (2.7.5). `internals_missing()` builds a small index in
memory through every function here and compares what it gets with Whoosh's public API; if
anything is missing or differs, it says why, the reason is logged, and Reader uses Whoosh's
public writer and scorer instead: slower, and just as correct.
"""

from __future__ import annotations

import functools
import logging
import sys
from array import array
from collections.abc import Iterable
from typing import Any

from typing_extensions import override
from whoosh import fields
from whoosh.filedb.filestore import RamStorage
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

log = logging.getLogger(__name__)

TESTED_WITH = "2.7.5"


@functools.cache
def internals_missing() -> str | None:
    """Why Reader can't use Whoosh's internals here (logged once), or None if it can."""
    try:
        reason = _self_test()
    except Exception as exc:  # any failure of a private name is a reason to not rely on it
        reason = f"{type(exc).__name__}: {exc}"
    if reason is not None:
        from whoosh import versionstring

        log.warning("whoosh-reloaded %s is not the %s whose internals Reader is tested on (%s): "
                    "searching and indexing use Whoosh's public API, slower",
                    versionstring(), TESTED_WITH, reason)  # fmt: skip
    return reason


def _self_test() -> str | None:
    from whoosh.query import Term

    schema = fields.Schema(id=fields.NUMERIC(int, bits=64, stored=True, sortable=True),
                           body=fields.TEXT())  # fmt: skip
    ix = RamStorage().create_index(schema)
    texts = ["alpha beta beta", "beta gamma delta epsilon", "alpha alpha"]
    writer = segment_writer(ix)
    try:
        for n, text in enumerate(texts):
            writer.add_document(id=n + 1, body=text)
        segment = finalize_segment(writer)
    except Exception:
        writer.cancel()  # its temporary files, open until then
        raise
    ix = commit_segments(ix, [segment])
    if ix.doc_count() != len(texts):
        return f"a committed segment holds {ix.doc_count()} documents, not {len(texts)}"
    query = Term("body", "beta")
    with ix.searcher(weighting=BM25F()) as plain, ix.searcher(weighting=TableBM25F()) as fast:
        load_lengths(fast)
        if memory_lengths(fast, "body") is None:
            return "field lengths could not be held in memory"
        expected = [(hit.docnum, hit.score) for hit in plain.search(query)]
        got = [(hit.docnum, hit.score) for hit in fast.search(query)]
        if got != expected:
            return f"scores from lengths in memory differ: {got} != {expected}"
        reader = plain.reader()
        ids = _fast_numeric_values(reader.column_reader("id"))
        if ids != [1, 2, 3]:
            return f"a numeric column reads as {ids}"
    return None


# -- writing ---------------------------------------------------------------------------------
def segment_writer(ix: Any) -> Any:
    """A writer for one new segment, unlocked, with the compact posting pool.

    A writer for one new segment, unlocked (the bulk builders share the index), with the compact
    posting pool.
    """
    from whoosh.writing import SegmentWriter

    return use_compact_pool(SegmentWriter(ix, _lk=False))


def index_writer(ix: Any) -> Any:
    """The index's writer (locked), with the compact pool when Reader can use it."""
    writer = ix.writer()
    return writer if internals_missing() else use_compact_pool(writer)


def use_compact_pool(writer: Any) -> Any:
    """Give a `SegmentWriter` the compact pool (its constructor ignores `poolclass`)."""
    from reader.search.pool import CompactPostingPool

    writer.pool.cleanup()
    writer.pool = CompactPostingPool()
    return writer


def pooled_postings(writer: Any) -> int:
    """How many postings `writer` holds in memory, by Whoosh's private counter."""
    return int(writer.pool.count)


def finalize_segment(writer: Any) -> Any:
    """Write the writer's segment to storage, uncommitted; returns the segment."""
    return writer._finalize_segment()


def commit_segments(ix: Any, segments: Iterable[Any]) -> Any:
    """Add finished segments to the index in one commit; returns the refreshed index."""
    writer = ix.writer()  # the write lock, and the table of contents to extend
    try:
        writer._close_segment()
        writer._commit_toc([*writer.segments, *segments])
    finally:
        writer._finish()
    return ix.refresh()


# -- scoring ---------------------------------------------------------------------------------
def length_key(fieldname: str) -> str:
    """The key of a field's document lengths in a segment's files."""
    from whoosh.codec.whoosh3 import _lenfield

    return str(_lenfield(fieldname))


def load_lengths(searcher: Any) -> None:
    """Swap each segment's length-column readers for bytes in memory (same indexing)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    for sub, _ in searcher.leaf_searchers():
        perdoc = getattr(sub.reader(), "_perdoc", None)
        if perdoc is None or not hasattr(perdoc, "_readers"):
            continue
        for name, field in searcher.schema.items():
            if not field.scorable:
                continue
            key = length_key(name)
            column = perdoc._cached_reader(key, LENGTHS_COLUMN)
            if column is not None:
                perdoc._readers[key] = byte_values(column)


def memory_lengths(searcher: Any, fieldname: str) -> bytes | None:
    """A segment searcher's lengths of `fieldname` as bytes, if in memory.

    A segment searcher's lengths of `fieldname` as bytes, if `load_lengths` put them in memory.
    """
    perdoc = getattr(searcher.reader(), "_perdoc", None)
    readers = getattr(perdoc, "_readers", None)
    if not isinstance(readers, dict):
        return None
    lengths = readers.get(length_key(fieldname))
    return lengths if isinstance(lengths, bytes) else None


# -- BM25F with lengths in memory ---------------------------------------------------------
# BM25F as Whoosh computes it, with each document's length looked up in memory.
#
# Whoosh's BM25F scorer asks the reader for the field length of every matching document:
# four calls deep, then `byte_to_length` and the formula, about 4 µs a posting. A word found in
# thousands of articles spent most of a query there. Here the searcher's length columns are
# bytes in memory (see `searcher.py`), and as a length byte takes one of 256 values, the
# length part of the formula is a table of 256 floats per field: a score is two lookups and a
# division. The scores are Whoosh's own, to the last bit (a test compares them).


class TableBM25F(BM25F):  # type: ignore[misc]
    """`BM25F` whose scorers read lengths from bytes in memory when a segment has them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The length part of the formula per (B, average length): a query makes a scorer per
        # term, field and segment, all sharing a few of these.
        self._norms: dict[tuple[float, float], list[float]] = {}

    def norms(self, b: float, avgfl: float) -> list[float]:
        """BM25's length normalisation for each length byte.

        K1 * ((1 - B) + B * fl / avgfl) for each length byte, with the reader's rule that a
        byte of 0 reads as the default length, 1.
        """
        table = self._norms.get((b, avgfl))
        if table is None:
            k1 = self.K1
            table = [
                k1 * ((1 - b) + b * (byte_to_length(i) if i else 1) / avgfl) for i in range(256)
            ]
            self._norms[(b, avgfl)] = table
        return table

    @override
    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if type(scorer) is not BM25FScorer:
            return scorer
        lengths = memory_lengths(searcher, fieldname)
        if lengths is None:
            return scorer
        return TableScorer(scorer, lengths, self.norms(scorer.B, scorer.avgfl))


class TableScorer(BM25FScorer):  # type: ignore[misc]
    """Whoosh's BM25F scorer reading document lengths from one table, not per document."""

    def __init__(self, base: BM25FScorer, lengths: bytes, norms: list[float]) -> None:
        # bm25() = idf * (tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))
        self.__dict__.update(base.__dict__)
        self._lengths = lengths
        self._norm = norms
        self._k1p1 = self.K1 + 1

    @override
    def score(self, matcher: Any) -> float:
        tf = matcher.weight()
        norm = self._norm[self._lengths[matcher.id()]]
        return float(self.idf * ((tf * self._k1p1) / (tf + norm)))


# -- columns ---------------------------------------------------------------------------------
# Whoosh's column readers fetch a value per call, a small file read each (its storage here
# does not map files into memory): reading 20,000 article ids or field lengths that way took
# a quarter of a second. A fixed-width numeric column is a plain big-endian array on disk,
# so it is read at once; a reader of another shape is read value by value.


def fixed_bytes(column: Any) -> bytes | None:
    """The stored values of a fixed-width column, padded with its default to every document.

    None when the reader is not one of those.
    """
    try:
        width = int(column._fixedlen)
        stored = bytes(column._dbfile.get(column._basepos, column._count * width))
        padding = bytes(column._defaultbytes) * (int(column._doccount) - int(column._count))
    except AttributeError:
        return None
    return stored + padding


def numeric_values(column: Any) -> list[int]:
    """Every document's value of an integer column."""
    if internals_missing():
        return [int(v) for v in column]
    return _fast_numeric_values(column)


def _fast_numeric_values(column: Any) -> list[int]:
    inner = getattr(column, "_reader", None)
    translate = getattr(column, "_translate", None)
    if inner is not None and translate is not None:  # a NUMERIC field's sortable column
        return [int(translate(v)) for v in _fast_numeric_values(inner)]
    raw = fixed_bytes(column)
    typecode = getattr(column, "_typecode", None)
    if raw is None or typecode not in ("B", "H", "I", "L", "Q", "b", "h", "i", "l", "q"):
        return [int(v) for v in column]
    values = array(typecode)
    if values.itemsize != column._fixedlen:
        return [int(v) for v in column]
    values.frombytes(raw)
    if sys.byteorder == "little":
        values.byteswap()  # Whoosh packs with "!": network order
    return values.tolist()


def byte_values(column: Any) -> bytes:
    """A one-byte-per-document column, as bytes (indexing gives the same ints)."""
    raw = fixed_bytes(column)
    if raw is not None and column._fixedlen == 1:
        return raw
    return bytes(int(v) for v in column)
