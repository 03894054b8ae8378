"""Queries and writes for articles; everything returned is a plain record."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session

from reader.core.errors import NotFoundError
from reader.core.post import CONVERTER_VERSION, Post
from reader.core.records import Article, ArticleQuery, ArticleSummary, ReadState
from reader.core.wordcount import count_words
from reader.storage.images import article_images, stored_covers
from reader.storage.schema import (
    DATE_ORDER_NEWEST,
    DATE_ORDER_OLDEST,
    IN_LIBRARY,
    IN_TRASH,
    LIST_INDEX,
    LIST_ROW,
    NEWEST_INDEX,
    OLDEST_INDEX,
    AnnotationRow,
    ArticleRow,
    TagRow,
    article_tags,
)
from reader.storage.stamps import bump
from reader.storage.tags import ensure_tags, tag_ids_each, tag_names

_SORT_COLUMNS: dict[str, Any] = {
    "date": ArticleRow.sort_date,
    "title": ArticleRow.title,
    "author": ArticleRow.author,
    "read_state": ArticleRow.read_state,
    "length": ArticleRow.char_count,
    "imported": ArticleRow.imported_at,
    "trashed": ArticleRow.trashed_at,
    "highlights": select(func.count(AnnotationRow.id))
    .where(AnnotationRow.article_id == ArticleRow.id, AnnotationRow.deleted_at.is_(None))
    .correlate(ArticleRow)
    .scalar_subquery(),
    "tags": select(func.min(TagRow.name))
    .join(article_tags, article_tags.c.tag_id == TagRow.id)
    .where(article_tags.c.article_id == ArticleRow.id)
    .correlate(ArticleRow)
    .scalar_subquery(),
}


def content_hash(reading_text: str) -> str:
    """The hash that says whether two posts hold the same text."""
    return hashlib.sha256(reading_text.encode("utf-8")).hexdigest()


def id_by_path(session: Session, source_path: str) -> int | None:
    """The id of the article imported from `source_path`, if any."""
    return session.scalar(select(ArticleRow.id).where(ArticleRow.source_path == source_path))


def images_source(session: Session, source_path: str) -> tuple[int, str, str | None] | None:
    """The article imported from `source_path`: its id, its Markdown and its cover image."""
    found = session.execute(
        select(ArticleRow.id, ArticleRow.markdown, ArticleRow.cover_image).where(
            ArticleRow.source_path == source_path
        )
    ).first()
    return None if found is None else (int(found[0]), str(found[1]), found[2])


# Built once: building a statement's expressions cost a fifth of writing a new article.
_INSERT_ARTICLES = insert(ArticleRow).returning(ArticleRow.id, ArticleRow.source_path)
_INSERT_TAGGING = insert(article_tags)


class PostFile(NamedTuple):
    """A converted post and the file it came from, to be stored as a new article."""

    post: Post
    source_path: str
    file_hash: str
    file_mtime: datetime


def sources(session: Session) -> list[tuple[int, str, str | None]]:
    """Every article's id, source path and web address."""
    rows = session.execute(select(ArticleRow.id, ArticleRow.source_path, ArticleRow.source_url))
    return [(int(i), str(path), url) for i, path, url in rows]


def file_hashes(session: Session) -> dict[str, tuple[str, int]]:
    """Every stored source path, with its file's hash and its article.

    Every stored source path with the hash of the file it was imported from, and the article
    made from it.
    """
    rows = session.execute(select(ArticleRow.source_path, ArticleRow.file_hash, ArticleRow.id))
    return {path: (file_hash, article_id) for path, file_hash, article_id in rows}


def uncollected_paths(session: Session) -> set[str]:
    """Source paths of articles whose images have not been looked for yet."""
    query = select(ArticleRow.source_path).where(ArticleRow.images_collected.is_(False))
    return set(session.scalars(query))


def _from_post(post: Post, file_hash: str, file_mtime: datetime) -> dict[str, Any]:
    """The columns of an article that come from its post file."""
    return {
        "file_hash": file_hash,
        "content_hash": content_hash(post.reading_text),
        "converter_version": CONVERTER_VERSION,
        "title": post.title,
        "author": post.author,
        "date": post.date,
        "date_text": post.date_text,
        "updated": post.updated,
        "sort_date": post.date or file_mtime,
        "categories": list(post.categories),
        "cover_image": post.cover_image,
        "source_url": post.source_url,
        "extra": dict(post.extra),
        "encoding": post.encoding,
        "body_format": post.body_format,
        "original_body": post.original_body,
        "markdown": post.markdown,
        "reading_text": post.reading_text,
        "char_count": len(post.reading_text),
        "word_count": count_words(post.reading_text),
        "updated_at": datetime.now(UTC),
    }


def insert_post(
    session: Session,
    post: Post,
    *,
    source_path: str,
    file_hash: str,
    file_mtime: datetime,
    images_collected: bool = False,
) -> int:
    """Create an article from a post; its id (`insert_posts` for one)."""
    new = PostFile(post, source_path, file_hash, file_mtime)
    return insert_posts(session, [new], images_collected=images_collected)[0]


def insert_posts(
    session: Session, files: Sequence[PostFile], *, images_collected: bool = False
) -> list[int]:
    """Create an article from each post; their ids, in the order given.

    Written through the session's connection, not as ORM objects, and in one statement for
    the batch (SQLite's multi-row INSERT ... RETURNING): the ORM's unit of work, and then a
    statement per article, cost more than the writing itself. `images_collected`: their images
    are recorded in this transaction too.
    """
    if not files:
        return []
    connection = session.connection()
    rows = []
    for post, source_path, file_hash, file_mtime in files:
        row = _from_post(post, file_hash, file_mtime)
        row.update(source_path=source_path, revision=1, imported_at=row["updated_at"],
                   read_state=ReadState.UNREAD.value, reading_offset=0, reading_progress=0.0,
                   images_collected=images_collected)  # fmt: skip
        rows.append(row)
    # RETURNING's order is not the order given (SQLite promises none): a path names its row.
    by_path = {str(path): int(i) for i, path in connection.execute(_INSERT_ARTICLES, rows)}
    ids = [by_path[f.source_path] for f in files]
    tags = tag_ids_each(session, [f.post.tags for f in files])
    taggings = [
        {"article_id": article_id, "tag_id": tag_id}
        for article_id, tag_ids in zip(ids, tags, strict=True)
        for tag_id in tag_ids
    ]
    if taggings:
        connection.execute(_INSERT_TAGGING, taggings)
    return ids


def save_post(
    session: Session,
    post: Post,
    *,
    source_path: str,
    file_hash: str,
    file_mtime: datetime,
    article_id: int,
) -> None:
    """Update an article in place from a changed post file, keeping its tags and state."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"there is no article {article_id}")
    fields = _from_post(post, file_hash, file_mtime)
    if row.content_hash != fields["content_hash"]:
        row.revision += 1
    bump(row)
    for name, value in fields.items():
        setattr(row, name, value)
    # Tags from the file are added; tags the user set or removed by hand are left alone.
    known = {t.name.casefold() for t in row.tags}
    row.tags.extend(t for t in ensure_tags(session, post.tags) if t.name.casefold() not in known)
    session.flush()


def exists(session: Session, article_id: int | None = None) -> bool:
    """Whether the article is stored (in the library or the trash).

    With no id, whether any article is.
    """
    query = select(ArticleRow.id).limit(1)
    if article_id is not None:
        query = query.where(ArticleRow.id == article_id)
    return session.scalar(query) is not None


def get_article(session: Session, article_id: int) -> Article:
    """The whole article, or NotFound."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"there is no article {article_id}")
    return replace(_article(row), images=article_images(session, article_id))


def set_text(
    session: Session, article_id: int, markdown: str, text: str, version: int
) -> str | None:
    """Give an article the Markdown and reading text of a newer conversion.

    The conversion is of its kept original body. Returns the reading text it had before if
    what it reads changed (its highlights must be carried to the new text), else None;
    NotFound if the article is gone.
    """
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"there is no article {article_id}")
    row.converter_version = version
    if markdown == row.markdown and text == row.reading_text:
        return None
    old_text = row.reading_text
    text_hash = content_hash(text)
    if text_hash != row.content_hash:
        row.revision += 1
    row.markdown, row.reading_text, row.content_hash = markdown, text, text_hash
    row.char_count, row.word_count = len(text), count_words(text)
    bump(row)
    row.updated_at = datetime.now(UTC)
    session.flush()
    return old_text


def text_and_title(session: Session, article_id: int) -> tuple[str, str]:
    """The article's reading text and title, or NotFound."""
    found = session.execute(
        select(ArticleRow.reading_text, ArticleRow.title).where(ArticleRow.id == article_id)
    ).first()
    if found is None:
        raise NotFoundError(f"there is no article {article_id}")
    return str(found[0]), str(found[1])


def original_body(session: Session, article_id: int) -> tuple[str, str] | None:
    """The article's body as imported and its format (html or markdown); None if gone."""
    found = session.execute(
        select(ArticleRow.original_body, ArticleRow.body_format).where(ArticleRow.id == article_id)
    ).first()
    return None if found is None else (str(found[0]), str(found[1]))


def outdated_ids(session: Session, version: int) -> list[int]:
    """Articles whose Markdown came from an older conversion than `version`."""
    rows = session.scalars(select(ArticleRow.id).where(ArticleRow.converter_version < version))
    return list(rows)


def _article(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        source_path=row.source_path,
        title=row.title,
        author=row.author,
        date=row.date,
        date_text=row.date_text,
        updated=row.updated,
        categories=list(row.categories or []),
        tags=sorted((t.name for t in row.tags), key=str.casefold),
        cover_image=row.cover_image,
        source_url=row.source_url,
        extra=dict(row.extra or {}),
        body_format=row.body_format,
        original_body=row.original_body,
        markdown=row.markdown,
        reading_text=row.reading_text,
        content_hash=row.content_hash,
        revision=row.revision,
        char_count=row.char_count,
        word_count=row.word_count,
        imported_at=row.imported_at,
        updated_at=row.updated_at,
        read_state=ReadState(row.read_state),
        reading_offset=row.reading_offset,
        reading_progress=row.reading_progress,
        trashed_at=row.trashed_at,
    )


# The list's columns, read from their covering index: SQLite would otherwise read each
# article's row, whose text fills pages of its own (7 ms against 50 ms for a page from cold,
# 27 ms against 4 s for the list sorted by title at 100,000 articles).
_FROM_LIST_INDEX = f"INDEXED BY {LIST_INDEX}"


def _filtered(query: ArticleQuery) -> Select[Any]:
    stmt = select(ArticleRow.id).where(IN_TRASH if query.in_trash else IN_LIBRARY)
    if query.author is not None:
        stmt = stmt.where(ArticleRow.author == query.author)
    if query.read_state is not None:
        stmt = stmt.where(ArticleRow.read_state == query.read_state.value)
    if query.inbox:
        stmt = stmt.where(ArticleRow.read_state != ReadState.ARCHIVED.value)
    if query.category is not None:
        each = func.json_each(ArticleRow.categories).table_valued("value")
        stmt = stmt.where(select(each.c.value).where(each.c.value == query.category).exists())
    if query.tag is not None:
        stmt = stmt.where(
            select(article_tags.c.article_id)
            .join(TagRow, TagRow.id == article_tags.c.tag_id)
            .where(article_tags.c.article_id == ArticleRow.id, TagRow.name == query.tag)
            .exists()
        )
    if query.ids is not None:
        stmt = stmt.where(ArticleRow.id.in_(query.ids))
    return stmt


def count_articles(session: Session, query: ArticleQuery) -> int:
    """How many articles `query` finds."""
    return session.scalar(select(func.count()).select_from(_filtered(query).subquery())) or 0


def _by_date(query: ArticleQuery) -> bool:
    return _SORT_COLUMNS.get(query.sort, ArticleRow.sort_date) is ArticleRow.sort_date


def _ordering(query: ArticleQuery) -> tuple[Any, ...]:
    if _by_date(query):  # undated posts last, either way (indexed orders)
        return DATE_ORDER_NEWEST if query.descending else DATE_ORDER_OLDEST
    column = _SORT_COLUMNS[query.sort]
    return (column.desc() if query.descending else column.asc(), ArticleRow.id.desc())


def _in_order(query: ArticleQuery, stmt: Select[Any]) -> Select[Any]:
    """A statement over the list's articles, read in the list's order from an index.

    The date orders have their own, which hold the columns the list filters on; any other order
    sorts the list's covering index. Named, because SQLite would rather take an index for a
    filter (read state, author) and then read each article's row to sort. Chosen articles (ids)
    and the trash, a few rows, are left to SQLite.
    """
    if query.ids is not None or query.in_trash:
        return stmt
    if not _by_date(query):
        return stmt.with_hint(ArticleRow, _FROM_LIST_INDEX)
    return stmt.with_hint(
        ArticleRow, f"INDEXED BY {NEWEST_INDEX if query.descending else OLDEST_INDEX}"
    )


def _ordered(query: ArticleQuery) -> Select[Any]:
    return _in_order(query, _filtered(query).order_by(*_ordering(query)))


def position_in_list(session: Session, query: ArticleQuery, article_id: int) -> int | None:
    """Where an article stands in the list a query makes (from 0), or None if it is not there.

    Numbered by SQLite in one pass over an index, not read a page at a time.
    """
    number = func.row_number().over(order_by=_ordering(query))
    ranks = _in_order(query, _filtered(query).add_columns(number)).subquery()
    position = session.scalar(select(ranks.c[1]).where(ranks.c.id == article_id))
    return None if position is None else int(position) - 1


def _rows_of(ids: list[int]) -> Select[*tuple[Any, ...]]:
    """The columns a row of the list shows, of the given articles."""
    return select(*LIST_ROW).with_hint(ArticleRow, _FROM_LIST_INDEX).where(ArticleRow.id.in_(ids))


def list_articles(session: Session, query: ArticleQuery) -> list[ArticleSummary]:
    """One page of the library list, filtered and sorted, without loading article bodies."""
    ids_stmt = _ordered(query)
    if query.offset:
        ids_stmt = ids_stmt.offset(query.offset)
    if query.limit is not None:
        ids_stmt = ids_stmt.limit(query.limit)
    ids = list(session.scalars(ids_stmt))
    if not ids:
        return []
    highlights = dict(
        session.execute(
            select(AnnotationRow.article_id, func.count())
            .where(AnnotationRow.article_id.in_(ids), AnnotationRow.deleted_at.is_(None))
            .group_by(AnnotationRow.article_id)
        ).all()
    )
    tags = tag_names(session, ids)
    covers = stored_covers(session, ids)
    rows = session.execute(_rows_of(ids)).all()
    by_id = {row.id: row for row in rows}
    return [
        ArticleSummary(
            id=r.id,
            title=r.title,
            author=r.author,
            date=r.date,
            sort_date=r.sort_date,
            categories=list(r.categories or []),
            tags=tags.get(r.id, []),
            read_state=ReadState(r.read_state),
            char_count=r.char_count,
            word_count=r.word_count,
            highlight_count=highlights.get(r.id, 0),
            reading_progress=r.reading_progress,
            trashed_at=r.trashed_at,
            cover=covers.get(r.id),
        )
        for r in (by_id[i] for i in ids)
    ]


def set_read_state(session: Session, article_id: int, state: ReadState) -> None:
    """Set the article's reading state."""
    row = _row(session, article_id)
    if row.read_state != state.value:
        row.read_state = state.value
        bump(row)


def set_reading_position(session: Session, article_id: int, offset: int, progress: float) -> None:
    """Remember where the reader is in the article."""
    row = _row(session, article_id)
    row.reading_offset = max(0, offset)
    row.reading_progress = min(1.0, max(0.0, progress))


def _row(session: Session, article_id: int) -> ArticleRow:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"there is no article {article_id}")
    return row
