"""The migrations build exactly the schema the ORM models describe; WAL is on."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reader.core.records import ArticleQuery, ReadState
from reader.storage.database import Database, head_revision
from reader.storage.schema import Base

# Indexes on expressions, which SQLAlchemy cannot reflect: compared by their SQL instead.
EXPRESSION_INDEXES = {
    "ix_articles_newest": "((date IS NULL), sort_date DESC, id DESC, date, read_state, author, "
    "categories, trashed_at) WHERE trashed_at IS NULL",
    "ix_articles_oldest": "((date IS NULL), sort_date, id DESC, date, read_state, author, "
    "categories, trashed_at) WHERE trashed_at IS NULL",
}


def _not_an_expression_index(_obj: object, name: str | None, kind: str, *_args: object) -> bool:
    return not (kind == "index" and name in EXPRESSION_INDEXES)


def test_migrations_match_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "library.db")
    with db.engine.connect() as connection, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression")
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": _not_an_expression_index},
        )
        diff = compare_metadata(context, Base.metadata)
    db.close()
    assert diff == []
    conn = sqlite3.connect(tmp_path / "library.db")
    made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())
    conn.close()
    for name, columns in EXPRESSION_INDEXES.items():
        assert made[name].endswith(f"ON articles {columns}"), made[name]


def _plan(connection: Any, query: Any) -> str:
    sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
    steps = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
    return " | ".join(str(row[-1]) for row in steps)


LIST_QUERIES = [
    ArticleQuery(),
    ArticleQuery(descending=False, offset=400),
    ArticleQuery(read_state=ReadState.UNREAD, offset=400),
    ArticleQuery(inbox=True),
    ArticleQuery(author="Ann"),
    ArticleQuery(category="技术"),
    *(ArticleQuery(sort=sort) for sort in ("title", "author", "length", "imported", "read_state")),
]


@pytest.mark.parametrize("query", LIST_QUERIES, ids=repr)
def test_a_page_of_the_list_reads_indexes_alone(tmp_path: Path, query: ArticleQuery) -> None:
    """A page of the list, in any order and under any filter, is read from covering indexes.

    Never from the articles' rows, which hold their text (at 100,000 articles the first page by
    date took 4.7 s from cold when SQLite chose to read them and sort).
    """
    from reader.storage.articles import _ordered

    db = Database(tmp_path / "library.db")
    with db.engine.connect() as connection:
        plan = _plan(connection, _ordered(query).limit(200).offset(query.offset))
    db.close()
    reads = [
        step for step in plan.split(" | ") if step.startswith(("SCAN articles", "SEARCH articles"))
    ]
    assert reads and all("USING COVERING INDEX ix_articles_" in step for step in reads), plan
    if query.sort == "date" and not query.in_trash:
        assert "TEMP B-TREE" not in plan, plan


def test_the_trash_reads_its_partial_index(tmp_path: Path) -> None:
    from reader.storage.articles import _ordered

    db = Database(tmp_path / "library.db")
    with db.engine.connect() as connection:
        plan = _plan(connection, _ordered(ArticleQuery(in_trash=True)).limit(200))
    db.close()
    assert "USING INDEX ix_articles_trashed" in plan, plan


def test_the_rows_of_a_page_are_read_from_the_list_index(tmp_path: Path) -> None:
    from reader.storage.articles import _rows_of

    db = Database(tmp_path / "library.db")
    with db.engine.connect() as connection:
        plan = _plan(connection, _rows_of([3, 1, 2]))
    db.close()
    assert "USING COVERING INDEX ix_articles_list" in plan, plan


def test_new_library_is_at_head_in_wal_mode(tmp_path: Path) -> None:
    Database(tmp_path / "library.db").close()
    conn = sqlite3.connect(tmp_path / "library.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_schema_head_constant_matches_the_migrations() -> None:
    from reader.storage.database import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_the_sidebar_counts_read_only_their_indexes(tmp_path: Path) -> None:
    """Counts by read state, author and category read a covering index.

    Counting by read state, author and category reads a covering index, never the articles' rows
    (each fills pages of its own with its text: 0.5 s at 100,000).
    """
    from sqlalchemy import func, select

    from reader.storage.schema import IN_LIBRARY, ArticleRow

    db = Database(tmp_path / "library.db")
    queries = {
        "ix_articles_shelf_state": select(ArticleRow.read_state, func.count())
        .where(IN_LIBRARY).group_by(ArticleRow.read_state),
        "ix_articles_shelf_author": select(ArticleRow.author, func.count())
        .where(ArticleRow.author.is_not(None), IN_LIBRARY).group_by(ArticleRow.author),
        "ix_articles_shelf_categories": select(ArticleRow.categories, func.count())
        .where(IN_LIBRARY).group_by(ArticleRow.categories),
    }  # fmt: skip
    with db.engine.connect() as connection:
        for index, query in queries.items():
            sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
            plan = " ".join(
                str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            )
            assert f"USING COVERING INDEX {index}" in plan, plan
    db.close()


def test_no_index_of_articles_leads_with_trashed_at(tmp_path: Path) -> None:
    """No index of the articles leads with trashed_at.

    SQLite takes an equality on an index's first column to be selective, and nearly every
    article has trashed_at IS NULL: such an index drew every query of the library to it.
    """
    Database(tmp_path / "library.db").close()
    conn = sqlite3.connect(tmp_path / "library.db")
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'"
        )
    ]
    leads = {name: conn.execute(f"PRAGMA index_xinfo({name})").fetchone()[2] for name in names}
    conn.close()
    assert len(leads) > 10
    assert [name for name, column in leads.items() if column == "trashed_at"] == []
