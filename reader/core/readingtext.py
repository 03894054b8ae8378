"""The reading text: the one plain-text linearization of an article's Markdown.

The reading view, the search index, snippets and annotation anchors all use offsets into this
string. It is the visible text of `render_html(markdown)`: block elements end a line, whitespace
outside <pre> collapses as a browser would, images contribute nothing.
"""

from __future__ import annotations

import re

import lxml.html
from lxml.html import HtmlElement

from reader.core.convert import DROPPED, VOID
from reader.core.markdown import render_raw

_BLOCKS = frozenset((
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "div", "hr", "section",
    "article", "aside", "header", "footer", "figure", "figcaption", "details", "summary", "main",
    "address", "center",
))  # fmt: skip
_SPACE = re.compile(r"[ \t\r\n\f\u00a0\u2028\u2029]+")


def reading_text(markdown: str) -> str:
    """Return the reading text for an article's Markdown.

    The Markdown is rendered once and parsed once, by lxml, and what sanitising removes is
    skipped as the text is walked, instead of sanitising with BeautifulSoup, serialising
    and parsing again (half of an import's conversion time). It is the text of
    `render_html(markdown)` all the same: `visible_text(render_html(markdown))`, which a
    test checks on every post of the corpus.
    """
    return _text_of(render_raw(markdown), drop=True)


def visible_text(html: str) -> str:
    """The visible text of HTML that is sanitised already (`render_html`'s)."""
    return _text_of(html, drop=False)


def _text_of(html: str, drop: bool) -> str:
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    lines: list[str] = []
    current: list[str] = []
    _add(root.text, current, in_pre=False)  # text before the first element
    _walk(root, lines, current, in_pre=False, drop=drop)
    _flush(lines, current)
    return "\n".join(lines)


def _flush(lines: list[str], current: list[str]) -> None:
    text = "".join(current)
    current.clear()
    if "\n" in text:  # preformatted text keeps its own lines
        lines.extend(line.rstrip() for line in text.strip("\n").split("\n"))
        return
    text = text.strip()
    if text:
        lines.append(text)


def _add(text: str | None, current: list[str], in_pre: bool) -> None:
    if not text:
        return
    if in_pre:
        current.append(text.replace("\r\n", "\n"))
        return
    collapsed = _SPACE.sub(" ", text)
    if current and current[-1].endswith(" ") and collapsed.startswith(" "):
        collapsed = collapsed[1:]
    current.append(collapsed)


def _walk(el: HtmlElement, lines: list[str], current: list[str], in_pre: bool, drop: bool) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        pre = in_pre or tag == "pre"
        if drop and tag in DROPPED and tag not in VOID:
            pass  # sanitising removes it with everything it holds
        elif tag in _BLOCKS:
            _flush(lines, current)
            _add(child.text, current, pre)
            _walk(child, lines, current, pre, drop)
            _flush(lines, current)
        elif tag == "br":
            _flush(lines, current)
        elif tag == "img" or not tag:
            pass
        else:
            _add(child.text, current, pre)
            _walk(child, lines, current, pre, drop)
        _add(child.tail, current, in_pre)
