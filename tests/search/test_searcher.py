"""The kept-open searcher, with lengths in memory and table scoring, scores exactly as Whoosh."""

from __future__ import annotations

from whoosh import collectors

from reader.app import Services
from reader.search.compile import compile_query
from reader.search.query import parse_query
from reader.search.whooshinternals import TableScorer


def _scores(searcher: object, query: object) -> list[tuple[int, float]]:
    collector = collectors.TopCollector(50, replace=0)
    searcher.search_with_collector(query, collector)  # type: ignore[attr-defined]
    return [(int(hit["id"]), hit.score) for hit in collector.results()]


def test_kept_searcher_scores_like_a_fresh_one(indexed: Services) -> None:
    index = indexed.search._index
    for text in ("漏洞 linux", "腾讯 数据库", "区块链", "google", "title:苹果"):
        query = compile_query(parse_query(text), index.grams.candidates)
        with index.ix.searcher() as fresh:
            expected = _scores(fresh, query)
        with index.searcher() as kept:
            assert kept.reader().doc_field_length(0, "body") > 0
            leaf = kept.leaf_searchers()[0][0]
            term = next(iter(leaf.lexicon("body")))
            assert type(kept.weighting.scorer(leaf, "body", term)) is TableScorer
            got = _scores(kept, query)
        assert expected, text
        assert got == expected, text


def test_whole_columns_read_at_once_equal_whoosh_value_by_value(indexed: Services) -> None:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    from reader.search.whooshinternals import byte_values, fixed_bytes, numeric_values

    index = indexed.search._index
    with index.ix.reader() as reader:
        for sub, _ in reader.leaf_readers():
            ids = sub.column_reader("id")
            assert fixed_bytes(ids._reader) is not None  # the one-read path, not the fallback
            assert numeric_values(ids) == [int(v) for v in ids]
            stored = sorted(int(f["id"]) for f in sub.all_stored_fields())
            assert sorted(numeric_values(ids)) == stored
            lengths = sub._perdoc._cached_reader("_body_len", LENGTHS_COLUMN)
            assert byte_values(lengths) == bytes(int(v) for v in lengths)
