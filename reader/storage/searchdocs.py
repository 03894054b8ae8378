"""What the search index needs from the database, and which articles it still lacks."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from reader.core.records import SearchDocument
from reader.storage.schema import (
    ARTICLE_STALE,
    IN_LIBRARY,
    AnnotationRow,
    ArticleRow,
    IndexRemovalRow,
    TagRow,
    annotation_tags,
)
from reader.storage.tags import tag_names


def stale_ids(session: Session) -> list[int]:
    """Articles whose index entry is missing or older than the article.

    Articles whose index entry is missing or older than the article (the trash is never indexed:
    moving an article there deletes its entry).
    """
    return list(session.scalars(select(ArticleRow.id).where(ARTICLE_STALE, IN_LIBRARY)))


def stale_stamps(session: Session) -> dict[int, int]:
    """The articles `stale_ids` names, each with its search stamp now."""
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.search_stamp).where(ARTICLE_STALE, IN_LIBRARY)
    )
    return {int(i): int(stamp) for i, stamp in rows}


def pending_removals(session: Session) -> list[int]:
    """Articles whose search entries must be deleted (moved to the trash)."""
    return list(session.scalars(select(IndexRemovalRow.article_id)))


def clear_removals(session: Session, ids: list[int]) -> None:
    """Forget the recorded removals of these articles: the index has deleted them."""
    session.execute(delete(IndexRemovalRow).where(IndexRemovalRow.article_id.in_(ids)))


def expected_entries(session: Session) -> int:
    """How many documents the index holds when it is in step with the database.

    One per article it has indexed, and those it has still to delete.
    """
    articles = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
    never_indexed = session.scalar(  # counted in the index of stale articles, not the table
        select(func.count())
        .select_from(ArticleRow)
        .where(ARTICLE_STALE, ArticleRow.indexed_stamp.is_(None))
    )
    recorded = articles - int(never_indexed or 0)
    removals = session.scalar(select(func.count()).select_from(IndexRemovalRow))
    return int(recorded or 0) + int(removals or 0)


def all_ids(session: Session) -> set[int]:
    """Every article's id, outside the trash."""
    return set(session.scalars(select(ArticleRow.id).where(IN_LIBRARY)))


def forget_index(session: Session) -> None:
    """The index was lost: every article must be indexed again."""
    session.execute(update(ArticleRow).values(indexed_stamp=None))
    session.execute(delete(IndexRemovalRow))


def stamps(session: Session, ids: list[int]) -> dict[int, int]:
    """The search stamp of each of these articles."""
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.search_stamp).where(ArticleRow.id.in_(ids))
    ).all()
    return {int(i): int(s) for i, s in rows}


def search_documents(session: Session, ids: list[int]) -> dict[int, SearchDocument]:
    """What the index and the snippets need of these articles.

    The columns named, not whole rows (an article's original body and Markdown would triple what
    is read).
    """
    if not ids:
        return {}
    a = ArticleRow
    rows = session.execute(
        select(a.id, a.title, a.reading_text, a.author, a.categories, a.date, a.sort_date,
               a.read_state, a.search_stamp)
        .where(a.id.in_(ids), IN_LIBRARY)
    ).all()  # fmt: skip
    tags_of = tag_names(session, ids)
    notes = _annotation_fields(session, ids)
    out: dict[int, SearchDocument] = {}
    for article_id, title, text, author, categories, date, sort_date, state, stamp in rows:
        quotes, note_tags, colors, count, with_notes = notes.get(article_id, ("", [], [], 0, 0))
        out[article_id] = SearchDocument(
            id=article_id,
            title=title,
            text=text,
            author=author or "",
            categories=list(categories or []),
            tags=tags_of.get(article_id, []),
            date=date,
            sort_date=sort_date,
            state=state,
            notes=quotes,
            note_tags=note_tags,
            colors=colors,
            highlights=count,
            notes_count=with_notes,
            stamp=stamp,
        )
    return out


def _annotation_fields(
    session: Session, ids: list[int]
) -> dict[int, tuple[str, list[str], list[str], int, int]]:
    rows = session.execute(
        select(AnnotationRow.id, AnnotationRow.article_id, AnnotationRow.exact,
               AnnotationRow.note, AnnotationRow.color)
        .where(AnnotationRow.article_id.in_(ids), AnnotationRow.deleted_at.is_(None))
        .order_by(AnnotationRow.start)
    ).all()  # fmt: skip
    if not rows:
        return {}
    tag_rows = session.execute(
        select(annotation_tags.c.annotation_id, TagRow.name)
        .join(TagRow, TagRow.id == annotation_tags.c.tag_id)
        .where(annotation_tags.c.annotation_id.in_([r[0] for r in rows]))
    ).all()
    tags_of: dict[int, list[str]] = {}
    for annotation_id, name in tag_rows:
        tags_of.setdefault(int(annotation_id), []).append(str(name))
    out: dict[int, tuple[str, list[str], list[str], int, int]] = {}
    parts: dict[int, list[str]] = {}
    for annotation_id, article_id, exact, note, color in rows:
        parts.setdefault(article_id, []).extend([exact, note])
        text, tags, colors, count, with_notes = out.get(article_id, ("", [], [], 0, 0))
        tags = sorted({*tags, *tags_of.get(annotation_id, [])})
        colors = sorted({*colors, color})
        out[article_id] = (text, tags, colors, count + 1, with_notes + (1 if note else 0))
    for article_id, pieces in parts.items():
        _, tags, colors, count, with_notes = out[article_id]
        out[article_id] = ("\n".join(p for p in pieces if p), tags, colors, count, with_notes)
    return out


def count_articles(session: Session) -> int:
    """How many articles the library holds, outside the trash."""
    return int(session.scalar(select(func.count()).select_from(ArticleRow).where(IN_LIBRARY)) or 0)
