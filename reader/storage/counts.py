"""Counts of the library: the sidebar's views and facets, and `reader stats`.

Each is read from an index (migrations 0008 and 0009): an article's row holds its text,
and a count that read the rows read the whole library.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reader.storage.schema import (
    IN_LIBRARY,
    IN_TRASH,
    AnnotationRow,
    ArticleRow,
    TagRow,
    article_tags,
)


def state_counts(session: Session) -> dict[str, int]:
    """How many articles of the library are in each read state."""
    rows = session.execute(
        select(ArticleRow.read_state, func.count())
        .where(IN_LIBRARY)
        .group_by(ArticleRow.read_state)
    ).all()
    return {str(state): int(n) for state, n in rows}


def highlight_count(session: Session) -> int:
    """Highlights in the library (not deleted, not on articles in the trash)."""
    query = (
        select(func.count())
        .select_from(AnnotationRow)
        .join(ArticleRow, ArticleRow.id == AnnotationRow.article_id)
        .where(AnnotationRow.deleted_at.is_(None), IN_LIBRARY)
    )
    return int(session.scalar(query) or 0)


def text_totals(session: Session) -> tuple[int, int]:
    """Characters and words of the library's reading texts, all told."""
    chars, words = session.execute(
        select(
            func.coalesce(func.sum(ArticleRow.char_count), 0),
            func.coalesce(func.sum(ArticleRow.word_count), 0),
        ).where(IN_LIBRARY)
    ).one()
    return int(chars), int(words)


def tag_count(session: Session) -> int:
    """How many tags there are, on articles or highlights or on nothing."""
    return int(session.scalar(select(func.count()).select_from(TagRow)) or 0)


def facet_counts(session: Session) -> dict[str, list[tuple[str, int]]]:
    """Authors, categories and tags with how many articles each has, for the sidebar."""
    authors = session.execute(
        select(ArticleRow.author, func.count())
        .where(ArticleRow.author.is_not(None), IN_LIBRARY)
        .group_by(ArticleRow.author)
        .order_by(func.count().desc(), ArticleRow.author)
    ).all()
    # Articles grouped by their list of categories, read from its index (few distinct
    # lists), then counted per category here: expanding each article's list in SQL read
    # 100,000 of them one by one (145 ms).
    per_list: Counter[str] = Counter()
    for names, n in session.execute(
        select(ArticleRow.categories, func.count())
        .where(IN_LIBRARY)
        .group_by(ArticleRow.categories)
    ):
        for name in set(names or []):
            per_list[str(name)] += int(n)
    categories = sorted(per_list.items(), key=lambda item: (-item[1], item[0]))
    trashed = select(ArticleRow.id).where(IN_TRASH)  # a partial index of the few in the trash
    tags = session.execute(
        select(TagRow.name, func.count(article_tags.c.article_id))
        .join(article_tags, article_tags.c.tag_id == TagRow.id)
        .where(article_tags.c.article_id.not_in(trashed))
        .group_by(TagRow.name)
        .order_by(func.count(article_tags.c.article_id).desc(), TagRow.name)
    ).all()
    return {
        "authors": [(str(a), int(n)) for a, n in authors],
        "categories": categories,
        "tags": [(str(t), int(n)) for t, n in tags],
    }
