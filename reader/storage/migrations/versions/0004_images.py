"""Article images, conversion versions, and indexes to find duplicates.

The media store's table of article images, which articles have had theirs collected, which version
of the conversion each article's Markdown came from, and indexes to find an article by its text or
source address (duplicates).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    op.create_table(
        "images",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("mime", sa.String(40)),
        sa.Column("bytes", sa.Integer()),
        sa.Column("reason", sa.Text()),
        sa.UniqueConstraint("article_id", "url"),
    )
    op.create_index("ix_images_article_id", "images", ["article_id"])
    op.create_index("ix_images_sha256", "images", ["sha256"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_source_url", "articles", ["source_url"])
    with op.batch_alter_table("articles") as batch:
        batch.add_column(
            sa.Column("images_collected", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("converter_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    """Undo this revision's change."""
    op.drop_index("ix_articles_source_url", table_name="articles")
    op.drop_index("ix_articles_content_hash", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("converter_version")
        batch.drop_column("images_collected")
    op.drop_index("ix_images_sha256", table_name="images")
    op.drop_index("ix_images_article_id", table_name="images")
    op.drop_table("images")
