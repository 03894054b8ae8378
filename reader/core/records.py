"""Plain records that storage returns and services hand to the UI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ReadState(StrEnum):
    """Where the reader stands with an article: unread, read or archived."""

    UNREAD = "unread"
    READ = "read"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library list."""

    id: int
    title: str
    author: str | None
    date: datetime | None
    sort_date: datetime
    categories: list[str]
    tags: list[str]
    read_state: ReadState
    char_count: int
    word_count: int
    highlight_count: int
    reading_progress: float
    trashed_at: datetime | None = None  # in the trash since then
    cover: ArticleImage | None = None  # the cover image, if the media store holds it


@dataclass(frozen=True)
class ArticleImage:
    """An image an article shows.

    Stored in the library's media store (by SHA-256), or not, with the reason in words.
    """

    url: str
    state: str  # stored, remote (not downloaded), refused, missing
    sha256: str | None = None
    mime: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Article:
    """An article with everything needed to read it."""

    id: int
    source_path: str
    title: str
    author: str | None
    date: datetime | None
    date_text: str | None
    updated: datetime | None
    categories: list[str]
    tags: list[str]
    cover_image: str | None
    source_url: str | None
    extra: dict[str, Any]
    body_format: str
    original_body: str
    markdown: str
    reading_text: str
    content_hash: str
    revision: int
    char_count: int
    word_count: int
    imported_at: datetime
    updated_at: datetime
    read_state: ReadState
    reading_offset: int
    reading_progress: float
    images: dict[str, ArticleImage] = field(default_factory=dict)  # by URL as written
    trashed_at: datetime | None = None  # moved to the trash then; None while in the library

    @property
    def reading_minutes(self) -> int:
        """About 400 CJK characters or 230 Latin words a minute; at least one minute."""
        from reader.core.wordcount import reading_minutes

        return reading_minutes(self.reading_text)


@dataclass(frozen=True)
class LibraryStats:
    """Totals of the library, for `reader stats`."""

    articles: int
    unread: int
    read: int
    archived: int
    tags: int
    annotations: int
    characters: int
    words: int
    authors: int
    categories: int


@dataclass(frozen=True)
class ArticleQuery:
    """What the library list shows: filters, order and a page."""

    category: str | None = None
    author: str | None = None
    tag: str | None = None
    read_state: ReadState | None = None
    ids: list[int] | None = None
    in_trash: bool = False  # the trash instead of the library
    inbox: bool = False  # what is not archived
    sort: str = "date"
    descending: bool = True
    offset: int = 0
    limit: int | None = None


@dataclass(frozen=True)
class SearchDocument:
    """What the search index holds for one article (and what a scan falls back on)."""

    id: int
    title: str
    text: str
    author: str
    categories: list[str]
    tags: list[str]
    date: datetime | None
    sort_date: datetime
    state: str
    notes: str = ""
    note_tags: list[str] = field(default_factory=list)
    colors: list[str] = field(default_factory=list)
    highlights: int = 0
    notes_count: int = 0
    stamp: int = 0  # the article's search stamp when this was read (see storage/stamps.py)


@dataclass(frozen=True)
class Annotation:
    """A highlight: its anchor over the reading text, color, note and tags."""

    id: int
    uuid: str
    article_id: int
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    content_hash: str
    anchor_state: str
    color: str
    note: str
    tags: list[str]
    created_at: datetime
    modified_at: datetime
    article_title: str = ""


@dataclass(frozen=True)
class AnnotationQuery:
    """Which highlights to list: by article, colour, tag, text, orphans."""

    article_id: int | None = None
    color: str | None = None
    tag: str | None = None
    text: str | None = None
    orphans_only: bool = False


# -- search results ----------------------------------------------------------------------
@dataclass(frozen=True)
class Snippet:
    """Reading text [start, end) with the hits inside it (absolute offsets)."""

    start: int
    end: int
    text: str
    hits: list[tuple[int, int]]
    leading: bool  # text was cut before start
    trailing: bool


@dataclass(frozen=True)
class SearchHit:
    """One search result: the article, its score, and where the query is found in it."""

    article_id: int
    score: float
    title: str
    title_hits: list[tuple[int, int]]
    snippets: list[Snippet]
    hits: list[tuple[int, int]]  # every hit in the reading text
    indexed: bool = True


@dataclass
class SearchResults:
    """A page of search results, and what is known of the rest."""

    query: str
    hits: list[SearchHit] = field(default_factory=list)
    # How many matches: all of them, or, when `more` is true, those up to the end of this page
    # (SearchService.count counts them all).
    total: int = 0
    more: bool = False
    notice: str | None = None
    elapsed_ms: float = 0.0
    partial: bool = False  # some articles were found by scanning, the index being rebuilt
    counted: int | None = None  # every match, when the search saw them all (a scan only)
