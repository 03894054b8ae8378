"""Search stamps: which version of each article the search index holds.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    with op.batch_alter_table("articles") as batch:
        batch.add_column(
            sa.Column("search_stamp", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(sa.Column("indexed_stamp", sa.Integer(), nullable=True))
        batch.create_index("ix_articles_indexed_stamp", ["indexed_stamp"])


def downgrade() -> None:
    """Undo this revision's change."""
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_indexed_stamp")
        batch.drop_column("indexed_stamp")
        batch.drop_column("search_stamp")
