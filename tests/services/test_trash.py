"""The trash, on a real library of the corpus posts with a real search index.

What is moved there leaves every list, count and search with all the user made on it kept; restoring
brings it all back; only emptying deletes, and only what the trash holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import Services, open_services
from reader.core.records import AnnotationQuery, ArticleQuery, ReadState
from reader.services.health import check_library
from reader.services.location import LibraryLocation
from reader.services.search import IndexStatus


@pytest.fixture
def library(corpus_services: Services) -> Services:
    return corpus_services


def _titled(services: Services, part: str) -> int:
    found = [a.id for a in services.library.list_articles() if part in a.title]
    assert found, part
    return found[0]


def _found(services: Services, query: str, article_id: int) -> bool:
    return article_id in {h.article_id for h in services.search.search(query, limit=200).hits}


def _index_finding(location: LibraryLocation) -> str:
    finding = next(f for f in check_library(location) if f.check == "search index")
    assert finding.ok, finding.detail
    return finding.detail


def test_the_trash_keeps_everything_and_restoring_brings_it_back(library: Services) -> None:
    lib = library.library
    article_id = _titled(library, "碳中和")
    note = library.annotations.create_from_quote(article_id, "碳中和", note="要点", tags=["气候"])
    lib.set_tags(article_id, ["能源"])
    lib.set_read_state(article_id, ReadState.READ)
    total = lib.count()
    states = lib.sidebar_counts().states
    assert _found(library, "碳中和", article_id)

    assert lib.move_to_trash([article_id]) == [article_id]
    assert library.search.wait_idle(30)
    assert lib.count() == total - 1
    assert article_id not in {a.id for a in lib.list_articles(ArticleQuery(limit=None))}
    assert lib.sidebar_counts().states.get(ReadState.READ, 0) == states[ReadState.READ] - 1
    assert ("能源", 1) not in lib.sidebar_counts().facets["tags"]
    assert not _found(library, "碳中和", article_id)
    assert not _found(library, "要点", article_id)  # notes are searched too
    assert note.id not in {a.id for a in library.annotations.list_annotations(AnnotationQuery())}
    trashed = lib.list_articles(ArticleQuery(in_trash=True))
    assert [a.id for a in trashed] == [article_id]
    assert trashed[0].highlight_count == 1 and trashed[0].trashed_at is not None
    assert lib.move_to_trash([article_id]) == []  # already there

    assert lib.restore([article_id]) == [article_id]
    assert library.search.wait_idle(30)
    restored = lib.get(article_id)
    assert restored.trashed_at is None
    assert restored.read_state is ReadState.READ and restored.tags == ["能源"]
    kept = library.annotations.list_annotations(AnnotationQuery(article_id=article_id))
    assert [(a.id, a.note, a.tags) for a in kept] == [(note.id, "要点", ["气候"])]
    assert lib.count() == total and lib.trashed() == []
    assert _found(library, "碳中和", article_id) and _found(library, "要点", article_id)
    _index_finding(library.location)


def test_emptying_deletes_only_what_the_trash_holds(library: Services) -> None:
    lib = library.library
    gone, kept = _titled(library, "碳中和"), _titled(library, "万字长文")
    library.annotations.create_from_quote(gone, "碳中和", note="将随之删除")
    library.annotations.create_from_quote(kept, "腾讯")
    total = lib.count()
    lib.move_to_trash([gone])
    assert lib.trash_highlights() == 1
    # An id in the library is never deleted, even when named.
    assert lib.empty_trash([kept, gone]) == [gone]
    assert library.search.wait_idle(30)
    assert lib.trashed() == [] and lib.count() == total - 1
    assert not lib.exists(gone) and lib.exists(kept)
    remaining = library.annotations.list_annotations(AnnotationQuery())
    assert {a.article_id for a in remaining} == {kept}
    assert lib.empty_trash() == []
    assert "disagree" not in _index_finding(library.location)


def test_a_move_made_without_the_index_worker_reaches_the_index(
    library: Services, library_dir: Path
) -> None:
    """`reader delete` in a terminal, or a crash right after the move.

    The index entry is deleted at the window's next start, without rebuilding the index.
    """
    article_id = _titled(library, "碳中和")
    library.close()
    terminal = open_services(LibraryLocation(library_dir))  # no worker, as the CLI
    try:
        terminal.library.move_to_trash([article_id])
        # Until the window's worker runs, searching still leaves it out.
        assert not _found(terminal, "碳中和", article_id)
    finally:
        terminal.close()
    window = open_services(LibraryLocation(library_dir))
    statuses: list[IndexStatus] = []
    window.search.subscribe(statuses.append)
    try:
        window.search.start()
        assert window.search.wait_idle(60)
        assert not [s for s in statuses if s.state == "indexing"]  # no rebuild, no reindex
        detail = _index_finding(window.location)
        assert detail.startswith(f"{window.library.count()} of {window.library.count()} ")
        window.library.restore([article_id])
        assert window.search.wait_idle(60)
        assert _found(window, "碳中和", article_id)
        detail = _index_finding(window.location)
        assert detail.startswith(f"{window.library.count()} of {window.library.count()} ")
    finally:
        window.close()
