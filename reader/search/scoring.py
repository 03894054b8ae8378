"""BM25F as Whoosh computes it, with each document's length looked up in memory.

Whoosh's BM25F scorer asks the reader for the field length of every matching document:
four calls deep, then `byte_to_length` and the formula, about 4 µs a posting. A word found in
thousands of articles spent most of a query there. Here the searcher's length columns are
bytes in memory (see `searcher.py`), and as a length byte takes one of 256 values, the
length part of the formula is a table of 256 floats per field: a score is two lookups and a
division. The scores are Whoosh's own, to the last bit (a test compares them).
"""

from __future__ import annotations

from typing import Any

from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length


class TableBM25F(BM25F):  # type: ignore[misc]
    """`BM25F` whose scorers read lengths from bytes in memory when a segment has them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The length part of the formula per (B, average length): a query makes a scorer per
        # term, field and segment, all sharing a few of these.
        self._norms: dict[tuple[float, float], list[float]] = {}

    def norms(self, b: float, avgfl: float) -> list[float]:
        """K1 * ((1 - B) + B * fl / avgfl) for each length byte, with the reader's rule that
        a byte of 0 reads as the default length, 1."""
        table = self._norms.get((b, avgfl))
        if table is None:
            k1 = self.K1
            table = [
                k1 * ((1 - b) + b * (byte_to_length(i) if i else 1) / avgfl) for i in range(256)
            ]
            self._norms[(b, avgfl)] = table
        return table

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if type(scorer) is not BM25FScorer:
            return scorer
        from reader.search.whooshinternals import memory_lengths

        lengths = memory_lengths(searcher, fieldname)
        if lengths is None:
            return scorer
        return TableScorer(scorer, lengths, self.norms(scorer.B, scorer.avgfl))


class TableScorer(BM25FScorer):  # type: ignore[misc]
    def __init__(self, base: BM25FScorer, lengths: bytes, norms: list[float]) -> None:
        # bm25() = idf * (tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))
        self.__dict__.update(base.__dict__)
        self._lengths = lengths
        self._norm = norms
        self._k1p1 = self.K1 + 1

    def score(self, matcher: Any) -> float:
        tf = matcher.weight()
        norm = self._norm[self._lengths[matcher.id()]]
        return float(self.idf * ((tf * self._k1p1) / (tf + norm)))
