"""The library list in every order.

Pages join up into the whole list, each order is the one its column gives, and an article's place in
it is found without reading pages.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.app import Services
from reader.core.records import ArticleQuery, ArticleSummary, ReadState

SORTS = ["date", "title", "author", "read_state", "length", "imported", "highlights", "tags"]


def _key(sort: str, article: ArticleSummary) -> object:
    return {
        "title": article.title,
        "author": article.author or "",
        "read_state": article.read_state.value,
        "length": article.char_count,
        "highlights": article.highlight_count,
    }.get(sort)


@pytest.fixture
def library(corpus_services: Services) -> Services:
    library = corpus_services.library
    everything = library.list_articles()
    library.set_read_state(everything[0].id, ReadState.ARCHIVED)
    library.set_read_state(everything[5].id, ReadState.READ)
    library.set_tags(everything[3].id, ["zeta"])
    library.set_tags(everything[7].id, ["alpha"])
    corpus_services.annotations.create(everything[9].id, 0, 5)
    library.move_to_trash([everything[1].id])
    return corpus_services


@pytest.mark.parametrize("descending", [True, False], ids=["descending", "ascending"])
@pytest.mark.parametrize("sort", SORTS)
def test_pages_and_positions_follow_the_whole_list(
    library: Services, sort: str, descending: bool
) -> None:
    query = ArticleQuery(sort=sort, descending=descending)
    whole = library.library.list_articles(query)
    assert len(whole) == library.library.count(query) > 60
    pages = [
        article
        for offset in range(0, len(whole), 16)
        for article in library.library.list_articles(replace(query, offset=offset, limit=16))
    ]
    assert [a.id for a in pages] == [a.id for a in whole]
    if _key(sort, whole[0]) is not None:
        keys = [_key(sort, a) for a in whole]
        assert keys == sorted(keys, reverse=descending)  # type: ignore[type-var]
    for position, article in enumerate(whole):
        assert library.library.position_in_list(query, article.id) == position


def test_positions_under_filters_and_in_the_trash(library: Services) -> None:
    everything = library.library.list_articles()
    author = next(a.author for a in everything if a.author)
    for query in (
        ArticleQuery(author=author, sort="title"),
        ArticleQuery(inbox=True),
        ArticleQuery(read_state=ReadState.UNREAD, descending=False),
        ArticleQuery(in_trash=True),
        ArticleQuery(tag="zeta", sort="tags"),
    ):
        shown = library.library.list_articles(query)
        assert shown, query
        for position, article in enumerate(shown):
            assert library.library.position_in_list(query, article.id) == position
        outside = {a.id for a in everything} - {a.id for a in shown}
        for article_id in sorted(outside)[:5]:
            assert library.library.position_in_list(query, article_id) is None
