"""The data of record: SQLAlchemy models, sessions, queries and migrations on SQLite."""
