"""The migrations build exactly the schema the ORM models describe; WAL is on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reader.storage.database import Database, head_revision
from reader.storage.schema import Base


def test_migrations_match_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "library.db")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    db.close()
    assert diff == []


def test_new_library_is_at_head_in_wal_mode(tmp_path: Path) -> None:
    Database(tmp_path / "library.db").close()
    conn = sqlite3.connect(tmp_path / "library.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_schema_head_constant_matches_the_migrations() -> None:
    from reader.storage.database import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
