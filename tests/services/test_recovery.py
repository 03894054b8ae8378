"""A damaged library is recognised, named and restored from its own backups, nothing lost."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.app import open_services
from reader.cli import main
from reader.core.errors import DamagedLibraryError
from reader.services.backups import (
    KEEP_AUTOMATIC,
    backup_if_due,
    list_backups,
    make_backup,
    newest_good_backup,
    problem_with,
    restore,
)
from reader.services.health import check_library
from reader.services.location import LibraryLocation


def _library(corpus_library_dir: Path) -> tuple[LibraryLocation, int, str]:
    """A library of the corpus with one highlight; returns (location, articles, quote)."""
    location = LibraryLocation(corpus_library_dir)
    services = open_services(location)
    article = next(a for a in services.library.list_articles() if "碳中和" in a.title)
    services.annotations.create_from_quote(article.id, "蚂蚁森林", note="保留")
    make_backup(location, "manual")  # the highlight is in this one
    count = services.library.count()
    services.close()
    return location, count, "蚂蚁森林"


def _damage(path: Path, how: str) -> None:
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    if how == "truncated":
        with path.open("r+b") as handle:
            handle.truncate(path.stat().st_size // 3)
    elif how == "overwritten":
        path.write_bytes(os.urandom(path.stat().st_size))
    elif how == "deleted":
        path.unlink()


@pytest.mark.parametrize("how", ["truncated", "overwritten", "deleted"])
def test_damage_is_named_and_the_newest_backup_restores_everything(
    corpus_library_dir: Path, how: str
) -> None:
    location, count, quote = _library(corpus_library_dir)
    _damage(location.database, how)

    with pytest.raises(DamagedLibraryError) as raised:
        open_services(location).close()
    assert ("missing" if how == "deleted" else "damaged") in str(raised.value)
    assert not location.database.exists() or how != "deleted"  # no new empty library

    findings = {f.check: f for f in check_library(location)}
    assert not findings["database"].ok

    newest = newest_good_backup(location)
    assert newest is not None
    kept = restore(location, newest.path)
    assert kept.exists() or how == "deleted"  # the damaged file is kept, never deleted
    services = open_services(location)
    try:
        assert services.library.count() == count
        [highlight] = services.annotations.list_annotations()
        assert highlight.exact == quote and highlight.note == "保留"
    finally:
        services.close()
    assert all(f.ok for f in check_library(location))


def test_an_import_that_changed_something_leaves_a_verified_backup(
    library_dir: Path, corpus_dir: Path
) -> None:
    location = LibraryLocation(library_dir)
    services = open_services(location)
    try:
        services.importer.import_paths([corpus_dir])
        [backup] = list_backups(location)
        assert backup.kind == "auto" and problem_with(backup.path) is None
        assert not Path(f"{backup.path}-wal").exists()  # a self-contained file
        services.importer.import_paths([corpus_dir])  # nothing changed: no new backup
        assert len(list_backups(location)) == 1
        # The WAL was folded into the database file after the import.
        wal = Path(f"{location.database}-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    finally:
        services.close()
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT count(*) FROM articles").fetchone()[0] > 50


def test_only_the_newest_automatic_backups_are_kept(corpus_library_dir: Path) -> None:
    location, _, _ = _library(corpus_library_dir)
    for _ in range(KEEP_AUTOMATIC + 3):
        make_backup(location, "auto")
    backups = list_backups(location)
    assert sum(b.automatic for b in backups) == KEEP_AUTOMATIC
    assert sum(b.kind == "manual" for b in backups) == 1  # the user's own are never pruned
    assert backup_if_due(location) is None  # the newest is minutes old
    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    daily = backup_if_due(location, now=later)
    assert daily is not None and daily.kind == "daily"


def test_check_and_restore_from_the_command_line(
    corpus_library_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location, count, _ = _library(corpus_library_dir)
    assert main(["--library", str(corpus_library_dir), "check"]) == 0
    _damage(location.database, "truncated")
    assert main(["--library", str(corpus_library_dir), "list"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "reader restore" in err and "Traceback" not in err
    assert main(["--library", str(corpus_library_dir), "check", "--json"]) == 1
    assert '"ok": false' in capsys.readouterr().out
    assert main(["--library", str(corpus_library_dir), "restore", "--newest"]) == 0
    assert "restored" in capsys.readouterr().out
    assert main(["--library", str(corpus_library_dir), "list", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == count
