"""Dates written with a zone other than UTC, stored again as UTC.

Post dates written with a zone other than UTC were stored as their wall-clock time (SQLite drops the
zone), so `10:00 +08:00` read back as 10:00 UTC. Each article's date is read again from the text the
post gave (`date_text`) and stored as UTC; so is the list's sort date when it was that date.

Revision ID: 0005
Revises: 0004
"""

from datetime import UTC

import sqlalchemy as sa
from alembic import op

from reader.core.dates import parse_date

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, date, date_text FROM articles WHERE date_text IS NOT NULL")
    ).all()
    for article_id, stored, date_text in rows:
        parsed = parse_date(date_text)
        if parsed is None or not parsed.utcoffset():
            continue  # no zone, or UTC: stored right
        fixed = parsed.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        was_wall_clock = parsed.replace(tzinfo=None).isoformat(" ", "microseconds")
        if stored != was_wall_clock:
            continue  # not what the old code wrote from this text: leave it alone
        connection.execute(
            sa.text(
                "UPDATE articles SET date = :fixed, search_stamp = search_stamp + 1, "
                "sort_date = CASE WHEN sort_date = :stored THEN :fixed ELSE sort_date END "
                "WHERE id = :id"
            ),
            {"fixed": fixed, "stored": stored, "id": article_id},
        )


def downgrade() -> None:
    """Undo this revision's change."""
    raise NotImplementedError("the wall-clock dates were wrong; there is nothing to go back to")
