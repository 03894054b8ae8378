"""Markdown to sanitized HTML: the one rendering that the reading view and reading text share."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

from reader.core.cjkemphasis import use_cjk_friendly_emphasis
from reader.core.convert import sanitize_html


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "linkify": True, "typographer": False})
    md.enable(["table", "strikethrough", "linkify"])
    # Bare http(s):// addresses become links; "README.md" or "vue.js" do not (the fuzzy
    # rule would link any word ending in a country's domain).
    assert md.linkify is not None
    md.linkify.set({"fuzzy_link": False, "fuzzy_email": False})
    return use_cjk_friendly_emphasis(md)


def render_raw(markdown: str) -> str:
    """Markdown as HTML before sanitising: the HTML a post's Markdown may carry is in it."""
    return str(_parser().render(markdown))


def render_html(markdown: str) -> str:
    """Render Markdown to HTML with scripts, styles, frames, forms and handlers removed."""
    return sanitized(render_raw(markdown))


def sanitized(raw: str) -> str:
    """`render_raw`'s HTML with scripts, styles, frames, forms and handlers removed."""
    soup = sanitize_html(raw)
    # The parser puts a leading <script> or <style> in <head>, and the text after it on the
    # same line there too; the sanitiser unwraps <head>, so that text is beside <body>, not
    # in it. All of the document is the article.
    if soup.body is not None:
        soup.body.unwrap()
    root = soup.html or soup
    return root.decode_contents()
