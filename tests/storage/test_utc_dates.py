"""Dates with a zone are stored as the instant they name.

Dates with a zone are stored as the instant they name, and a library written before that was fixed
has its shifted dates repaired by migration 0005.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.app import open_services
from reader.services.location import LibraryLocation

POST = "---\ntitle: Zoned\ndate: {date}\n---\nA post with a zoned date.\n"


@pytest.mark.parametrize(
    ("written", "instant"),
    [
        ("2021-05-28 10:00:00 +08:00", datetime(2021, 5, 28, 2, 0, tzinfo=UTC)),
        ("2021-05-28T23:30:00-05:00", datetime(2021, 5, 29, 4, 30, tzinfo=UTC)),
        ("2021-05-28 10:00:00", datetime(2021, 5, 28, 10, 0, tzinfo=UTC)),
        ("Fri, 28 May 2021 10:00:00 +0200", datetime(2021, 5, 28, 8, 0, tzinfo=UTC)),
    ],
)
def test_a_zoned_date_is_stored_as_its_instant(
    tmp_path: Path, written: str, instant: datetime
) -> None:
    (tmp_path / "post.md").write_text(POST.format(date=written), encoding="utf-8")
    services = open_services(LibraryLocation(tmp_path / "lib"))
    try:
        services.importer.import_paths([tmp_path / "post.md"])
        article = services.library.get(1)
        assert article.date == instant and article.date.tzinfo is not None
        assert services.library.list_articles()[0].date == instant
    finally:
        services.close()


def test_migration_0005_repairs_dates_stored_as_wall_clock(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(POST.format(date="2021-05-28 10:00:00 +08:00"), "utf-8")
    location = LibraryLocation(tmp_path / "lib")
    services = open_services(location)
    services.importer.import_paths([tmp_path / "post.md"])
    services.close()
    # As Reader wrote it before 0005: the wall-clock time, zone dropped.
    db = sqlite3.connect(location.database)
    with db:
        db.execute("UPDATE articles SET date = '2021-05-28 10:00:00.000000', "
                   "sort_date = '2021-05-28 10:00:00.000000'")  # fmt: skip
        db.execute("UPDATE alembic_version SET version_num = '0004'")
    stamp = db.execute("SELECT search_stamp FROM articles").fetchone()[0]
    db.close()
    services = open_services(location)
    try:
        article = services.library.get(1)
        assert article.date == datetime(2021, 5, 28, 2, 0, tzinfo=UTC)
        assert services.library.list_articles()[0].date == article.date
    finally:
        services.close()
    db = sqlite3.connect(location.database)
    assert db.execute("SELECT sort_date, search_stamp FROM articles").fetchone() == (
        "2021-05-28 02:00:00.000000",
        stamp + 1,
    )
    db.close()
