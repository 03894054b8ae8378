"""Building the index in worker processes writes exactly what the one-thread writer writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.writing import PostingPool

from reader.core.records import SearchDocument
from reader.search import bulk
from reader.search.index import SearchIndex, to_fields
from reader.search.pool import CompactPostingPool
from reader.search.whooshinternals import commit_segments, segment_writer
from reader.services import search as search_service
from tests.search.conftest import library_copy

Postings = dict[tuple[str, bytes], list[tuple[int, float]]]


def _postings(index: SearchIndex) -> Postings:
    """Every posting of every text field, by article id, whatever the segments."""
    out: Postings = {}
    with index.ix.searcher() as searcher:
        for sub, _ in searcher.leaf_searchers():
            reader = sub.reader()
            ids = {docnum: int(fields["id"]) for docnum, fields in reader.iter_docs()}
            for field in ("title", "body", "meta", "notes", "tags", "categories"):
                for term in reader.lexicon(field):
                    matcher = reader.postings(field, term)
                    items = out.setdefault((field, term), [])
                    while matcher.is_active():
                        items.append((ids[matcher.id()], round(matcher.weight(), 4)))
                        matcher.next()
    return {key: sorted(items) for key, items in out.items()}


def _segments(index: SearchIndex) -> int:
    with index.ix.searcher() as searcher:
        return len(searcher.leaf_searchers())


def test_parallel_build_equals_single_writer(
    tmp_path: Path, documents: dict[int, SearchDocument]
) -> None:
    docs = [documents[i] for i in sorted(documents)]
    single = SearchIndex(tmp_path / "single")
    single.open()
    single.write(docs)

    built = SearchIndex(tmp_path / "built")
    built.open()
    commits: list[int] = []
    count = built.build(
        iter(docs), procs=2, on_commit=commits.append, commit_every=30, segment_postings=4_000
    )
    assert count == len(docs)
    assert commits == [30, 60, len(docs)]  # searchable part-way through
    assert _segments(built) > len(commits)  # workers start new segments at the budget
    expected = _postings(single)
    assert len(expected) > 5_000
    assert _postings(built) == expected
    for run in ("漏洞", "碳中和", "的"):
        assert built.grams.candidates([run]) == single.grams.candidates([run])
    assert not bulk.worker_temp_folders(str(tmp_path / "built"))  # the workers' are removed
    single.close()
    built.close()


def test_a_commit_keeps_the_temporary_files_of_a_worker(
    tmp_path: Path, documents: dict[int, SearchDocument]
) -> None:
    """Each worker writes in a temporary folder of its own.

    Whoosh names every writer's temporary folder after the index (`MAIN.tmp`) and deletes it
    when a writer finishes, as the parent's commit does: a worker's column file was deleted
    under it (a 100,000-article build failed so). A worker's folder is its own.
    """
    index = SearchIndex(tmp_path)
    index.open()
    worker_ix = bulk._OwnTempStorage(str(tmp_path), supports_mmap=False).open_index()
    writer = segment_writer(worker_ix)
    writer.add_document(**to_fields(documents[min(documents)]))
    held = {p for p in tmp_path.rglob("*.ctmp")}
    assert held
    commit_segments(index.ix, [])  # the parent's commit, meanwhile
    assert {p for p in tmp_path.rglob("*.ctmp")} == held
    writer.cancel()
    index.close()


def test_compact_pool_yields_what_whoosh_pool_yields(
    tmp_path: Path, documents: dict[int, SearchDocument]
) -> None:
    def pooled(pool: Any) -> list[Any]:
        index = SearchIndex(tmp_path / type(pool).__name__)
        index.open()
        writer = index.ix.writer()
        writer.pool = pool
        for doc in documents.values():
            writer.add_document(**to_fields(doc))
        items = list(pool.iter_postings())
        writer.cancel()
        index.close()
        return items

    whoosh_items = pooled(PostingPool(writer_temp := _TempStore(tmp_path), None, limitmb=0.1))
    assert writer_temp.runs > 0  # Whoosh's pool spilled to run files and merged them
    compact_items = pooled(CompactPostingPool())
    assert len(compact_items) > 10_000
    assert [i[:3] for i in compact_items] == [i[:3] for i in whoosh_items]
    assert [i[4] for i in compact_items] == [i[4] for i in whoosh_items]
    assert all(abs(a[3] - b[3]) < 1e-4 for a, b in zip(compact_items, whoosh_items, strict=True))


class _TempStore:
    """Whoosh's pool writes its runs here; counts them."""

    def __init__(self, folder: Path) -> None:
        from whoosh.filedb.filestore import FileStorage

        self._storage = FileStorage(str(folder / "runs")).create()
        self.runs = 0

    def create_file(self, name: str) -> Any:
        self.runs += 1
        return self._storage.create_file(name)

    def open_file(self, name: str) -> Any:
        return self._storage.open_file(name)

    def delete_file(self, name: str) -> None:
        self._storage.delete_file(name)


def test_service_builds_in_workers_and_marks_everything_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_service, "BULK_MIN", 10)
    services = library_copy(tmp_path)
    try:
        states: list[tuple[str, int, int]] = []
        services.search.subscribe(lambda s: states.append((s.state, s.done, s.total)))
        services.search.start()
        assert services.search.wait_idle(120)
        total = services.library.count()
        assert ("indexing", total, total) in states
        assert states[-1][0] == "ready"
        assert services.search.search("碳中和").hits
        assert not services.search.search("碳中和").partial
    finally:
        services.close()


def test_builders_run_below_the_window(tmp_path: Path) -> None:
    """Index builders are a background task.

    They run at a lower priority than the process that started them, so the window and its
    searches come first for the CPU.
    """
    import os

    index = SearchIndex(tmp_path)
    index.open()
    builder = bulk.BulkBuilder(index.ix, str(tmp_path), procs=2)
    try:
        builder.send([])  # a worker has started once it takes a batch
        builder.flush()
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        for process in builder._procs:
            assert process.pid is not None
            niceness = min(19, ours + bulk.BUILDER_NICENESS)  # 19 is the lowest there is
            assert os.getpriority(os.PRIO_PROCESS, process.pid) == niceness
    finally:
        builder.close()
        index.close()
