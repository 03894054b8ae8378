"""An import into a library that fills up stops at the first full write and says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event

from reader.app import Services
from reader.services.importer import Outcome
from tests.conftest import CORPUS_FILES


def test_a_full_library_stops_the_import_and_keeps_what_was_written(
    services: Services, corpus_dir: Path
) -> None:
    engine = services.db.engine
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    assert isinstance(pages, int)

    def cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # SQLite's own "database or disk is full", as on a full disk, after ~40 pages more.
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 40}")

    event.listen(engine, "connect", cap)
    engine.dispose()
    report = services.importer.import_paths([corpus_dir])

    assert report.stopped is not None and "disk is full" in report.stopped
    imported = report.count(Outcome.IMPORTED)
    assert 0 < imported < len(CORPUS_FILES)
    assert len(report.results) == imported  # nothing after the full write was tried
    assert not report.failures
    assert services.library.count() == imported  # what was written is whole
    for result in report.results:
        assert services.library.get(result.article_id or 0).reading_text
