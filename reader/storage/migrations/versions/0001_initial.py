"""The first schema: articles, tags, annotations.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_path", sa.String(), nullable=False, unique=True),
        sa.Column("file_hash", sa.String(64), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("date", _TZ, nullable=True),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("updated", _TZ, nullable=True),
        sa.Column("sort_date", _TZ, nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("cover_image", sa.Text(), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("body_format", sa.String(16), nullable=False),
        sa.Column("original_body", sa.Text(), nullable=False),
        sa.Column("markdown", sa.Text(), nullable=False),
        sa.Column("reading_text", sa.Text(), nullable=False),
        sa.Column("char_count", sa.Integer(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("imported_at", _TZ, nullable=False),
        sa.Column("updated_at", _TZ, nullable=False),
        sa.Column("read_state", sa.String(16), nullable=False),
        sa.Column("reading_offset", sa.Integer(), nullable=False),
        sa.Column("reading_progress", sa.Float(), nullable=False),
    )
    op.create_index("ix_articles_sort_date", "articles", ["sort_date"])
    op.create_index("ix_articles_read_state", "articles", ["read_state"])
    op.create_index("ix_articles_author", "articles", ["author"])
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200, collation="NOCASE"), nullable=False, unique=True),
    )
    op.create_table(
        "article_tags",
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_id", sa.Integer(), sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_table(
        "annotations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("articles.id", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("anchor_state", sa.String(16), nullable=False),
        sa.Column("color", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("modified_at", _TZ, nullable=False),
        sa.Column("deleted_at", _TZ, nullable=True),
    )
    op.create_index("ix_annotations_article_id", "annotations", ["article_id"])
    op.create_table(
        "annotation_tags",
        sa.Column(
            "annotation_id",
            sa.Integer(),
            sa.ForeignKey("annotations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_id", sa.Integer(), sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
        ),
    )


def downgrade() -> None:
    """Undo this revision's change."""
    for table in ("annotation_tags", "annotations", "article_tags", "tags", "articles"):
        op.drop_table(table)
