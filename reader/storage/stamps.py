"""The search index's bookkeeping.

Every change the index sees bumps the article's `search_stamp`, and the index records the stamp it
wrote as `indexed_stamp`.

An article whose two stamps differ is stale and is indexed again. Every write that changes
what the index holds (text, title, tags, read state, highlights and notes) goes through
`bump` or `touch` here, and nothing else writes `search_stamp`: a test looks for any other
assignment, since a write path that forgot would leave the index stale without a sound.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from reader.storage.schema import ArticleRow


def bump(row: ArticleRow) -> None:
    """An article row changed in a way the index sees."""
    row.search_stamp = (row.search_stamp or 0) + 1


def touch(session: Session, article_ids: Iterable[int]) -> None:
    """Articles changed in a way the index sees, by id, in the caller's transaction."""
    ids = list(article_ids)
    if ids:
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id.in_(ids))
            .values(search_stamp=ArticleRow.search_stamp + 1)
        )


_ARTICLES = cast(Table, ArticleRow.__table__)
# A Core statement: run with a list of parameters it is one `executemany`, where the ORM
# would issue an UPDATE per article (10,000 held the write lock 7.9 s; this takes 0.1 s).
_MARK = (
    update(_ARTICLES)
    .where(
        _ARTICLES.c.id == bindparam("article_id"), _ARTICLES.c.search_stamp == bindparam("stamp")
    )  # fmt: skip
    .values(indexed_stamp=bindparam("stamp"))
)


def mark_indexed(session: Session, written: dict[int, int]) -> None:
    """Record the stamps the index wrote, in one statement run for all of them (`executemany`).

    An article changed meanwhile has a newer stamp and stays stale.
    """
    if written:
        session.connection().execute(
            _MARK, [{"article_id": i, "stamp": s} for i, s in written.items()]
        )
