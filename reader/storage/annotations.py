"""Queries and writes for highlights; deletion is soft so it can be undone."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from reader.core.anchoring import (
    AnchorState,
    Selectors,
    carry_span,
    make_selectors,
    offset_moves,
    reanchor,
)
from reader.core.errors import NotFoundError
from reader.core.records import Annotation, AnnotationQuery
from reader.storage.schema import IN_LIBRARY, AnnotationRow, ArticleRow, TagRow
from reader.storage.stamps import touch
from reader.storage.tags import ensure_tags


def to_record(row: AnnotationRow, title: str = "") -> Annotation:
    """The record of an annotation row."""
    return Annotation(
        id=row.id,
        uuid=row.uuid,
        article_id=row.article_id,
        exact=row.exact,
        prefix=row.prefix,
        suffix=row.suffix,
        start=row.start,
        end=row.end,
        content_hash=row.content_hash,
        anchor_state=row.anchor_state,
        color=row.color,
        note=row.note,
        tags=sorted((t.name for t in row.tags), key=str.casefold),
        created_at=row.created_at,
        modified_at=row.modified_at,
        article_title=title,
    )


def create(
    session: Session,
    article_id: int,
    selectors: Selectors,
    *,
    color: str,
    note: str = "",
    tags: Iterable[str] = (),
    uuid: str | None = None,
    state: AnchorState = AnchorState.EXACT,
    created_at: datetime | None = None,
    modified_at: datetime | None = None,
) -> Annotation:
    """Add a highlight to the article at `selectors`; its record (NotFound if no article)."""
    article = session.execute(
        select(ArticleRow.content_hash, ArticleRow.title).where(ArticleRow.id == article_id)
    ).first()
    if article is None:
        raise NotFoundError(f"there is no article {article_id}")
    now = datetime.now(UTC)
    row = AnnotationRow(
        uuid=uuid or str(uuidlib.uuid4()),
        article_id=article_id,
        exact=selectors.exact,
        prefix=selectors.prefix,
        suffix=selectors.suffix,
        start=selectors.start,
        end=selectors.end,
        content_hash=article.content_hash,
        anchor_state=state.value,
        color=color,
        note=note,
        created_at=created_at or now,
        modified_at=modified_at or created_at or now,
    )
    row.tags = ensure_tags(session, tags)
    session.add(row)
    touch(session, [article_id])
    session.flush()
    return to_record(row, article.title)


def _get_row(session: Session, annotation_id: int, include_deleted: bool = False) -> AnnotationRow:
    """The annotation's row, or NotFound (deleted ones only if asked)."""
    row = session.get(AnnotationRow, annotation_id)
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"there is no highlight {annotation_id}")
    return row


def id_by_uuid(session: Session, uuid: str) -> int | None:
    """The id of the annotation with this W3C id (deleted or not), if any."""
    return session.scalar(select(AnnotationRow.id).where(AnnotationRow.uuid == uuid))


def update(
    session: Session,
    annotation_id: int,
    *,
    color: str | None = None,
    note: str | None = None,
    tags: Iterable[str] | None = None,
    selectors: Selectors | None = None,
) -> Annotation:
    """Change an annotation's colour, note, tags or place; its record."""
    row = _get_row(session, annotation_id)
    if color is not None:
        row.color = color
    if note is not None:
        row.note = note
    if tags is not None:
        row.tags = ensure_tags(session, tags)
    if selectors is not None:  # re-attached by the user
        article = session.get(ArticleRow, row.article_id)
        row.exact, row.prefix, row.suffix = selectors.exact, selectors.prefix, selectors.suffix
        row.start, row.end = selectors.start, selectors.end
        row.anchor_state = AnchorState.EXACT.value
        if article is not None:
            row.content_hash = article.content_hash
    row.modified_at = datetime.now(UTC)
    touch(session, [row.article_id])
    session.flush()
    return to_record(row)


def set_deleted(session: Session, annotation_id: int, deleted: bool) -> Annotation:
    """Delete or restore an annotation (kept for undo either way); its record."""
    row = _get_row(session, annotation_id, include_deleted=True)
    row.deleted_at = datetime.now(UTC) if deleted else None
    touch(session, [row.article_id])
    return to_record(row)


def get(session: Session, annotation_id: int) -> Annotation:
    """The record of an annotation that is not deleted, or NotFound."""
    return to_record(_get_row(session, annotation_id))


def list_annotations(session: Session, query: AnnotationQuery) -> list[Annotation]:
    """The highlights `query` asks for, each with its article's title."""
    stmt = (
        select(AnnotationRow, ArticleRow.title)
        .join(ArticleRow, ArticleRow.id == AnnotationRow.article_id)
        .where(AnnotationRow.deleted_at.is_(None))
    )
    if query.article_id is not None:
        stmt = stmt.where(AnnotationRow.article_id == query.article_id)
    else:  # all highlights: those of the library, not of articles in the trash
        stmt = stmt.where(IN_LIBRARY)
    if query.color:
        stmt = stmt.where(AnnotationRow.color == query.color)
    if query.orphans_only:
        stmt = stmt.where(AnnotationRow.anchor_state == AnchorState.ORPHAN.value)
    if query.tag:
        stmt = stmt.where(AnnotationRow.tags.any(TagRow.name == query.tag))
    if query.text:
        like = f"%{query.text}%"
        stmt = stmt.where(or_(AnnotationRow.exact.like(like), AnnotationRow.note.like(like),
                              ArticleRow.title.like(like)))  # fmt: skip
    stmt = stmt.order_by(AnnotationRow.article_id, AnnotationRow.start, AnnotationRow.id)
    return [to_record(row, title) for row, title in session.execute(stmt).all()]


def reanchor_article(session: Session, article_id: int) -> dict[str, int]:
    """Find every highlight of an article again in its (changed) reading text."""
    article = session.get(ArticleRow, article_id)
    if article is None:
        raise NotFoundError(f"there is no article {article_id}")
    counts: dict[str, int] = {}
    rows = session.scalars(
        select(AnnotationRow).where(AnnotationRow.article_id == article.id)
    ).all()
    for row in rows:
        if row.content_hash == article.content_hash:
            continue
        selectors = Selectors(row.exact, row.prefix, row.suffix, row.start, row.end)
        anchor = reanchor(article.reading_text, selectors)
        row.anchor_state = anchor.state.value
        if anchor.attached:
            row.start, row.end = anchor.start, anchor.end
            row.content_hash = article.content_hash
        counts[anchor.state.value] = counts.get(anchor.state.value, 0) + 1
    return counts


def carry_through_conversion(
    session: Session, article_id: int, old_text: str
) -> list[tuple[int, str]]:
    """Carry an article's highlights to the same words in its reconverted text.

    Carry every highlight of an article whose text changed by conversion alone (the same words,
    different markup) to the same words in the new text, by aligning the two texts rather than
    searching for quotes. Returns each highlight not deleted (by id) with how it was
    carried: exact (same quote, same place), moved (same quote, elsewhere), requoted (its
    quote held markup that is gone, e.g. `**`), or the reanchor() state when no word
    survived.
    """
    article = session.get(ArticleRow, article_id)
    if article is None:
        raise NotFoundError(f"there is no article {article_id}")
    text = article.reading_text
    moves = offset_moves(old_text, text)
    carried: list[tuple[AnnotationRow, str]] = []
    rows = session.scalars(select(AnnotationRow).where(AnnotationRow.article_id == article_id))
    for row in rows:
        start, end = carry_span(text, row.start, min(row.end, len(old_text)), moves)
        if start >= end:
            selectors = Selectors(row.exact, row.prefix, row.suffix, row.start, row.end)
            anchor = reanchor(text, selectors)
            row.anchor_state = anchor.state.value
            if anchor.attached:
                row.start, row.end = anchor.start, anchor.end
                row.content_hash = article.content_hash
            carried.append((row, anchor.state.value))
            continue
        new = make_selectors(text, start, end)
        how = "requoted" if new.exact != row.exact else (
            "exact" if (start, end) == (row.start, row.end) else "moved"
        )  # fmt: skip
        row.exact, row.prefix, row.suffix = new.exact, new.prefix, new.suffix
        row.start, row.end, row.content_hash = start, end, article.content_hash
        row.anchor_state = AnchorState.EXACT.value if how == "exact" else AnchorState.MOVED.value
        carried.append((row, how))
    return [(row.id, how) for row, how in carried if row.deleted_at is None]
