"""While the index lacks articles, the gram table rules most of them out of the scan.

A first build writes the gram table ahead of Whoosh, so the articles Whoosh still lacks
mostly have a row made from their current text; a search reads only those the table cannot
rule out, and the rows of articles changed since are not trusted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from reader.app import Services
from reader.core.records import SearchDocument
from reader.storage import searchdocs
from reader.storage.schema import ArticleRow
from reader.storage.stamps import touch
from tests.conftest import CORPUS, corpus_copy

# Each query, and whether the table rules out most articles for it (`the`: most of these
# posts are Chinese). Not for a character most articles hold, filters (the table holds text
# only), or a phrase of Latin words (its first and last words may be parts of longer
# words, which the table does not hold).
QUERIES = [("碳中和", True), ("腾讯 阿里", True), ("linux", True), ("linux OR windows", True),
           ("区块链 -比特币", True), ("数据 -的", True), ("the", True), ('"open source"', False),
           ("的", False), ("tag:python", False)]  # fmt: skip


@pytest.fixture
def lacking(tmp_path: Path, corpus_library: Path) -> Iterator[Services]:
    """A library whose index has been built, then forgotten.

    Whoosh lacks every article, the gram table holds them all as they are (as in a build, before
    Whoosh commits).
    """
    services = corpus_copy(corpus_library, tmp_path / "lib")
    with services.db.transaction() as session:
        searchdocs.forget_index(session)
    yield services
    services.close()


def _reading(services: Services) -> list[int]:
    """Record the ids of the articles the engine reads from here on."""
    read: list[int] = []
    source = services.search._engine._documents

    def counted(ids: list[int]) -> dict[int, SearchDocument]:
        read.extend(ids)
        return source(ids)

    services.search._engine._documents = counted
    return read


def _ids(services: Services, query: str) -> list[int]:
    results = services.search.search(query, limit=1000)
    assert results.partial and not results.more
    return [h.article_id for h in results.hits]


@pytest.mark.parametrize(("query", "ruled_out"), QUERIES)
def test_the_table_rules_articles_out_and_the_results_are_the_scans(
    lacking: Services, query: str, ruled_out: bool
) -> None:
    everything = len(lacking.library.list_articles())
    read = _reading(lacking)
    narrowed = _ids(lacking, query)
    reads = len(read)
    grams = lacking.search._index.grams
    grams._written.clear()  # nothing trusted: every article is read
    grams.version += 1
    grams.lost += 1
    read.clear()
    assert _ids(lacking, query) == narrowed
    assert len(read) >= everything
    assert (reads < everything / 2) == ruled_out, reads


def test_a_changed_article_is_read_whatever_its_old_row_says(lacking: Services) -> None:
    article = lacking.library.list_articles()[0]
    with lacking.db.transaction() as session:
        session.execute(
            update(ArticleRow).where(ArticleRow.id == article.id)
            .values(title="全新的标题 quasar")
        )  # fmt: skip
        touch(session, [article.id])
    assert _ids(lacking, "quasar") == [article.id]
    assert _ids(lacking, "全新的标题") == [article.id]


def test_a_first_build_writes_the_gram_table_before_whoosh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index worker writes every article's gram row before Whoosh builds.

    A search made as Whoosh starts reads only what the table cannot rule out, and finds what the
    built index finds.
    """
    from reader.app import open_services
    from reader.search.index import SearchIndex
    from reader.services import search as search_service
    from reader.services.location import LibraryLocation

    monkeypatch.setattr(search_service, "BULK_MIN", 10)  # the corpus is built in workers
    services = open_services(LibraryLocation(tmp_path))
    services.importer.import_paths([CORPUS])
    everything = len(services.library.list_articles())
    seen: dict[str, list[int] | int] = {}
    build = SearchIndex.build

    def as_whoosh_starts(index: SearchIndex, docs: object, **options: object) -> int:
        read = _reading(services)
        seen["ids"] = _ids(services, "碳中和")
        seen["read"] = len(read)
        return build(index, docs, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchIndex, "build", as_whoosh_starts)
    try:
        services.search.start()
        assert services.search.wait_idle(120)
        assert isinstance(seen["read"], int) and seen["read"] < everything / 4
        built = services.search.search("碳中和", limit=1000)
        assert not built.partial and {h.article_id for h in built.hits} == set(seen["ids"])  # type: ignore[arg-type]
    finally:
        services.close()


def test_a_checked_query_whose_candidates_the_index_lacks_ends(
    lacking: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every candidate the index ranks is one it lacks (left out, and read instead).

    The window asked of the index must still grow. It was grown from what came back (none), and
    the search asked for the same window forever (a benchmark hung on it).
    """
    import threading

    from reader.search import engine

    monkeypatch.setattr(engine, "CHECK_BUDGET", 2)
    query = "互联网"  # checked on the text; eight articles are indexed under the word
    answered: list[int] = []

    def one() -> None:
        results = lacking.search.search(query, limit=1)
        answered.extend(h.article_id for h in results.hits)

    search = threading.Thread(target=one, daemon=True)
    search.start()
    search.join(30)
    # (asked after: the first search's walk down the ranking is kept, and ends it)
    assert len(answered) == 1 and answered[0] in _ids(lacking, query)


@pytest.mark.parametrize("query", ["数据", "the", "区块链"])
def test_a_page_reads_a_bounded_number_of_lacking_articles_and_the_next_goes_on(
    lacking: Services, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """Before the gram table holds an article, a search must read it.

    A page reads at most SCAN_BUDGET of them (a rare word read every one: seconds at 100,000);
    the pages after go on from there, and together they find what one unbounded scan finds.
    """
    from reader.search import engine

    everything = _ids(lacking, query)  # the gram table trusted: every match, in one page
    assert everything
    grams = lacking.search._index.grams
    grams._written.clear()  # nothing trusted: every article is to be read
    grams.version += 1
    grams.lost += 1
    monkeypatch.setattr(engine, "SCAN_BUDGET", 7)
    read = _reading(lacking)
    found: list[int] = []
    short = pages = 0  # pages the budget ended before they were full
    while True:
        read.clear()
        results = lacking.search.search(query, limit=3, skip=len(found))
        assert len(read) <= 7
        found += [h.article_id for h in results.hits]
        pages += 1
        if not results.more:
            break
        short += len(results.hits) < 3
        assert pages < 100
    assert sorted(found) == sorted(everything)
    assert len(found) == len(set(found))
    assert short > 0
    # A scan holds the map of lacking articles it was made for (100,000 ids in a first
    # build): once that map is replaced, the scans made for it are let go.
    scans = lacking.search._engine._scans
    assert scans
    lacking.search._forget_pending()
    lacking.search.search("互联网", limit=3)
    assert len(scans) == 1


@pytest.mark.parametrize("procs", [1, 2])
def test_gram_rows_written_by_workers_are_the_rows_written_here(
    lacking: Services, tmp_path: Path, procs: int
) -> None:
    from reader.search import grambuild
    from reader.search.grams import GramIndex

    ids = sorted(a.id for a in lacking.library.list_articles())
    docs = lacking.search.documents(ids)
    here = GramIndex(tmp_path / "here.db")
    here.create()
    here.write(docs.values())
    there = GramIndex(tmp_path / "there.db")
    there.create()
    batches = [[docs[i] for i in ids[k : k + 7]] for k in range(0, len(ids), 7)]
    grambuild.write_all(there, batches, procs)
    assert there.current({d.id: d.stamp for d in docs.values()}) == set(ids)
    for needed in ({"数据"}, {"区块", "块链"}, {"的"}, {"python"}, {"linux", "内核"}):
        assert there.having(needed) == here.having(needed), needed
    assert there.having({"数据"})
    here.close()
    there.close()
