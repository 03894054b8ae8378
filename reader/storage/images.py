"""Which images each article uses, and where the media store holds them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from reader.core.records import ArticleImage
from reader.storage.schema import ArticleRow, ImageRow


def set_article_images(session: Session, article_id: int, images: Iterable[ArticleImage]) -> None:
    """Replace what the article's images are recorded as, and note them collected."""
    session.execute(delete(ImageRow).where(ImageRow.article_id == article_id))
    session.execute(
        update(ArticleRow).where(ArticleRow.id == article_id).values(images_collected=True)
    )
    add_images(session, [(article_id, images)])


def add_images(session: Session, images: Iterable[tuple[int, Iterable[ArticleImage]]]) -> None:
    """Record the images of articles that have none recorded yet, in one statement.

    For articles created in this transaction with `images_collected` set. An article holding
    the same URL twice has one row for it, as the article shows it.
    """
    rows = [
        {"article_id": article_id, "url": i.url, "state": i.state, "sha256": i.sha256,
         "mime": i.mime, "reason": i.reason}
        for article_id, shown in images
        for i in {i.url: i for i in shown}.values()
    ]  # fmt: skip
    if rows:
        session.connection().execute(insert(ImageRow), rows)


def article_images(session: Session, article_id: int) -> dict[str, ArticleImage]:
    """What became of each image of the article, by its URL."""
    rows = session.scalars(select(ImageRow).where(ImageRow.article_id == article_id))
    return {r.url: ArticleImage(r.url, r.state, r.sha256, r.mime, r.reason) for r in rows}


def stored_covers(session: Session, article_ids: list[int]) -> dict[int, ArticleImage]:
    """The cover image of each of these articles that the media store holds."""
    rows = session.execute(
        select(ImageRow)
        .join(ArticleRow, ArticleRow.id == ImageRow.article_id)
        .where(
            ImageRow.article_id.in_(article_ids),
            ImageRow.url == ArticleRow.cover_image,
            ImageRow.state == "stored",
        )
    ).scalars()
    return {r.article_id: ArticleImage(r.url, r.state, r.sha256, r.mime) for r in rows}


def images_collected(session: Session, article_id: int) -> bool:
    """Whether the article's local images have been looked for."""
    return bool(
        session.scalar(select(ArticleRow.images_collected).where(ArticleRow.id == article_id))
    )


def not_stored(session: Session, article_ids: list[int]) -> list[tuple[int, str]]:
    """The remote images of these articles not stored yet, in the order recorded.

    (article, URL) of every remote image not stored yet, failed ones included, of these articles
    (or of all, for none given), in the order they were recorded.
    """
    query = select(ImageRow.article_id, ImageRow.url).where(
        ImageRow.state.in_(("remote", "failed"))
    )
    if article_ids:
        query = query.where(ImageRow.article_id.in_(article_ids))
    return [(int(a), str(u)) for a, u in session.execute(query.order_by(ImageRow.id))]


def record_image(session: Session, article_id: int, url: str, image: ArticleImage) -> None:
    """What became of an article's image: stored (its hash and type) or failed (why)."""
    row = session.scalar(
        select(ImageRow).where(ImageRow.article_id == article_id, ImageRow.url == url)
    )
    if row is not None:
        row.state, row.sha256, row.mime, row.reason = (
            image.state,
            image.sha256,
            image.mime,
            image.reason,
        )
