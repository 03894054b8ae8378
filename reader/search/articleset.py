"""A Whoosh query matching a given set of articles, by the `id` column, with a fixed score.

The bigram table (`grams.py`) answers which articles may hold a CJK run; this query brings
that answer into a Whoosh query, so ranking, filters and sorting work on it as on any term.
Whoosh runs a query per segment, so the matcher maps article ids to that segment's document
numbers; the id list of a segment never changes, and is cached.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from whoosh import matching
from whoosh.query import Query

from reader.search.columns import numeric_values

_SEGMENT_IDS: OrderedDict[Any, list[int]] = OrderedDict()
_CACHED_SEGMENTS = 64


def _segment_ids(reader: Any) -> list[int]:
    """The article id of each document number of a segment reader."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    key = segment.segment_id() if segment is not None else None
    if key is not None and key in _SEGMENT_IDS:
        _SEGMENT_IDS.move_to_end(key)
        return _SEGMENT_IDS[key]
    ids = numeric_values(reader.column_reader("id"))
    if key is not None:
        _SEGMENT_IDS[key] = ids
        while len(_SEGMENT_IDS) > _CACHED_SEGMENTS:
            _SEGMENT_IDS.popitem(last=False)
    return ids


class ArticleSet(Query):  # type: ignore[misc]
    def __init__(self, ids: frozenset[int], boost: float = 1.0) -> None:
        self.ids = ids
        self.boost = boost

    def __repr__(self) -> str:
        return f"ArticleSet({len(self.ids)} articles, boost={self.boost})"

    def __str__(self) -> str:
        return f"<{len(self.ids)} articles>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArticleSet) and self.ids == other.ids and self.boost == other.boost

    def __hash__(self) -> int:
        return hash((ArticleSet, self.ids, self.boost))

    def estimate_size(self, ixreader: Any) -> int:
        return min(len(self.ids), int(ixreader.doc_count_all()))

    def _docnums(self, reader: Any) -> Iterator[int]:
        wanted = self.ids
        deleted = reader.is_deleted if reader.has_deletions() else None
        for docnum, article_id in enumerate(_segment_ids(reader)):
            if article_id in wanted and (deleted is None or not deleted(docnum)):
                yield docnum

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        docnums = list(self._docnums(searcher.reader())) if self.ids else []
        if not docnums:
            return matching.NullMatcher()
        return matching.ListMatcher(docnums, all_weights=self.boost)
