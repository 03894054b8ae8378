"""Queries and writes for tags on articles."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core.errors import NotFoundError
from reader.storage.schema import ArticleRow, TagRow


def ensure_tags(session: Session, names: Iterable[str]) -> list[TagRow]:
    """The tag rows for `names` (case-insensitive), created where missing."""
    out: list[TagRow] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        key = name.casefold()
        if not name or key in seen:
            continue
        seen.add(key)
        row = session.scalar(select(TagRow).where(TagRow.name == name))
        if row is None:
            row = TagRow(name=name)
            session.add(row)
            session.flush()
        out.append(row)
    return out


def set_article_tags(session: Session, article_id: int, names: Iterable[str]) -> list[str]:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"there is no article {article_id}")
    row.tags = ensure_tags(session, names)
    row.search_stamp += 1
    session.flush()
    return sorted((t.name for t in row.tags), key=str.casefold)


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(TagRow.name).order_by(TagRow.name)))
