"""Queries and writes for tags on articles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from reader.core.errors import NotFoundError
from reader.storage.schema import ArticleRow, TagRow, article_tags
from reader.storage.stamps import bump, touch


def tag_names(session: Session, article_ids: list[int]) -> dict[int, list[str]]:
    """Each article's tag names, sorted; articles without tags are left out."""
    out: dict[int, list[str]] = {}
    for article_id, name in session.execute(
        select(article_tags.c.article_id, TagRow.name)
        .join(TagRow, TagRow.id == article_tags.c.tag_id)
        .where(article_tags.c.article_id.in_(article_ids))
        .order_by(TagRow.name)
    ):
        out.setdefault(int(article_id), []).append(str(name))
    return out


def _distinct(names: Iterable[str]) -> list[str]:
    """Tag names with their spaces made single, empty ones and repeats (by case) left out."""
    out: dict[str, str] = {}
    for raw in names:
        name = " ".join(raw.split())
        if name:
            out.setdefault(_key(name), name)
    return list(out.values())


def _key(name: str) -> str:
    """The key a tag name is known by: its case folded (`_distinct` has made its spaces single)."""
    return name.casefold()


def ensure_tags(session: Session, names: Iterable[str]) -> list[TagRow]:
    """The tag rows for `names` (case-insensitive), created where missing.

    The rows of `tag_ids`, for an ORM relationship.
    """
    ids = tag_ids(session, names)
    rows = {row.id: row for row in session.scalars(select(TagRow).where(TagRow.id.in_(ids)))}
    return [rows[i] for i in ids]


_NAMED = select(TagRow.id, TagRow.name).where(TagRow.name.in_(bindparam("names", expanding=True)))
_INSERT_TAG = insert(TagRow)


def tag_ids(session: Session, names: Iterable[str]) -> list[int]:
    """The ids of the tags named (case-insensitive), created where missing."""
    return tag_ids_each(session, [names])[0]


def tag_ids_each(session: Session, name_lists: Sequence[Iterable[str]]) -> list[list[int]]:
    """For each list of tag names, the ids of its tags (as `tag_ids`), from one lookup.

    Written through the session's connection (an import's new articles take these ids straight,
    a whole batch of them at once).
    """
    lists = [_distinct(names) for names in name_lists]
    wanted = _distinct(name for names in lists for name in names)
    if not wanted:
        return [[] for _ in lists]
    connection = session.connection()
    rows = connection.execute(_NAMED, {"names": wanted})
    found = {_key(str(name)): int(i) for i, name in rows}
    for name in wanted:
        if _key(name) not in found:
            created = connection.execute(_INSERT_TAG, [{"name": name}])
            assert created.inserted_primary_key is not None
            found[_key(name)] = int(created.inserted_primary_key[0])
    return [[found[_key(name)] for name in names] for names in lists]


def set_article_tags(session: Session, article_id: int, names: Iterable[str]) -> list[str]:
    """Set the article's tags, creating the new names; the names as stored."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"there is no article {article_id}")
    row.tags = ensure_tags(session, names)
    bump(row)
    session.flush()
    return sorted((t.name for t in row.tags), key=str.casefold)


def all_tags(session: Session) -> list[str]:
    """Every tag's name, sorted."""
    return list(session.scalars(select(TagRow.name).order_by(TagRow.name)))


def _tagged_article_ids(session: Session, tag: TagRow) -> set[int]:
    from reader.storage.schema import AnnotationRow, annotation_tags, article_tags

    ids = set(
        session.scalars(select(article_tags.c.article_id).where(article_tags.c.tag_id == tag.id))
    )
    ids |= set(
        session.scalars(
            select(AnnotationRow.article_id)
            .join(annotation_tags, annotation_tags.c.annotation_id == AnnotationRow.id)
            .where(annotation_tags.c.tag_id == tag.id)
        )
    )
    return ids


def rename_tag(session: Session, old: str, new: str) -> set[int]:
    """Rename a tag everywhere; if `new` exists already, merge into it.

    Returns the articles touched (for the index).
    """
    from sqlalchemy import delete, insert

    from reader.storage.schema import annotation_tags, article_tags

    new = " ".join(new.split())
    source = session.scalar(select(TagRow).where(TagRow.name == old))
    if source is None:
        raise NotFoundError(f"there is no tag “{old}”")
    if not new:
        raise ValueError("a tag needs a name")
    touched = _tagged_article_ids(session, source)
    target = session.scalar(select(TagRow).where(TagRow.name == new))
    if target is None or target.id == source.id:
        source.name = new
    else:
        for table, key in ((article_tags, "article_id"), (annotation_tags, "annotation_id")):
            rows = session.execute(select(table.c[key]).where(table.c.tag_id == source.id)).all()
            have = set(session.scalars(select(table.c[key]).where(table.c.tag_id == target.id)))
            for (owner,) in rows:
                if owner not in have:
                    session.execute(insert(table).values({key: owner, "tag_id": target.id}))
            session.execute(delete(table).where(table.c.tag_id == source.id))
        session.delete(source)
    _touch(session, touched)
    session.flush()
    session.expire_all()
    return touched


def delete_tag(session: Session, name: str) -> set[int]:
    """Delete a tag from every article; the ids of those that had it."""
    tag = session.scalar(select(TagRow).where(TagRow.name == name))
    if tag is None:
        raise NotFoundError(f"there is no tag “{name}”")
    touched = _tagged_article_ids(session, tag)
    session.delete(tag)
    _touch(session, touched)
    session.flush()
    session.expire_all()
    return touched


def _touch(session: Session, ids: set[int]) -> None:

    touch(session, ids)
