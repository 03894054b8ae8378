"""Indexes for the list in date order with undated posts last, newest or oldest first.

The order is (date IS NULL, sort_date), which the plain sort_date index cannot give, so each page of
200 sorted the whole table (38 ms a page at 20,000 articles, 3.5 s to reopen an article far down the
list).

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NEWEST = "ix_articles_newest"
OLDEST = "ix_articles_oldest"


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {NEWEST} ON articles ((date IS NULL), sort_date DESC, id DESC)"
    )
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {OLDEST} ON articles ((date IS NULL), sort_date, id DESC)"
    )


def downgrade() -> None:
    """Undo this revision's change."""
    op.execute(f"DROP INDEX {OLDEST}")
    op.execute(f"DROP INDEX {NEWEST}")
