"""Every filter of the query language, checked against the documents themselves."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.app import Services
from reader.core.records import ReadState, SearchDocument
from reader.search.matching import document_matches, needs_check
from reader.search.query import parse_query
from tests.search.conftest import indexed_library, sample_runs


def _ids(services: Services, query: str) -> set[int]:
    return {h.article_id for h in services.search.search(query, limit=1000).hits}


def _where(docs: dict[int, SearchDocument], test: object) -> set[int]:
    return {d.id for d in docs.values() if test(d)}  # type: ignore[operator]


def test_field_filters(indexed: Services, documents: dict[int, SearchDocument]) -> None:
    docs = documents
    assert _ids(indexed, "category:快讯") == _where(docs, lambda d: "快讯" in d.categories)
    assert _ids(indexed, "tag:linux") == _where(docs, lambda d: "linux" in map(str.lower, d.tags))
    assert _ids(indexed, "author:金色财经") == _where(docs, lambda d: "金色财经" in d.author)
    assert _ids(indexed, "title:漏洞") == _where(docs, lambda d: "漏洞" in d.title)
    in_2021 = _where(docs, lambda d: d.date is not None and d.date.year == 2021)
    assert _ids(indexed, "date:2021") == in_2021 and in_2021
    may = _where(docs, lambda d: d.date is not None and (d.date.year, d.date.month) == (2021, 5))
    assert _ids(indexed, "date:2021-05") == may and may
    after = datetime(2022, 6, 1, tzinfo=UTC)
    assert _ids(indexed, "date:>2022-06-01") == _where(
        docs, lambda d: d.date is not None and d.date >= datetime(2022, 6, 2, tzinfo=UTC)
    )
    assert _ids(indexed, "date:<2022-06-01") == _where(
        docs, lambda d: d.date is not None and d.date < after
    )


def test_words_or_and_exclusion(indexed: Services, documents: dict[int, SearchDocument]) -> None:
    docs = documents
    linux = _ids(indexed, "linux")
    windows = _ids(indexed, "windows")
    assert linux and windows
    assert _ids(indexed, "linux OR windows") == linux | windows
    assert _ids(indexed, "linux windows") == linux & windows
    assert _ids(indexed, "linux -windows") == linux - windows
    assert _ids(indexed, "漏洞 -category:快讯") == _ids(indexed, "漏洞") - _where(
        docs, lambda d: "快讯" in d.categories
    )


def test_chinese_in_a_field_and_excluded(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    """The gram table knows whole articles; the field and the exact run are checked."""
    docs = documents
    assert _ids(indexed, "title:链") == _where(docs, lambda d: "链" in d.title)
    assert _ids(indexed, "author:财经") == _where(docs, lambda d: "财经" in d.author)
    with_run = _where(docs, lambda d: "区块链" in d.text or "区块链" in d.title)
    assert with_run and _ids(indexed, "区块链") >= with_run
    chars = _ids(indexed, "区 块 链")  # every character somewhere, not necessarily together
    assert _ids(indexed, "区 块 链 -区块链") == chars - _ids(indexed, "区块链")
    assert _ids(indexed, '区 块 链 -"区块链"') == chars - _ids(indexed, '"区块链"')


def test_sort_by_date(indexed: Services, documents: dict[int, SearchDocument]) -> None:
    hits = indexed.search.search("linux sort:date", limit=100).hits
    dates = [documents[h.article_id].sort_date for h in hits]
    assert len(dates) > 2 and dates == sorted(dates, reverse=True)


def test_read_state_filters_follow_changes(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    target = next(iter(documents))
    indexed.library.set_read_state(target, ReadState.READ)
    assert indexed.search.wait_idle(60)
    assert _ids(indexed, "is:read") == {target}
    assert target not in _ids(indexed, "is:unread")
    assert len(_ids(indexed, "is:unread")) == len(documents) - 1
    indexed.library.set_read_state(target, ReadState.UNREAD)
    assert indexed.search.wait_idle(60)
    assert _ids(indexed, "is:read") == set()


@pytest.mark.parametrize(
    ("query", "words"),
    [('"腾讯 数据库', "腾讯 数据库"), ("OR 腾讯 OR", "腾讯"), ("date:abc 腾讯", "腾讯"),
     ("linux:windows", "linux windows"), ("is:sleepy 腾讯", "腾讯"),
     ("( ) [ ] 腾讯 ::", "腾讯")],
)  # fmt: skip
def test_malformed_queries_fall_back_to_words(indexed: Services, query: str, words: str) -> None:
    results = indexed.search.search(query, limit=100)
    plain = indexed.search.search(words, limit=100)
    assert results.hits, query
    assert {h.article_id for h in plain.hits} == {h.article_id for h in results.hits}
    if query != "( ) [ ] 腾讯 ::":
        assert results.notice


@pytest.mark.parametrize(
    "query",
    ["数据 -的", "的 -是", "区块链 -比特币", "linux -the", "数据 -title:数据", "的 是 -在 -和"],
)
def test_exclusions_agree_with_reading_every_article(
    indexed: Services, documents: dict[int, SearchDocument], query: str
) -> None:
    """An excluded article before a segment's first match does not let it through.

    Whoosh's AndNot let the first match of a segment through when an excluded article came
    before it (`数据 -的` found four articles holding 的 at 20,000); the index's answer is the
    scan's.
    """
    parsed = parse_query(query)
    expected = {d.id for d in documents.values() if document_matches(d, parsed)}
    assert _ids(indexed, query) == expected


def test_short_runs_answered_by_the_gram_table_alone_are_exact(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    """Runs of one or two characters are not checked on the text.

    The gram table holds them as written. Its answer, wanted and excluded, is the scan's, for 60
    sampled runs.
    """
    runs = [run[:2] for _, run in sample_runs(documents.values(), 40, seed=11)]
    runs += [run[0] for _, run in sample_runs(documents.values(), 20, seed=12)]
    for run in runs:
        assert not needs_check(parse_query(run))
        for query in (run, f"的 -{run}"):
            parsed = parse_query(query)
            expected = {d.id for d in documents.values() if document_matches(d, parsed)}
            assert _ids(indexed, query) == expected, query


def test_an_excluded_first_match_is_left_out(tmp_path: Path) -> None:
    """The case Whoosh's AndNot got wrong.

    The excluded word's first article comes before the first match, and that match holds the
    excluded word too.
    """
    posts = tmp_path / "posts"
    posts.mkdir()
    bodies = {"1": "乙 beta", "2": "甲 alpha 乙 beta", "3": "甲 alpha"}
    for name, body in bodies.items():
        (posts / f"{name}.md").write_text(f"---\ntitle: T{name}\n---\n{body}\n", "utf-8")
    services = indexed_library(tmp_path / "lib", sorted(posts.iterdir()))
    try:
        by_title = {a.id: a.title for a in services.library.list_articles()}
        for query in ("alpha -beta", "甲 -乙"):
            assert {by_title[i] for i in _ids(services, query)} == {"T3"}, query
            assert services.search.count(query) == 1
    finally:
        services.close()
