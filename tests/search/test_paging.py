"""Results in pages, and the count of them all.

The pages put together are the one long list, and the count is its length, for every kind of query
(index-only, text-checked, excluding, CJK, filters).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import Services
from reader.search.matching import needs_check
from reader.search.query import parse_query
from tests.conftest import corpus_copy

QUERIES = [
    "is:unread",  # every article
    "the",  # a common English word
    "腾讯",  # a CJK run: candidates from the grams table, checked on the text
    '"open source"',  # a phrase, checked
    "数据 -的",  # an exclusion, checked
    "linux OR windows",
    "tag:python",
    "不存在的词组合",  # nothing
]


def _everything(services: Services, query: str) -> list[int]:
    results = services.search.search(query, limit=10_000)
    assert not results.more
    return [h.article_id for h in results.hits]


@pytest.mark.parametrize("query", QUERIES)
def test_pages_make_the_whole_list_and_the_count_is_its_length(
    indexed: Services, query: str
) -> None:
    whole = _everything(indexed, query)
    paged: list[int] = []
    skip = 0
    while True:
        page = indexed.search.search(query, limit=7, skip=skip)
        paged += [h.article_id for h in page.hits]
        assert page.total == len(paged) or (not page.more and page.total == len(whole))
        if not page.more:
            break
        assert len(page.hits) == 7
        skip += 7
    assert paged == whole
    assert indexed.search.count(query) == len(whole)


def test_the_first_page_of_every_article_says_there_are_more(indexed: Services) -> None:
    first = indexed.search.search("is:unread", limit=50)
    assert first.more and first.total == 50 == len(first.hits)
    assert indexed.search.count("is:unread") == indexed.library.count()


def test_a_count_gives_up_when_told_to(indexed: Services) -> None:
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return True

    # A checked query asks between batches; told to stop, it answers None.
    assert indexed.search.count("区块链", stop=stop) is None
    assert asked


@pytest.mark.parametrize(
    ("query", "checked"),
    [('"open source"', True), ("区块链", True), ('"the the"', True), ("腾讯 -的", False)],
)
def test_a_checked_query_pages_on_past_its_budget(
    indexed: Services, query: str, checked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search checks at most CHECK_BUDGET candidates' text.

    A query whose candidates fail the check answers in bounded time, with `more`, and the next
    page goes on from there. With a budget of 2, the pages still make the whole list, in order.
    """
    from reader.search import engine

    whole = _everything(indexed, query)
    monkeypatch.setattr(engine, "CHECK_BUDGET", 2)
    first = indexed.search.search(query, limit=7)
    assert needs_check(parse_query(query)) == checked
    if checked:  # the budget holds: two texts read, two results at most
        assert len(first.hits) <= 2 and (first.more or len(whole) <= 2)
    else:  # exact from the index alone: no budget applies
        assert [h.article_id for h in first.hits] == whole[:7]
    paged, skip, calls = [h.article_id for h in first.hits], len(first.hits), 1
    more = first.more
    while more:
        page = indexed.search.search(query, limit=7, skip=skip)
        paged += [h.article_id for h in page.hits]
        skip, more, calls = skip + len(page.hits), page.more, calls + 1
        assert calls < 500
    assert paged == whole


def test_pages_with_articles_the_index_lacks_put_them_after_every_ranked_one(
    tmp_path: Path, corpus_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles the index lacks are read and follow the ranked ones.

    While a checked search has candidates left unchecked, none of them may be put on a page: a
    later page would bring ranked articles after them. With a budget of 2, the pages make the
    whole list.
    """
    from reader.search import engine
    from reader.storage.stamps import touch

    services = corpus_copy(corpus_library, tmp_path / "lib")
    try:
        query = "互联网"  # checked on the text, eight articles
        ranked = _everything(services, query)
        with services.db.transaction() as session:
            touch(session, ranked[-3:])  # the index lacks these until it is told
        whole = _everything(services, query)
        assert sorted(whole) == sorted(ranked)  # the three are still found, by reading them
        assert set(whole[-3:]) == set(ranked[-3:])  # after every ranked one
        monkeypatch.setattr(engine, "CHECK_BUDGET", 2)
        paged: list[int] = []
        more, calls = True, 0
        while more and calls < 100:
            page = services.search.search(query, limit=3, skip=len(paged))
            paged += [h.article_id for h in page.hits]
            more, calls = page.more, calls + 1
        assert paged == whole
    finally:
        services.close()


@pytest.mark.parametrize("query", ["攻击者", "是一个", "服务器", "的时候"])
def test_a_checked_page_reads_about_as_many_articles_as_it_wants(
    indexed: Services, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs the gram table found whole.

    Nearly every candidate passes the check, so a page reads little more than it shows (it read
    three candidates for each one wanted).
    """
    from reader.search import engine

    monkeypatch.setattr(engine, "FIRST_BATCH", 1)
    assert needs_check(parse_query(query))
    indexed.search._engine._walks.clear()  # noqa: SLF001 - no page of it read before
    source = indexed.search._engine._documents  # noqa: SLF001 - the reads, counted
    read: list[int] = []

    def counted(ids: list[int]) -> dict[int, object]:
        read.extend(ids)
        return source(ids)  # type: ignore[return-value]

    monkeypatch.setattr(indexed.search._engine, "_documents", counted)  # noqa: SLF001
    page = indexed.search.search(query, limit=3)
    monkeypatch.undo()
    whole = _everything(indexed, query)
    assert len(whole) > 10
    assert [h.article_id for h in page.hits] == whole[:3]
    assert len(read) <= 5  # the 4 wanted (one more says whether there are more), and 10%
