"""The library list reads its next page ahead, never a stale one.

The library list reads its next page on a worker thread while the reader looks at this one, and
never shows a page read before the library changed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from reader.app import Services
from reader.core.records import ArticleQuery, ArticleSummary, ReadState
from reader.ui import librarymodel
from reader.ui.librarymodel import LibraryModel

SMALL_PAGE = 10  # the corpus's 75 articles make eight pages


@pytest.fixture
def model(corpus_services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[LibraryModel]:
    monkeypatch.setattr(librarymodel, "PAGE", SMALL_PAGE)
    made = LibraryModel(corpus_services.library)
    made.reload()
    yield made
    made.close()


def _ids(model: LibraryModel) -> list[int]:
    return [s.id for s in (model.summary(r) for r in range(model.rowCount())) if s is not None]


def test_pages_are_read_on_a_worker_and_make_the_whole_list(
    corpus_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(librarymodel, "PAGE", SMALL_PAGE)
    threads: list[str] = []
    real = corpus_services.library.list_articles

    def read(query: ArticleQuery) -> list[ArticleSummary]:
        threads.append(threading.current_thread().name)
        return real(query)

    monkeypatch.setattr(corpus_services.library, "list_articles", read)
    model = LibraryModel(corpus_services.library)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    model.close()
    whole = [a.id for a in real(ArticleQuery())]
    assert _ids(model) == whole  # every row once, in the list's order
    # The first page is read here; every later one was read ahead, on the worker.
    assert threads[0] == threading.current_thread().name
    assert len(threads) == -(-len(whole) // SMALL_PAGE)
    assert all(name.startswith("reader-read-ahead") for name in threads[1:])


def test_a_page_read_before_a_change_is_read_again(
    model: LibraryModel, corpus_services: Services
) -> None:
    next_page = corpus_services.library.list_articles(ArticleQuery(offset=SMALL_PAGE, limit=5))
    changed = next_page[2]
    assert changed.read_state == ReadState.UNREAD
    ahead = model._ahead._ahead  # noqa: SLF001 - the page after the first, being read
    assert ahead is not None and ahead[0].offset == SMALL_PAGE
    assert changed.id in [s.id for s in ahead[1].result()]  # read before the change
    corpus_services.library.set_read_states([changed.id], ReadState.ARCHIVED)
    model.refresh_articles(frozenset({changed.id}))  # the window's answer to the change
    model.fetchMore()
    row = _ids(model).index(changed.id)
    shown = model.summary(row)
    assert shown is not None and shown.read_state == ReadState.ARCHIVED
