"""`reader check`: is the library whole? Database, its links, the search index, backups.

Every check reads only: a damaged library is examined as it is, never repaired behind the
user's back. Each finding says in words what is wrong and what to do.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.services.backups import list_backups, problem_with
from reader.services.location import LibraryLocation
from reader.services.media import MediaStore
from reader.storage.database import SCHEMA_HEAD, read_only_uri


@dataclass(frozen=True)
class Finding:
    """One check of `reader check`: its name, whether it passed, and what it found."""

    check: str
    ok: bool
    detail: str


def check_library(location: LibraryLocation) -> list[Finding]:
    """Check the library: its database, contents, index, media and backups; a finding each."""
    findings = [_database(location.database)]
    if findings[0].ok:
        findings += _contents(location.database)
        findings.append(_index(location))
        findings.append(_media(location))
    findings.append(_backups(location))
    return findings


def _database(path: Path) -> Finding:
    if not path.exists():
        return Finding("database", False, f"{path} is missing")
    problem = problem_with(path)
    if problem is not None:
        return Finding("database", False, f"{path}: {problem}; restore a backup")
    with _read_only(path) as connection:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    if result != ["ok"]:
        return Finding("database", False, "; ".join(result) + "; restore a backup")
    return Finding("database", True, f"{path} passes SQLite's integrity check")


def _contents(path: Path) -> list[Finding]:
    with _read_only(path) as connection:
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        in_trash = (
            connection.execute(
                "SELECT count(*) FROM articles WHERE trashed_at IS NOT NULL"
            ).fetchone()[0]
            if _has_trash(connection)
            else 0
        )
        highlights = connection.execute(
            "SELECT count(*) FROM annotations WHERE deleted_at IS NULL"
        ).fetchone()[0]
    schema = version[0] if version else "none"
    newer = "" if schema == SCHEMA_HEAD else f"; this Reader writes {SCHEMA_HEAD}"
    return [
        Finding(
            "links",
            not broken,
            f"{len(broken)} rows point at rows that do not exist"
            if broken
            else "every tag, highlight and state belongs to an article",
        ),  # fmt: skip
        Finding(
            "schema",
            schema == SCHEMA_HEAD,
            f"schema {schema}{newer}",
        ),  # fmt: skip
        Finding(
            "contents",
            True,
            f"{articles - in_trash} articles, {highlights} highlights"
            + (f"; {in_trash} articles in the trash" if in_trash else ""),
        ),
    ]


def _has_trash(connection: sqlite3.Connection) -> bool:
    """Whether the schema has the trash (0007); `check` reads older libraries too."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(articles)")}
    return "trashed_at" in columns


def _index(location: LibraryLocation) -> Finding:
    from whoosh import index

    folder = location.index_dir
    if not folder.is_dir() or not index.exists_in(str(folder)):
        return Finding("search index", True, "not built yet; Reader builds it when it starts "
                       "(or run reader reindex)")  # fmt: skip
    with _read_only(location.database) as connection:
        trash = _has_trash(connection)
        in_library = "trashed_at IS NULL" if trash else "1"
        articles = connection.execute(
            f"SELECT count(*) FROM articles WHERE {in_library}"
        ).fetchone()[0]
        waiting = connection.execute(
            f"SELECT count(*) FROM articles WHERE {in_library} AND (indexed_stamp IS NULL "
            "OR indexed_stamp != search_stamp)"
        ).fetchone()[0]
        # An article in the index at an older stamp still has its (old) document there, and
        # one moved to the trash keeps its document until the index worker deletes it.
        removals = " + (SELECT count(*) FROM index_removals)" if trash else ""
        recorded = connection.execute(
            f"SELECT (SELECT count(*) FROM articles WHERE indexed_stamp IS NOT NULL){removals}"
        ).fetchone()[0]
    try:
        ix = index.open_dir(str(folder))
        try:
            indexed = ix.doc_count()
        finally:
            ix.close()
    except Exception as exc:  # any damage at all: the next start rebuilds it
        return Finding("search index", False, f"unreadable ({type(exc).__name__}: {exc}); "
                       "Reader rebuilds it at the next start")  # fmt: skip
    agree = indexed == recorded
    detail = f"{indexed} of {articles} articles indexed" + (
        f", {waiting} waiting" if waiting else ""
    )
    if not agree:
        detail += "; the index and the database disagree: Reader rebuilds it at the next start"
    return Finding("search index", agree, detail)


def _media(location: LibraryLocation) -> Finding:
    store = MediaStore(location.media_dir)
    with _read_only(location.database) as connection:
        stored = connection.execute(
            "SELECT sha256, min(mime) FROM images WHERE state = 'stored' GROUP BY sha256"
        ).fetchall()
        waiting = connection.execute(
            "SELECT count(*) FROM articles WHERE NOT images_collected"
        ).fetchone()[0]
    missing = [sha for sha, mime in stored if not store.has(sha, mime)]
    detail = f"{len(stored) - len(missing)} of {len(stored)} stored images present"
    if waiting:
        detail += f"; {waiting} articles not yet looked at (their next import copies them)"
    if missing:
        detail += f"; missing: {', '.join(m[:12] for m in missing[:5])}"
    return Finding("images", not missing, detail)


def _backups(location: LibraryLocation) -> Finding:
    backups = list_backups(location)
    if not backups:
        return Finding("backups", True, "none yet (one is made after each import and daily)")
    newest = backups[0]
    age = datetime.now(UTC) - newest.created
    problem = problem_with(newest.path)
    detail = (f"{len(backups)}, the newest {_age(age.total_seconds())} old "
              f"({newest.path.name})")  # fmt: skip
    if problem is not None:
        return Finding("backups", False, f"{detail}, which is unusable: {problem}")
    return Finding("backups", True, detail)


def _age(seconds: float) -> str:
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "under a minute"


class _read_only:  # noqa: N801 - used as a context manager, like open()
    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(read_only_uri(path), uri=True)

    def __enter__(self) -> sqlite3.Connection:
        return self._connection

    def __exit__(self, *_exc: object) -> None:
        self._connection.close()
