"""Highlights and notes: create, edit, delete and undo, list, re-attach orphans."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.anchoring import make_selectors
from reader.core.errors import ReaderError
from reader.core.records import Annotation, AnnotationQuery
from reader.services.changes import ChangeHub, Changes
from reader.storage import annotations as store
from reader.storage import articles
from reader.storage.database import Database

COLORS = ("yellow", "green", "blue", "pink", "purple")


def check_color(color: str) -> str:
    """`color` if it is a highlight colour, else ValueError."""
    value = color.strip().lower()
    if value not in COLORS:
        raise ReaderError(f"“{color}” is not a highlight color (use {', '.join(COLORS)})")
    return value


class AnnotationService:
    """Highlights and notes: made, changed, deleted and restored, each in one transaction."""

    def __init__(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub

    def _changed(self, article_id: int) -> None:
        self._hub.publish(
            Changes(articles=frozenset({article_id}), annotations=frozenset({article_id}))
        )

    def create(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        color: str = "yellow",
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Highlight reading text [start, end) of an article."""
        with self._db.transaction() as session:
            text, _title = articles.text_and_title(session, article_id)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                raise ReaderError("select some text to highlight")
            selectors = make_selectors(text, start, end)
            record = store.create(session, article_id, selectors, color=check_color(color),
                                  note=note, tags=tags)  # fmt: skip
        self._changed(article_id)
        return record

    def create_from_quote(self, article_id: int, quote: str, **fields: object) -> Annotation:
        """Highlight the first place `quote` occurs in the article's text."""
        article_text = self._text(article_id)
        at = article_text.find(quote)
        if at < 0:
            raise ReaderError("that quote does not occur in the article")
        return self.create(article_id, at, at + len(quote), **fields)  # type: ignore[arg-type]

    def _text(self, article_id: int) -> str:
        with self._db.reading() as session:
            return articles.text_and_title(session, article_id)[0]

    def update(
        self,
        annotation_id: int,
        *,
        color: str | None = None,
        note: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Annotation:
        """Change a highlight's colour, note or tags; what is not given stays."""
        with self._db.transaction() as session:
            record = store.update(session, annotation_id,
                                  color=check_color(color) if color is not None else None,
                                  note=note, tags=tags)  # fmt: skip
        self._changed(record.article_id)
        return record

    def reattach(self, annotation_id: int, start: int, end: int) -> Annotation:
        """Attach a highlight (an orphan, usually) to a new span of its article."""
        with self._db.transaction() as session:
            text, _title = articles.text_and_title(
                session, store.get(session, annotation_id).article_id
            )
            record = store.update(session, annotation_id,
                                  selectors=make_selectors(text, start, end))  # fmt: skip
        self._changed(record.article_id)
        return record

    def delete(self, annotation_id: int) -> Annotation:
        """Soft delete: `restore` brings it back (undo)."""
        with self._db.transaction() as session:
            record = store.set_deleted(session, annotation_id, True)
        self._changed(record.article_id)
        return record

    def restore(self, annotation_id: int) -> Annotation:
        """Bring back a deleted highlight."""
        with self._db.transaction() as session:
            record = store.set_deleted(session, annotation_id, False)
        self._changed(record.article_id)
        return record

    def get(self, annotation_id: int) -> Annotation:
        """The highlight `annotation_id`."""
        with self._db.reading() as session:
            return store.get(session, annotation_id)

    def list_annotations(self, query: AnnotationQuery | None = None) -> list[Annotation]:
        """The highlights `query` asks for, every one if None."""
        with self._db.reading() as session:
            return store.list_annotations(session, query or AnnotationQuery())

    def for_article(self, article_id: int) -> list[Annotation]:
        """The highlights of one article, in reading order."""
        return self.list_annotations(AnnotationQuery(article_id=article_id))
