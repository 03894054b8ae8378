"""SQLite's INDEXED BY, written where SQLAlchemy's `with_hint` puts a table hint.

SQLAlchemy's SQLite dialect drops table hints. The library names an index for the few
queries whose best index SQLite cannot see: the list's rows, read from a covering index
instead of the articles' rows, which hold their text (storage/articles.py).
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.sql.expression import FromClause


class _HintingCompiler(SQLiteCompiler):
    def get_from_hint_text(self, table: FromClause, text: str | None) -> str | None:
        return text


def write_index_hints(engine: Engine) -> None:
    """Make this engine write `with_hint(table, "INDEXED BY name")` after the table's name."""
    engine.dialect.statement_compiler = _HintingCompiler
