"""A partial index of the articles the search index lacks, asked for by every search.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STALE = "indexed_stamp IS NULL OR indexed_stamp != search_stamp"


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    op.drop_index("ix_articles_indexed_stamp", table_name="articles")
    op.create_index("ix_articles_stale", "articles", ["id"], sqlite_where=sa.text(STALE))


def downgrade() -> None:
    """Undo this revision's change."""
    op.drop_index("ix_articles_stale", table_name="articles")
    op.create_index("ix_articles_indexed_stamp", "articles", ["indexed_stamp"])
