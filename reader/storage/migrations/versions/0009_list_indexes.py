"""Indexes that no longer lead with trashed_at, and indexes the library list reads alone.

SQLite, without statistics, takes an equality on an index's first column to be selective.
The counting indexes of 0008 led with trashed_at, and trashed_at IS NULL holds for nearly
every article, so SQLite walked them for every query of the library: the list's first page
by date read all 100,000 articles' rows and sorted them (4.7 s from cold, 155 ms warm), a
search's text check of 1,000 articles walked the whole index once per batch, and so did the
question of what the search index lacks (147 ms). Indexes of the library alone are partial
now (WHERE trashed_at IS NULL), which SQLite uses only when a query asks for that; each
holds trashed_at last, since SQLite reads an index alone only if it holds every column the
query names.

The date-order indexes hold the columns the list filters on, and a new index holds every
column a row of the list shows or sorts on, so a page's rows, and the list in any other
order, never read the articles' rows, whose text fills pages of its own. The index of the
articles the search index lacks holds the stamps its questions read.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

IN_LIBRARY = "trashed_at IS NULL"
STALE = "indexed_stamp IS NULL OR indexed_stamp != search_stamp"
FILTERED_ON = "date, read_state, author, categories, trashed_at"
LIST_COLUMNS = (
    "id, title, author, date, sort_date, categories, read_state, char_count, word_count, "
    "reading_progress, trashed_at, imported_at"
)
# name: (columns, condition) before, and after
BEFORE = {
    "ix_articles_newest": ("(date IS NULL), sort_date DESC, id DESC", ""),
    "ix_articles_oldest": ("(date IS NULL), sort_date, id DESC", ""),
    "ix_articles_stale": ("id", STALE),
    "ix_articles_shelf_state": ("trashed_at, read_state", ""),
    "ix_articles_shelf_author": ("trashed_at, author", ""),
    "ix_articles_shelf_categories": ("trashed_at, categories", ""),
}
AFTER = {
    "ix_articles_newest": (f"(date IS NULL), sort_date DESC, id DESC, {FILTERED_ON}", IN_LIBRARY),
    "ix_articles_oldest": (f"(date IS NULL), sort_date, id DESC, {FILTERED_ON}", IN_LIBRARY),
    "ix_articles_stale": ("id, search_stamp, indexed_stamp, trashed_at", STALE),
    "ix_articles_shelf_state": ("read_state, trashed_at", IN_LIBRARY),
    "ix_articles_shelf_author": ("author, trashed_at", IN_LIBRARY),
    "ix_articles_shelf_categories": ("categories, trashed_at", IN_LIBRARY),
    "ix_articles_list": (LIST_COLUMNS, ""),
}


def _create(indexes: dict[str, tuple[str, str]]) -> None:
    for name, (columns, condition) in indexes.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        where = f" WHERE {condition}" if condition else ""
        op.execute(f"CREATE INDEX {name} ON articles ({columns}){where}")


def upgrade() -> None:
    """Make the change this revision describes (the module's docstring)."""
    _create(AFTER)


def downgrade() -> None:
    """Undo this revision's change."""
    op.execute("DROP INDEX ix_articles_list")
    _create(BEFORE)
