"""Results in pages, and the count of them all: the pages put together are the one long list,
and the count is its length, for every kind of query (index-only, text-checked, excluding,
CJK, filters)."""

from __future__ import annotations

import pytest

from reader.app import Services

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
    assert indexed.search.count("腾讯", stop=stop) is None
    assert asked
