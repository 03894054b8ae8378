"""Alembic migrations of the library database, applied in order on open."""
