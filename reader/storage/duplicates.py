"""Finding the stored articles, or earlier posts of a batch, that a post duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from reader.core.post import Post
from reader.storage.articles import content_hash
from reader.storage.schema import ArticleRow

_SAME_TEXTS = (
    select(ArticleRow.id, ArticleRow.content_hash, ArticleRow.markdown)
    .where(ArticleRow.content_hash.in_(bindparam("hashes", expanding=True)))
    .order_by(ArticleRow.id)
)
_SAME_URLS = (
    select(ArticleRow.id, ArticleRow.source_url)
    .where(ArticleRow.source_url.in_(bindparam("urls", expanding=True)))
    .order_by(ArticleRow.id)
)


@dataclass(frozen=True)
class SameAs:
    """What a post duplicates: a stored article, or an earlier post of the same batch."""

    article_id: int | None = None
    earlier: int | None = None  # its index in the batch


def find_duplicates(session: Session, posts: Sequence[Post]) -> list[SameAs | None]:
    """For each post, the article or earlier post it duplicates, if any.

    A duplicate has the same body (text and pictures) or comes from the same web address, with
    stored articles looked at first, then the posts before it that are not duplicates
    themselves (those are stored with it). Two queries for the whole batch, read through the
    session's connection: the ORM's handling of a select, per file, cost as much as the query.
    """
    if not posts:
        return []
    connection = session.connection()
    hashes = [content_hash(p.reading_text) for p in posts]
    urls = [_web_address(p.source_url) for p in posts]
    stored_text: dict[str, list[tuple[int, str]]] = {}
    for article_id, text_hash, markdown in connection.execute(
        _SAME_TEXTS, {"hashes": sorted(set(hashes))}
    ):
        stored_text.setdefault(text_hash, []).append((int(article_id), markdown))
    stored_url: dict[str, int] = {}
    wanted_urls = sorted({u for u in urls if u})
    if wanted_urls:
        for article_id, url in connection.execute(_SAME_URLS, {"urls": wanted_urls}):
            stored_url.setdefault(str(url), int(article_id))
    kept_text: dict[str, list[tuple[int, str]]] = {}  # earlier posts of the batch, stored too
    kept_url: dict[str, int] = {}
    found: list[SameAs | None] = []
    for n, (post, text_hash, url) in enumerate(zip(posts, hashes, urls, strict=True)):
        same = _first_same(stored_text, kept_text, text_hash, post.markdown)
        if same is None and url:
            if url in stored_url:
                same = SameAs(article_id=stored_url[url])
            elif url in kept_url:
                same = SameAs(earlier=kept_url[url])
        if same is None:
            kept_text.setdefault(text_hash, []).append((n, post.markdown))
            if url:
                kept_url.setdefault(url, n)
        found.append(same)
    return found


def _first_same(
    stored: dict[str, list[tuple[int, str]]],
    kept: dict[str, list[tuple[int, str]]],
    text_hash: str,
    markdown: str,
) -> SameAs | None:
    for article_id, other in stored.get(text_hash, ()):
        if other == markdown:
            return SameAs(article_id=article_id)
    for earlier, other in kept.get(text_hash, ()):
        if other == markdown:
            return SameAs(earlier=earlier)
    return None


def _web_address(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None
