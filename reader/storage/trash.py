"""The trash.

Articles moved out of the library with everything the user made on them kept, until they are
restored or the trash is emptied.

A trashed article keeps its row, tags, highlights, notes, images and reading place; it only
leaves the lists, counts and search (schema.IN_LIBRARY). Restoring it brings all of it back.
Emptying deletes the rows for good, highlights included, and only what is in the trash.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from reader.storage.schema import IN_LIBRARY, IN_TRASH, AnnotationRow, ArticleRow, IndexRemovalRow
from reader.storage.stamps import touch


def move_to_trash(session: Session, article_ids: Iterable[int]) -> list[int]:
    """Move these articles to the trash; returns those that were in the library."""
    ids = _existing(session, article_ids, IN_LIBRARY)
    if ids:
        # The index entries go too: recorded here, deleted by the index worker.
        session.execute(
            sqlite_insert(IndexRemovalRow)
            .from_select(
                ["article_id"],
                select(ArticleRow.id).where(
                    ArticleRow.id.in_(ids), ArticleRow.indexed_stamp.is_not(None)
                ),
            )
            .on_conflict_do_nothing()
        )
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id.in_(ids))
            .values(trashed_at=datetime.now(UTC), indexed_stamp=None)
        )
    return ids


def restore(session: Session, article_ids: Iterable[int]) -> list[int]:
    """Bring these articles back from the trash; returns those that were in it.

    Their search entries were deleted with the move (or will be, by the index worker, before
    anything is indexed), so they are indexed again.
    """
    ids = _existing(session, article_ids, IN_TRASH)
    if ids:
        session.execute(update(ArticleRow).where(ArticleRow.id.in_(ids)).values(trashed_at=None))
        touch(session, ids)
    return ids


def trashed_ids(session: Session) -> list[int]:
    """What the trash holds, the most recently trashed first."""
    query = select(ArticleRow.id).where(IN_TRASH).order_by(ArticleRow.trashed_at.desc())
    return list(session.scalars(query))


def highlight_count(session: Session, article_ids: Iterable[int]) -> int:
    """How many highlights (notes included) these articles hold."""
    ids = list(article_ids)
    if not ids:
        return 0
    query = select(func.count()).where(
        AnnotationRow.article_id.in_(ids), AnnotationRow.deleted_at.is_(None)
    )
    return int(session.scalar(query) or 0)


def empty(session: Session, article_ids: Iterable[int] | None = None) -> list[int]:
    """Delete for good the articles in the trash, with their highlights; the ids deleted.

    Only these of them, if given; never an article in the library.
    """
    held = set(trashed_ids(session))
    ids = sorted(held if article_ids is None else held & set(article_ids))
    if ids:
        # Highlights refuse to go with their article (ON DELETE RESTRICT), so nothing else
        # can delete them by accident; here the user has asked for it.
        session.execute(delete(AnnotationRow).where(AnnotationRow.article_id.in_(ids)))
        session.execute(delete(ArticleRow).where(ArticleRow.id.in_(ids)))
    return ids


def _existing(
    session: Session, article_ids: Iterable[int], where: ColumnElement[bool]
) -> list[int]:
    wanted = sorted(set(article_ids))
    if not wanted:
        return []
    query = select(ArticleRow.id).where(ArticleRow.id.in_(wanted), where)
    return sorted(session.scalars(query))
