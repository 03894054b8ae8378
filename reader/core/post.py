"""The parsed form of a post file, before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

BodyFormat = Literal["html", "markdown"]
# The file names taken for posts when a folder is imported.
POST_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm", ".txt"})
# Raised whenever a change to the conversion changes what articles read as: a library opened
# by a newer Reader re-converts its articles from their kept original bodies. 2: CJK-friendly
# emphasis, no paragraph-ending hard breaks, adjacent <strong>s merged, Hexo tags.
CONVERTER_VERSION = 2


@dataclass(frozen=True)
class Post:
    """Everything Reader takes from one post file."""

    title: str
    body_format: BodyFormat
    original_body: str
    markdown: str
    reading_text: str
    date: datetime | None = None
    date_text: str | None = None
    updated: datetime | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    cover_image: str | None = None
    source_url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
