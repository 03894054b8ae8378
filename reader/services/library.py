"""Browsing and managing the library: listing, reading, read state, positions, tags, stats."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.records import Article, ArticleQuery, ArticleSummary, LibraryStats, ReadState
from reader.services.changes import ChangeHub, Changes
from reader.storage import articles, counts, tags, trash
from reader.storage.database import Database


@dataclass(frozen=True)
class SidebarCounts:
    """Everything the sidebar counts, read in one go."""

    states: dict[ReadState, int]
    highlights: int
    trashed: int
    facets: dict[str, list[tuple[str, int]]]


class LibraryService:
    """What the window and the command line ask of the library."""

    def __init__(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub

    @property
    def database_path(self) -> Path:
        """The library's database file: what tells one library from another."""
        return self._db.path

    def list_articles(self, query: ArticleQuery | None = None) -> list[ArticleSummary]:
        """The articles `query` asks for, a page of them."""
        with self._db.reading() as session:
            return articles.list_articles(session, query or ArticleQuery())

    def position_in_list(self, query: ArticleQuery, article_id: int) -> int | None:
        """Where the article stands in `query`'s list, or None if it is not in it."""
        with self._db.reading() as session:
            return articles.position_in_list(session, query, article_id)

    def count(self, query: ArticleQuery | None = None) -> int:
        """How many articles `query` finds (all in the library if None)."""
        with self._db.reading() as session:
            return articles.count_articles(session, query or ArticleQuery())

    def exists(self, article_id: int) -> bool:
        """Whether the article is in the library (or its trash)."""
        with self._db.reading() as session:
            return articles.exists(session, article_id)

    def get(self, article_id: int) -> Article:
        """The whole article: its text, Markdown, tags and reading state."""
        with self._db.reading() as session:
            return articles.get_article(session, article_id)

    def poll_external_changes(self) -> bool:
        """Tell every view if another process wrote the library since the last look.

        Tell every view when another process (a `reader import` in a terminal, say) has
        written the library since the last look; True if it had.
        """
        self._db.rescue_deleted_log()
        if not self._db.written_elsewhere():
            return False
        self._hub.publish(Changes(external=True))
        return True

    def is_empty(self) -> bool:
        """Whether the library holds no article."""
        with self._db.reading() as session:
            return not articles.exists(session)

    def set_read_state(self, article_id: int, state: ReadState) -> None:
        """Mark the article unread, read or archived."""
        self.set_read_states([article_id], state)

    def set_read_states(self, article_ids: list[int], state: ReadState) -> None:
        """Mark several articles at once, in one transaction: all or none."""
        with self._db.transaction() as session:
            for article_id in article_ids:
                articles.set_read_state(session, article_id, state)
        self._hub.publish(Changes(articles=frozenset(article_ids)))

    def save_position(self, article_id: int, offset: int, progress: float) -> None:
        """Remember where the reader is; not an indexed change, so nobody is told.

        A read-only library keeps no positions (the window says it is read-only).
        """
        if self._db.read_only:
            return
        with self._db.transaction() as session:
            articles.set_reading_position(session, article_id, offset, progress)

    def set_tags(self, article_id: int, names: Iterable[str]) -> list[str]:
        """Set the article's tags; the names as stored."""
        with self._db.transaction() as session:
            result = tags.set_article_tags(session, article_id, names)
        self._hub.publish(Changes(articles=frozenset({article_id}), tags=True))
        return result

    def tags_of(self, article_ids: Iterable[int]) -> list[str]:
        """Every tag any of these articles has."""
        ids = list(article_ids)
        with self._db.reading() as session:
            found = {t for names in tags.tag_names(session, ids).values() for t in names}
        return sorted(found, key=str.casefold)

    def retag(self, article_ids: Iterable[int], add: Iterable[str], remove: Iterable[str]) -> None:
        """Add some tags to several articles and take others off, in one transaction."""
        ids, added = list(article_ids), list(add)
        gone = {name.casefold() for name in remove}
        with self._db.transaction() as session:
            current = tags.tag_names(session, ids)
            for article_id in ids:
                kept = [t for t in current.get(article_id, []) if t.casefold() not in gone]
                tags.set_article_tags(session, article_id, [*kept, *added])
        self._hub.publish(Changes(articles=frozenset(ids), tags=True))

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag across the library; renaming onto an existing tag merges them."""
        with self._db.transaction() as session:
            touched = tags.rename_tag(session, old, new)
        self._hub.publish(Changes(articles=frozenset(touched), tags=True))

    def delete_tag(self, name: str) -> None:
        """Remove a tag from every article that has it."""
        with self._db.transaction() as session:
            touched = tags.delete_tag(session, name)
        self._hub.publish(Changes(articles=frozenset(touched), tags=True))

    # -- the trash ------------------------------------------------------------------------
    def move_to_trash(self, article_ids: Iterable[int]) -> list[int]:
        """Move articles to the trash, highlights and all; returns those moved."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, article_ids)
        self._hub.publish(Changes(removed_articles=frozenset(moved)))
        return moved

    def restore(self, article_ids: Iterable[int]) -> list[int]:
        """Bring articles back from the trash as they were; returns those restored."""
        with self._db.transaction() as session:
            restored = trash.restore(session, article_ids)
        self._hub.publish(Changes(articles=frozenset(restored)))
        return restored

    def trashed(self) -> list[int]:
        """The ids of the articles in the trash."""
        with self._db.reading() as session:
            return trash.trashed_ids(session)

    def trash_highlights(self, article_ids: Iterable[int] | None = None) -> int:
        """How many highlights emptying the trash (or deleting these from it) would delete."""
        with self._db.reading() as session:
            ids = trash.trashed_ids(session) if article_ids is None else list(article_ids)
            return trash.highlight_count(session, ids)

    def empty_trash(self, article_ids: Iterable[int] | None = None) -> list[int]:
        """Delete for good what the trash holds (or these articles of it); returns the ids."""
        with self._db.transaction() as session:
            deleted = trash.empty(session, article_ids)
        self._hub.publish(Changes(removed_articles=frozenset(deleted)))
        return deleted

    def all_tags(self) -> list[str]:
        """Every tag's name, sorted."""
        with self._db.reading() as session:
            return tags.all_tags(session)

    def sidebar_counts(self) -> SidebarCounts:
        """What the sidebar shows beside its views: states, tags, sources and categories."""
        with self._db.reading() as session:
            return SidebarCounts(
                states={ReadState(state): n for state, n in counts.state_counts(session).items()},
                highlights=counts.highlight_count(session),
                trashed=len(trash.trashed_ids(session)),
                facets=counts.facet_counts(session),
            )

    def stats(self) -> LibraryStats:
        """Totals of the library, for `reader stats`."""
        with self._db.reading() as session:
            states = counts.state_counts(session)
            chars, words = counts.text_totals(session)
            facets = counts.facet_counts(session)
            return LibraryStats(
                articles=sum(states.values()),
                unread=states.get(ReadState.UNREAD.value, 0),
                read=states.get(ReadState.READ.value, 0),
                archived=states.get(ReadState.ARCHIVED.value, 0),
                tags=counts.tag_count(session),
                annotations=counts.highlight_count(session),
                characters=chars,
                words=words,
                authors=len(facets["authors"]),
                categories=len(facets["categories"]),
            )
