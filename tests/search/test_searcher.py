"""The kept-open searcher, with lengths in memory, scores exactly as a fresh Whoosh searcher."""

from __future__ import annotations

from whoosh import collectors

from reader.app import Services
from reader.search.compile import compile_query
from reader.search.query import parse_query


def _scores(searcher: object, query: object) -> list[tuple[int, float]]:
    collector = collectors.TopCollector(50, replace=0)
    searcher.search_with_collector(query, collector)  # type: ignore[attr-defined]
    return [(int(hit["id"]), round(hit.score, 6)) for hit in collector.results()]


def test_kept_searcher_scores_like_a_fresh_one(indexed: Services) -> None:
    index = indexed.search._index
    for text in ("漏洞 linux", "腾讯 数据库", "区块链", "google", "title:苹果"):
        query = compile_query(parse_query(text), index.grams.candidates)
        with index.ix.searcher() as fresh:
            expected = _scores(fresh, query)
        with index.searcher() as kept:
            assert kept.reader().doc_field_length(0, "body") > 0
            got = _scores(kept, query)
        assert expected, text
        assert got == expected, text
