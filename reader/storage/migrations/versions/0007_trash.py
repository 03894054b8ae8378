"""The trash.

An article moved there keeps its row, highlights and tags, and leaves every list, count and search
until it is restored or the trash is emptied. `index_removals` holds the search entries still to
delete, so a move made by a command in a terminal, or just before a crash, still reaches the index.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEX = "ix_articles_trashed"


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("articles")}
    if "trashed_at" not in columns:
        # Stored as the UTC column type stores it (storage/utc.py): a naive UTC DATETIME.
        op.add_column("articles", sa.Column("trashed_at", sa.DateTime(), nullable=True))
    if not inspector.has_table("index_removals"):
        op.create_table(
            "index_removals",
            sa.Column("article_id", sa.Integer(), primary_key=True, autoincrement=False),
        )
    # Only the few trashed rows are in it: the Trash view and emptying it read just these.
    op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON articles (id) WHERE trashed_at IS NOT NULL")


def downgrade() -> None:
    """Undo this revision's change."""
    op.drop_table("index_removals")
    op.execute(f"DROP INDEX {INDEX}")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("trashed_at")
