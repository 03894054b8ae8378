"""An older library is migrated to the current schema with a backup and nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from reader.storage.database import Database, _alembic_config, head_revision

_ARTICLE = (
    "INSERT INTO articles (id, source_path, file_hash, content_hash, revision, title, author,"
    " sort_date, categories, extra, encoding, body_format, original_body, markdown,"
    " reading_text, char_count, word_count, imported_at, updated_at, read_state,"
    " reading_offset, reading_progress) VALUES (1, '/p/a.md', 'f', 'c', 1, '旧文章', '作者',"
    " '2021-01-01 00:00:00', '[\"笔记\"]', '{}', 'utf-8', 'markdown', 'b', 'b', '正文', 2, 2,"
    " '2021-01-01 00:00:00', '2021-01-01 00:00:00', 'read', 5, 0.5)"
)
_ANNOTATION = (
    "INSERT INTO annotations (id, uuid, article_id, exact, prefix, suffix, start, end,"
    " content_hash, anchor_state, color, note, created_at, modified_at) VALUES (1, 'u-1', 1,"
    " '正文', '', '', 0, 2, 'c', 'exact', 'yellow', '我的笔记', '2021-01-01 00:00:00',"
    " '2021-01-01 00:00:00')"
)


def test_upgrade_from_first_schema_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
        connection.exec_driver_sql(_ARTICLE)
        connection.exec_driver_sql(_ANNOTATION)
    engine.dispose()

    db = Database(path)
    db.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    row = conn.execute(
        "SELECT title, read_state, reading_offset, search_stamp, indexed_stamp FROM articles"
    ).fetchone()
    assert row == ("旧文章", "read", 5, 1, None)
    assert conn.execute("SELECT note FROM annotations").fetchone() == ("我的笔记",)
    # in the library, not the trash, and no search entry waiting to be deleted
    assert conn.execute("SELECT trashed_at FROM articles").fetchone() == (None,)
    assert conn.execute("SELECT count(*) FROM index_removals").fetchone() == (0,)
    # its images are known not to have been collected yet: the next import copies them
    assert conn.execute("SELECT images_collected FROM articles").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM images").fetchone() == (0,)
    # the article is known to be missing from the search index, through the partial index
    stale = "SELECT id FROM articles WHERE indexed_stamp IS NULL OR indexed_stamp != search_stamp"
    assert conn.execute(stale).fetchall() == [(1,)]
    plan = " ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {stale}"))
    assert "ix_articles_stale" in plan
    backups = list(tmp_path.glob("library.before-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT note FROM annotations").fetchone() == ("我的笔记",)


def test_library_from_a_newer_reader_is_refused(tmp_path: Path) -> None:
    import pytest

    from reader.core.errors import LibraryError

    path = tmp_path / "library.db"
    Database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(LibraryError, match="newer version"):
        Database(path)
