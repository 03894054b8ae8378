"""Indexes the library list reads alone.

The date-order indexes of 0006 did not lead with trashed_at, so once 0008 gave SQLite an
index on (trashed_at, ...), a page of the list by date read every article's row and sorted
them: 4.7 s for the first page at 100,000 articles from cold, 155 ms warm. They now lead
with trashed_at and hold the columns the list filters on. A new index holds every column a
row of the list shows or sorts on, so a page's rows, and the list in any other order, never
read the articles' rows, whose text fills pages of its own.

The partial index of the articles the search index lacks leads with trashed_at too, for the
same reason (SQLite chose an index by trashed_at and read every row: 147 ms a search while
the index was incomplete), and holds the stamps, so the count of indexed articles reads it
instead of the table.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FILTERED_ON = "date, read_state, author, categories"
ORDERS = {
    "ix_articles_newest": "(date IS NULL), sort_date DESC, id DESC",
    "ix_articles_oldest": "(date IS NULL), sort_date, id DESC",
}
LIST = (
    "ix_articles_list",
    "id, trashed_at, title, author, date, sort_date, categories, read_state, char_count, "
    "word_count, reading_progress, imported_at",
)

STALE = (
    "ix_articles_stale",
    "trashed_at, id, search_stamp, indexed_stamp",
    "indexed_stamp IS NULL OR indexed_stamp != search_stamp",
)


def upgrade() -> None:
    for name, order in ORDERS.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON articles (trashed_at, {order}, {FILTERED_ON})")
    op.execute(f"CREATE INDEX IF NOT EXISTS {LIST[0]} ON articles ({LIST[1]})")
    op.execute(f"DROP INDEX IF EXISTS {STALE[0]}")
    op.execute(f"CREATE INDEX {STALE[0]} ON articles ({STALE[1]}) WHERE {STALE[2]}")


def downgrade() -> None:
    op.execute(f"DROP INDEX {STALE[0]}")
    op.execute(f"CREATE INDEX {STALE[0]} ON articles (id) WHERE {STALE[2]}")
    op.execute(f"DROP INDEX {LIST[0]}")
    for name, order in ORDERS.items():
        op.execute(f"DROP INDEX {name}")
        op.execute(f"CREATE INDEX {name} ON articles ({order})")
