"""Rolling backups of the library database, and restoring one.

Backups are whole copies made with SQLite's online backup API (consistent while Reader runs),
written under a temporary name and renamed only once verified, in ``backups/`` inside the
library folder so that the folder stays whole on its own. Reader makes one after each import
that changed something and one a day; the newest few automatic ones are kept, backups the
user asked for are never pruned.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.errors import LibraryError
from reader.services.location import LibraryLocation
from reader.storage.database import read_only_uri

log = logging.getLogger(__name__)
KEEP_AUTOMATIC = 7
DAILY = timedelta(days=1)
_NAME = re.compile(r"^library-(\d{8}T\d{6}\d{6})-(auto|daily|manual|before-restore)\.db$")


@dataclass(frozen=True)
class Backup:
    """A backup of the library's database, and when it was made."""

    path: Path
    created: datetime
    kind: str  # auto (after an import), daily, manual, before-restore

    @property
    def automatic(self) -> bool:
        """Whether Reader made it on its own (before a migration or an import)."""
        return self.kind in ("auto", "daily")


def backups_dir(location: LibraryLocation) -> Path:
    """The folder of the library's backups."""
    return location.root / "backups"


def list_backups(location: LibraryLocation) -> list[Backup]:
    """Every backup in the library folder, newest first."""
    found = []
    folder = backups_dir(location)
    for path in folder.glob("library-*.db") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match:
            created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
            found.append(Backup(path, created, match.group(2)))
    return sorted(found, key=lambda b: b.created, reverse=True)


def problem_with(path: Path) -> str | None:
    """Why this database file can't be a library, or None if it is sound."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = connection.execute("PRAGMA quick_check(1)").fetchone()
        if not result or result[0] != "ok":
            return f"it is damaged ({result[0] if result else 'no answer'})"
        if not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles'"
        ).fetchone():
            return "it holds no library"
        return None
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def make_backup(location: LibraryLocation, kind: str = "manual") -> Backup:
    """Copy the library database into backups/; the copy is verified before it counts."""
    source_path = location.database
    if not source_path.exists():
        raise LibraryError(f"there is no library database at {source_path} to back up")
    folder = backups_dir(location)
    folder.mkdir(parents=True, exist_ok=True)
    created = datetime.now(UTC)
    final = folder / f"library-{created.strftime('%Y%m%dT%H%M%S%f')}-{kind}.db"
    partial = final.with_suffix(".partial")
    try:
        source = sqlite3.connect(read_only_uri(source_path), uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                # A self-contained file: no -wal or -shm beside it (the copy takes the
                # library's WAL mode from its header otherwise).
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        problem = problem_with(partial)
        if problem is not None:
            raise LibraryError(f"the backup could not be verified: {problem}")
        os.replace(partial, final)
    except sqlite3.Error as exc:
        raise LibraryError(f"the library could not be backed up: {exc}") from exc
    except OSError as exc:
        raise LibraryError(f"the backup could not be written: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    prune(location)
    log.info("backed up the library to %s", final)
    return Backup(final, created, kind)


def prune(location: LibraryLocation, keep: int = KEEP_AUTOMATIC) -> None:
    """Remove all but the newest `keep` automatic backups."""
    for old in [b for b in list_backups(location) if b.automatic][keep:]:
        old.path.unlink(missing_ok=True)


def backup_if_due(location: LibraryLocation, now: datetime | None = None) -> Backup | None:
    """The daily backup, when the newest backup of any kind is more than a day old."""
    newest = next(iter(list_backups(location)), None)
    if newest is not None and (now or datetime.now(UTC)) - newest.created < DAILY:
        return None
    return make_backup(location, "daily")


def newest_good_backup(location: LibraryLocation) -> Backup | None:
    """The newest backup that passes SQLite's integrity check, if any."""
    return next((b for b in list_backups(location) if problem_with(b.path) is None), None)


def restore(location: LibraryLocation, backup: Path) -> Path:
    """Put `backup` in place of the library database; return where the old one was moved.

    The old database (with its WAL) is kept beside it, never deleted, and the search index
    is dropped so that it is rebuilt from the restored articles. Reader must not be running
    on this library meanwhile.
    """
    problem = problem_with(backup)
    if problem is not None:
        raise LibraryError(f"{backup} cannot be restored: {problem}")
    database = location.database
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = database.with_name(f"library.replaced-{stamp}.db")
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{database}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{kept}{suffix}"))
    partial = database.with_suffix(".restoring")
    shutil.copyfile(backup, partial)
    os.replace(partial, database)
    shutil.rmtree(location.index_dir, ignore_errors=True)
    log.info("restored %s; the previous database is kept as %s", backup, kept)
    return kept
