"""Opening the library database: SQLite in WAL mode, migrated to the current schema on open."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from reader.core.errors import DamagedLibraryError, LibraryError
from reader.storage.indexhints import write_index_hints

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Checked against Alembic by a test, so that opening an up-to-date
# library does not import Alembic at all (a fifth of start-up time).
SCHEMA_HEAD = "0009"
# How long a write waits for another connection's (the window's index worker, a command in
# a terminal) before giving up with "the library is in use".
BUSY_TIMEOUT_MS = 5_000


class Database:
    """The library database: an engine, a session factory and transactional scopes."""

    def __init__(
        self, path: Path, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.path = path
        # Read-only (a library on a read-only disk or shared without write permission):
        # opened as immutable, since SQLite can create neither the WAL's shared-memory file
        # nor locks there; every write then fails with "the library folder is read-only".
        self.read_only = read_only
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{path}"
        if read_only:
            url = f"sqlite:///file:{quote(str(path.absolute()))}?mode=ro&immutable=1&uri=true"
        self.engine: Engine = create_engine(url, connect_args={"check_same_thread": False})
        write_index_hints(self.engine)
        if not read_only:
            event.listen(self.engine, "connect", _connection_setup(busy_timeout_ms))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if read_only:
            _check_schema_unchanged(self.engine, path)
        else:
            migrate(self.engine, path)
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()
        self._seen_version = self._data_version()  # what this process has seen
        self._elsewhere = False
        event.listen(self._sessions, "before_commit", self._before_commit)
        event.listen(self._sessions, "after_commit", self._after_commit)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DatabaseError as exc:
            raise _known_error(exc, self.path) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only."""
        try:
            with self._sessions() as session:
                yield session
        except DatabaseError as exc:
            raise _known_error(exc, self.path) from exc

    def checkpoint(self) -> None:
        """Move the write-ahead log into the database file.

        Move the write-ahead log into the database file after a large write, so that the
        file alone holds everything (a lost -wal file then loses nothing).
        """
        if self.read_only:
            return
        self._before_commit(None)  # resetting the log changes data_version too
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DatabaseError as exc:
            raise _known_error(exc, self.path) from exc
        self._after_commit(None)

    def _data_version(self) -> int:
        """SQLite's data_version on a connection kept for this alone.

        It changes whenever another connection, in this process or another, commits a write.
        """
        with self._watch_lock:
            try:
                if self._watch is None:
                    self._watch = sqlite3.connect(self._uri(), uri=True, check_same_thread=False)
                return int(self._watch.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error as exc:
                raise LibraryError(f"the library database cannot be read: {exc}") from exc

    # Our own commits change data_version too. Just before each, a change we have not seen
    # is another process's, and is remembered; just after, the new version is ours.
    def _before_commit(self, _session: Session | None) -> None:
        with contextlib.suppress(LibraryError):
            if self._data_version() != self._seen_version:
                self._elsewhere = True

    def _after_commit(self, _session: Session | None) -> None:
        with contextlib.suppress(LibraryError):
            self._seen_version = self._data_version()

    def written_elsewhere(self) -> bool:
        """Whether another process wrote the library since the last time this was asked.

        Whether another process wrote the library since the last time this was asked (our
        own commits excluded).
        """
        version = self._data_version()
        changed = self._elsewhere or version != self._seen_version
        self._seen_version, self._elsewhere = version, False
        return changed

    def _uri(self) -> str:
        return read_only_uri(self.path) if self.read_only else self.path.absolute().as_uri()

    def rescue_deleted_log(self) -> bool:
        """Fold a write-ahead log deleted while the library is open into the database.

        If the write-ahead log was deleted while the library is open (its file is gone while
        our connections still hold it), fold it into the database at once: the commits in it
        live only in that open, unlinked file until then.
        """
        wal = Path(f"{self.path}-wal")
        if self.read_only or self._watch is None or wal.exists() or not self.path.exists():
            return False
        log.warning("%s was deleted while the library was open; saving its commits", wal)
        self.checkpoint()
        return True

    def close(self) -> None:
        """Close every connection."""
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads `path` without writing anything beside it.

    On a folder that can't be written, also immutable: SQLite could create neither its locks nor
    the WAL's shared memory there, and nothing else can change the file.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    return uri if os.access(path.parent, os.W_OK) else f"{uri}&immutable=1"


def _connection_setup(busy_timeout_ms: int) -> Callable[[sqlite3.Connection, Any], None]:
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    return configure


def another_writer(path: Path) -> bool:
    """Whether another connection (another Reader) holds the library's write lock now."""
    if not path.exists():
        return False
    try:
        probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    finally:
        probe.close()
    return False


_DAMAGE = ("malformed", "not a database", "corrupt", "disk image")


def _known_error(exc: DatabaseError, path: Path) -> Exception:
    text = str(exc.orig).lower()
    if any(word in text for word in _DAMAGE):
        return DamagedLibraryError(f"the library database {path} is damaged ({exc.orig})")
    if "locked" in text or "busy" in text:
        return LibraryError("the library is in use by another program; try again in a moment")
    if "full" in text:
        return LibraryError("the disk is full; free some space and try again")
    if "readonly" in text or "read-only" in text:
        return LibraryError("the library is read-only: it can be read, not changed")
    if "disk i/o error" in text:
        return LibraryError("the library's disk could not be written or read (disk I/O error)")
    return exc


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this Reader writes."""
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _check_schema_unchanged(engine: Engine, path: Path) -> None:
    """A read-only library is used as it is: one that needs migrating can't be opened."""
    try:
        with engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            version = stored.scalar()
    except DatabaseError as exc:
        known = _known_error(exc, path)
        if isinstance(known, LibraryError):
            raise known from exc
        raise LibraryError(f"the library database {path} cannot be opened: {exc.orig}") from exc
    if version != SCHEMA_HEAD:
        raise LibraryError(
            f"the library at {path.parent} is read-only and was written by another version "
            f"of Reader (schema {version}); it can be opened once it can be written"
        )


def migrate(engine: Engine, path: Path, target: str = "head") -> None:
    """Bring the schema to `target`, backing up an existing library before changing it."""
    try:
        with engine.connect() as connection:
            has_table = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            stored = (
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if has_table
                else None
            )
    except DatabaseError as exc:
        known = _known_error(exc, path)
        if isinstance(known, LibraryError):
            raise known from exc
        raise LibraryError(f"the library database {path} cannot be opened: {exc.orig}") from exc
    if target == "head" and stored == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    current = stored
    script = ScriptDirectory.from_config(_alembic_config(None))
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise LibraryError(
                f"this library was written by a newer version of Reader (schema {current})"
            ) from exc
        backup(engine, path, f"before-{wanted}")
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), target)
    log.info("library schema migrated from %s to %s", current, wanted)


def backup(engine: Engine, path: Path, label: str) -> Path:
    """Copy the whole database with SQLite's online backup; return the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}.bak")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with sqlite3.connect(target) as dest:
            source.backup(dest)
        dest.close()
    finally:
        raw.close()
    return target
