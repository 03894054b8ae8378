"""Reading one post file: encoding, front matter, fields, body format, conversion."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from reader.core.convert import html_to_markdown, tidy_markdown
from reader.core.dates import parse_date
from reader.core.encoding import decode_text
from reader.core.errors import PostError
from reader.core.frontmatter import split_front_matter
from reader.core.hexotags import expand_hexo_tags
from reader.core.post import CONVERTER_VERSION, POST_SUFFIXES, BodyFormat, Post
from reader.core.readingtext import reading_text

_HTML_SUFFIXES = frozenset({".html", ".htm"})
_COVER_KEYS = ("cover", "headimg", "thumbnail", "image", "banner", "index_img", "featured_image")
_URL_KEYS = ("link", "url", "permalink", "source", "source_url", "original")
_KNOWN_KEYS = frozenset(
    {"title", "date", "updated", "lastmod", "author", "authors", "categories", "category",
     "tags", "tag", "keywords", *_COVER_KEYS, *_URL_KEYS}
)  # fmt: skip
_HTML_START = re.compile(
    r"\A\s*(?:<!doctype html|<html|<body|<(?:div|p|section|article|main|span|table|ul|ol|h[1-6]"
    r"|figure|blockquote|pre|img|center|font|strong|b|a)\b)",
    re.I,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_MD_SETEXT = re.compile(r"^(.+)\n=+\s*$", re.M)
_HTML_TITLE = re.compile(r"<(?:title|h1)[^>]*>(.*?)</(?:title|h1)>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def parse_post(data: bytes, name: str) -> Post:
    """Parse a post file's bytes; `name` is its file name, for fallback titles and format."""
    text, encoding = decode_text(data)
    meta, body = split_front_matter(text)
    path = PurePath(name)
    body_format = detect_body_format(body, path.suffix.lower())
    markdown = convert_body(body, body_format)
    title = _text(meta.get("title")) or _fallback_title(body, body_format) or path.stem
    raw_date = meta.get("date")
    date = parse_date(raw_date)
    return Post(
        title=html.unescape(title).strip(),
        body_format=body_format,
        original_body=body,
        markdown=markdown,
        reading_text=reading_text(markdown),
        date=date,
        date_text=None if raw_date is None else str(raw_date),
        updated=parse_date(meta.get("updated", meta.get("lastmod"))),
        author=_author(meta),
        categories=_names(meta.get("categories", meta.get("category"))),
        tags=_names(meta.get("tags", meta.get("tag"))),
        cover_image=_first_url(meta, _COVER_KEYS),
        source_url=_first_url(meta, _URL_KEYS),
        extra={k: _jsonable(v) for k, v in meta.items() if k not in _KNOWN_KEYS},
        encoding=encoding,
    )


def convert_body(body: str, body_format: BodyFormat) -> str:
    """A post body (as stored in the file) as the article's Markdown."""
    body = expand_hexo_tags(body)
    return html_to_markdown(body) if body_format == "html" else tidy_markdown(body)


def detect_body_format(body: str, suffix: str) -> BodyFormat:
    """HTML when the file is .html or the body opens with an HTML element; else Markdown."""
    if suffix in _HTML_SUFFIXES:
        return "html"
    if _HTML_START.match(body) and not _MD_HEADING.search(body):
        return "html"
    return "markdown"


def _fallback_title(body: str, body_format: BodyFormat) -> str | None:
    if body_format == "html":
        match = _HTML_TITLE.search(body)
        return _TAG.sub("", match.group(1)).strip() or None if match else None
    for pattern in (_MD_HEADING, _MD_SETEXT):
        match = pattern.search(body)
        if match:
            return match.group(1).strip() or None
    return None


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t) or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("title"))
    text = str(value).strip()
    return text or None


def _author(meta: dict[str, Any]) -> str | None:
    return _text(meta.get("author", meta.get("authors")))


def _names(value: object) -> list[str]:
    """A list of names from a string ("a, b"), a list, or a nested list (Hexo hierarchies)."""
    out: list[str] = []

    def add(item: object) -> None:
        if item is None:
            return
        if isinstance(item, (list, tuple)):
            for sub in item:
                add(sub)
            return
        if isinstance(item, str):
            parts: Iterable[str] = item.split(",") if "," in item else [item]
        else:
            parts = [str(item)]
        for part in parts:
            name = part.strip()
            if name and name not in out:
                out.append(name)

    add(value)
    return out


def _first_url(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _text(meta.get(key))
        if value and not value.endswith("/undefined"):
            return value
    return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


__all__ = [
    "CONVERTER_VERSION",
    "POST_SUFFIXES",
    "PostError",
    "convert_body",
    "detect_body_format",
    "parse_post",
]
