"""Which articles the search index lacks: right after every kind of change, and cheap to ask."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from reader.app import Services
from reader.storage import searchdocs
from reader.storage.stamps import mark_indexed, touch


def _stale(services: Services) -> set[int]:
    with services.db.reading() as session:
        return set(searchdocs.stale_ids(session))


def test_stale_articles_follow_imports_changes_and_index_writes(
    services: Services, corpus_dir: Path
) -> None:
    report = services.importer.import_paths([corpus_dir])
    ids = {r.article_id for r in report.results if r.article_id is not None}
    assert len(ids) > 10
    assert _stale(services) == ids

    with services.db.reading() as session:
        stamps = searchdocs.stamps(session, sorted(ids))
    first, second, *_ = sorted(ids)
    with services.db.transaction() as session:
        mark_indexed(session, stamps)
    assert _stale(services) == set()

    with services.db.transaction() as session:
        touch(session, [first])
        # an index write of the stamp read before the change must not hide the change
        mark_indexed(session, {first: stamps[first], second: stamps[second]})
    assert _stale(services) == {first}

    with services.db.transaction() as session:
        searchdocs.forget_index(session)
    assert _stale(services) == ids


def _plans(services: Services, ask: Callable[[Session], object]) -> list[str]:
    """The query plan of each SELECT that `ask` makes, one step of it per item."""
    plans: list[str] = []

    def explain(_conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            steps = cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plans.extend(str(row[-1]) for row in steps)

    event.listen(services.db.engine, "before_cursor_execute", explain)
    try:
        with services.db.reading() as session:
            ask(session)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", explain)
    return plans


@pytest.mark.parametrize(
    "ask", [searchdocs.stale_ids, searchdocs.stale_stamps, searchdocs.expected_entries]
)
def test_asking_for_stale_articles_reads_no_article_rows(
    services: Services, ask: Callable[[Session], object]
) -> None:
    """Every search asks what the index lacks.

    Read from the table, each answer crossed every article's row, text and all: 147 ms at
    100,000 articles, seconds from cold.
    """
    reads = [step for step in _plans(services, ask) if " articles " in f"{step} "]
    assert reads
    for step in reads:
        assert "COVERING INDEX" in step, reads
    assert any("ix_articles_stale" in step for step in reads), reads


def test_reading_chosen_articles_looks_each_up_by_its_id(services: Services) -> None:
    """The text checks of a search read 1,000 articles in batches.

    With an index led by trashed_at, SQLite walked it whole for each batch instead: 0.28 s a
    search at 100,000.
    """
    reads = [
        step
        for step in _plans(
            services, lambda session: searchdocs.search_documents(session, [1, 2, 3])
        )
        if step.startswith(("SEARCH articles", "SCAN articles"))
    ]
    assert reads and all("INTEGER PRIMARY KEY" in step for step in reads), reads
