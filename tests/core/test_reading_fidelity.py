"""Every real post reads as its author meant it: no Markdown syntax or Hexo tags in the text.

The visible text outside code (what the reading view, snippets and highlights show) may hold
`**`, `__`, a line-ending backslash or `{%` only where the source showed them as text.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from bs4 import BeautifulSoup

from reader.core.markdown import render_html
from reader.core.posts import parse_post
from reader.core.readingtext import reading_text, visible_text
from tests.conftest import CORPUS_FILES

MARKERS = {
    "emphasis **": re.compile(r"\*\*"),
    "emphasis __": re.compile(r"(?<![\w])__|__(?![\w])"),
    "a backslash ending a line": re.compile(r"\\(?=\n|$)"),
    "a Hexo tag": re.compile(r"\{%|%\}"),
}


def _visible_outside_code(html: str) -> str:
    root = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    for code in root.xpath("//pre|//code"):
        code.drop_tree()
    return "\n".join(t for t in root.itertext())


def _source_text(path: Path, body: str, body_format: str) -> str:
    """What the source itself shows as text (for Markdown: what CommonMark escapes keep)."""
    if body_format == "html":
        soup = BeautifulSoup(body, "lxml")
        for code in soup.find_all(["pre", "code", "script", "style"]):
            code.decompose()
        return soup.get_text("\n")
    return re.sub(r"\\([\\*_{}%])", lambda m: m.group(1), "".join(
        re.findall(r"\\[\\*_{}%]", body)))  # fmt: skip


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_the_reading_text_holds_no_markup_the_source_did_not_show(path: Path) -> None:
    post = parse_post(path.read_bytes(), path.name)
    shown = _visible_outside_code(render_html(post.markdown))
    source = _source_text(path, post.original_body, post.body_format)
    for name, marker in MARKERS.items():
        extra = len(marker.findall(shown)) - len(marker.findall(source))
        where = [shown[max(0, m.start() - 20) : m.end() + 20] for m in marker.finditer(shown)]
        assert extra <= 0, f"{name} in {path.name}: {where[:3]}"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_the_reading_text_is_the_text_the_view_shows(path: Path) -> None:
    """The reading text built in one pass is still the text the view shows.

    Built from the raw rendering in one pass, the reading text is still the visible text of the
    sanitised HTML the reading view shows: highlights anchor on it. Checked on the post's
    Markdown and on its original body read as Markdown (raw HTML and all).
    """
    post = parse_post(path.read_bytes(), path.name)
    for markdown in (post.markdown, post.original_body):
        assert reading_text(markdown) == visible_text(render_html(markdown))
