"""SQLAlchemy ORM models: the tables of the library database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    or_,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from reader.storage.utc import UTCDateTime


class Base(DeclarativeBase):
    """The tables' declarative base."""

    pass


article_tags = Table(
    "article_tags",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

annotation_tags = Table(
    "annotation_tags",
    Base.metadata,
    Column("annotation_id", ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class ArticleRow(Base):
    """An article: the post as imported, its text, and the reader's state."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_path: Mapped[str] = mapped_column(String, unique=True)
    file_hash: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    date: Mapped[datetime | None] = mapped_column(UTCDateTime())
    date_text: Mapped[str | None] = mapped_column(Text)
    updated: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sort_date: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    cover_image: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    encoding: Mapped[str] = mapped_column(String(32), default="utf-8")
    body_format: Mapped[str] = mapped_column(String(16))
    original_body: Mapped[str] = mapped_column(Text)
    markdown: Mapped[str] = mapped_column(Text)
    reading_text: Mapped[str] = mapped_column(Text)
    char_count: Mapped[int] = mapped_column(Integer)
    word_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    read_state: Mapped[str] = mapped_column(String(16), default="unread", index=True)
    reading_offset: Mapped[int] = mapped_column(Integer, default=0)
    reading_progress: Mapped[float] = mapped_column(Float, default=0.0)
    # Raised whenever something the search index holds changes; the index worker records the
    # stamp it wrote, so a missing or stale index entry is always visible in the database.
    search_stamp: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    indexed_stamp: Mapped[int | None] = mapped_column(Integer)
    # Whether the article's local images have been looked for and copied into the media
    # store (an article imported before there was one has not).
    images_collected: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The version of the conversion its Markdown came from (core.posts.CONVERTER_VERSION).
    converter_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # When it was moved to the trash (storage/trash.py); None for every article in the library.
    trashed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    tags: Mapped[list[TagRow]] = relationship(secondary=article_tags, lazy="selectin")

    __table_args__ = (
        Index("ix_articles_author", "author"),
        # An import asks, for each new file, whether the library holds its text already.
        Index("ix_articles_content_hash", "content_hash"),
        Index("ix_articles_source_url", "source_url"),
    )


# No index of articles leads with trashed_at. SQLite, without statistics, takes an equality
# on an index's first column to be selective; on trashed_at IS NULL, true of nearly every
# article, it then walked such an index for every query of the library, ids or not, and
# read each article's row, whose text fills pages of its own (0008's counting indexes did
# that: 4.7 s for the list's first page at 100,000 articles from cold, 0.1 ms an article
# for the search's text checks). Indexes of the library alone are partial instead.

# Articles in the library, not in the trash: every list, count and search asks for these.
IN_LIBRARY = ArticleRow.trashed_at.is_(None)
IN_TRASH = ArticleRow.trashed_at.is_not(None)

# Articles the search index lacks or holds an older version of. Every search asks for them,
# so a partial index holds just these rows, with the stamps the questions read: the answer
# costs microseconds instead of a scan of the whole table. The query must use this very
# expression for SQLite to pick the index.
ARTICLE_STALE = or_(
    ArticleRow.indexed_stamp.is_(None), ArticleRow.indexed_stamp != ArticleRow.search_stamp
)
_STALE_COLUMNS = (ArticleRow.search_stamp, ArticleRow.indexed_stamp, ArticleRow.trashed_at)
Index("ix_articles_stale", ArticleRow.id, *_STALE_COLUMNS, sqlite_where=ARTICLE_STALE)

# The list by date, undated posts last (storage/articles.py orders by exactly these). Each
# index holds the columns the list filters on, so a filtered page reads no article's row.
DATE_ORDER_NEWEST = (ArticleRow.date.is_(None), ArticleRow.sort_date.desc(), ArticleRow.id.desc())
DATE_ORDER_OLDEST = (ArticleRow.date.is_(None), ArticleRow.sort_date.asc(), ArticleRow.id.desc())
# trashed_at last: SQLite reads a partial index alone only if it holds every column named.
_FILTERED_ON = (
    ArticleRow.date,
    ArticleRow.read_state,
    ArticleRow.author,
    ArticleRow.categories,
    ArticleRow.trashed_at,
)
NEWEST_INDEX, OLDEST_INDEX = "ix_articles_newest", "ix_articles_oldest"
Index(NEWEST_INDEX, *DATE_ORDER_NEWEST, *_FILTERED_ON, sqlite_where=IN_LIBRARY)
Index(OLDEST_INDEX, *DATE_ORDER_OLDEST, *_FILTERED_ON, sqlite_where=IN_LIBRARY)
# Every column a row of the list shows or sorts on: a page's rows, and the list in any other
# order, are read from this index alone (storage/articles.py names it with INDEXED BY).
LIST_INDEX = "ix_articles_list"
# The columns of a row of the list, as storage/articles.py reads them.
LIST_ROW = (
    ArticleRow.id,
    ArticleRow.title,
    ArticleRow.author,
    ArticleRow.date,
    ArticleRow.sort_date,
    ArticleRow.categories,
    ArticleRow.read_state,
    ArticleRow.char_count,
    ArticleRow.word_count,
    ArticleRow.reading_progress,
    ArticleRow.trashed_at,
)
Index(LIST_INDEX, *LIST_ROW, ArticleRow.imported_at)
Index("ix_articles_trashed", ArticleRow.id, sqlite_where=IN_TRASH)
# The sidebar's counts, read from these alone.
Index(
    "ix_articles_shelf_state", ArticleRow.read_state, ArticleRow.trashed_at, sqlite_where=IN_LIBRARY
)
Index("ix_articles_shelf_author", ArticleRow.author, ArticleRow.trashed_at, sqlite_where=IN_LIBRARY)
Index(
    "ix_articles_shelf_categories",
    ArticleRow.categories,
    ArticleRow.trashed_at,
    sqlite_where=IN_LIBRARY,
)


class TagRow(Base):
    """A tag name, shared by articles and highlights."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), unique=True)


class AnnotationRow(Base):
    """A highlight with its anchor (Web Annotation selectors) and the user's note."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    # RESTRICT: an article cannot be deleted while it holds the user's annotations.
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="RESTRICT"), index=True
    )
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    anchor_state: Mapped[str] = mapped_column(String(16), default="exact")
    color: Mapped[str] = mapped_column(String(32), default="yellow")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    tags: Mapped[list[TagRow]] = relationship(secondary=annotation_tags, lazy="selectin")


class ImageRow(Base):
    """An image an article refers to.

    Its URL as the article writes it, and either the content-addressed copy in the library's
    media store or why there is none.
    """

    __tablename__ = "images"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    url: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))  # stored, remote, refused, missing
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    mime: Mapped[str | None] = mapped_column(String(40))
    bytes: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("article_id", "url"),)


class IndexRemovalRow(Base):
    """An article whose search entry must go (it was moved to the trash).

    Written in the same transaction as the move, so the index worker deletes the entry even if
    the move was made by a command in a terminal, or just before a crash. The worker clears the
    row.
    """

    __tablename__ = "index_removals"

    article_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
