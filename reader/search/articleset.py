"""A Whoosh query matching a given set of articles, by the `id` column, with a fixed score.

The bigram table (`grams.py`) answers which articles may hold a CJK run; this query brings
that answer into a Whoosh query, so ranking, filters and sorting work on it as on any term.
Whoosh runs a query per segment, so the matcher maps article ids to that segment's document
numbers; the id list of a segment never changes, and is cached.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from typing_extensions import override
from whoosh import matching
from whoosh.query import Query

from reader.search.whooshinternals import numeric_values

_SEGMENTS: OrderedDict[Any, tuple[list[int], dict[int, int] | None]] = OrderedDict()
_CACHED_SEGMENTS = 64


def segment_ids(reader: Any) -> tuple[list[int], dict[int, int] | None]:
    """The article id of each document number of a segment, and the reverse map.

    The article id of each document number of a segment reader, and the reverse map (None if an
    id is there twice, an old version deleted beside the new).
    """
    segment = reader.segment() if hasattr(reader, "segment") else None
    key = segment.segment_id() if segment is not None else None
    if key is not None and key in _SEGMENTS:
        _SEGMENTS.move_to_end(key)
        return _SEGMENTS[key]
    if not reader.has_column("id"):  # an empty index
        return [], {}
    ids = numeric_values(reader.column_reader("id"))
    docnum_of = {article_id: docnum for docnum, article_id in enumerate(ids)}
    entry = (ids, docnum_of if len(docnum_of) == len(ids) else None)
    if key is not None:
        _SEGMENTS[key] = entry
        while len(_SEGMENTS) > _CACHED_SEGMENTS:
            _SEGMENTS.popitem(last=False)
    return entry


def article_ids(searcher: Any) -> Callable[[int], int]:
    """The article id of a document number of the searcher.

    From each segment's id column (read once, and kept), not its stored fields (a read of the
    file for each result: a sixth of a top-200 search at 100,000 articles).
    """
    leaves = [(offset, segment_ids(leaf.reader())[0]) for leaf, offset in searcher.leaf_searchers()]
    starts = [offset for offset, _ in leaves]

    def article(docnum: int) -> int:
        offset, ids = leaves[bisect_right(starts, docnum) - 1]
        return int(ids[docnum - offset])

    return article


class ArticleSet(Query):  # type: ignore[misc]
    """A Whoosh query matching a fixed set of articles, each with the same score."""

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

    @override
    def estimate_size(self, ixreader: Any) -> int:
        return min(len(self.ids), int(ixreader.doc_count_all()))

    def _docnums(self, reader: Any) -> list[int]:
        """This segment's document numbers of the articles, in order, deleted ones left out."""
        ids, docnum_of = segment_ids(reader)
        wanted = self.ids
        if docnum_of is not None and len(wanted) < len(ids):
            found = sorted(docnum_of[i] for i in wanted if i in docnum_of)
        else:
            found = [docnum for docnum, article_id in enumerate(ids) if article_id in wanted]
        if reader.has_deletions():
            found = [docnum for docnum in found if not reader.is_deleted(docnum)]
        return found

    @override
    def matcher(self, searcher: Any, context: Any = None) -> Any:
        docnums = self._docnums(searcher.reader()) if self.ids else []
        if not docnums:
            return matching.NullMatcher()
        return matching.ListMatcher(docnums, all_weights=self.boost)
