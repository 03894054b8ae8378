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
from reader.core.markdown import render_raw, sanitized

_BLOCKS = frozenset((
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "div", "hr", "section",
    "article", "aside", "header", "footer", "figure", "figcaption", "details", "summary", "main",
    "address", "center",
))  # fmt: skip
_SPACE = re.compile(r"[ \t\r\n\f\u00a0\u2028\u2029]+")
# HTML the sanitiser acts on: an element it drops or unwraps, a comment, a declaration.
_SANITISED = re.compile(
    r"<(?:!|\?|/?(?:" + "|".join(sorted({*DROPPED, *VOID})) + r")(?![\w-]))", re.IGNORECASE
)


def reading_text(markdown: str) -> str:
    """Return the reading text for an article's Markdown: `visible_text(render_html(...))`.

    Markdown that carries no HTML the sanitiser acts on (nearly all: HTML posts reach the
    library as Markdown without raw HTML) is not sanitised: its rendering is parsed once,
    by lxml, instead of by BeautifulSoup, serialised and parsed again (that was half of an
    import's conversion time). Skipping dropped elements while walking the raw rendering
    instead was not the same text: the parser nests what follows an <embed> inside it, and
    sanitising then re-parsing changes the nesting.
    """
    raw = render_raw(markdown)
    return visible_text(sanitized(raw) if _SANITISED.search(raw) else raw)


def visible_text(html: str) -> str:
    """The visible text of HTML that is sanitised already (`render_html`'s)."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    lines: list[str] = []
    current: list[str] = []
    _add(root.text, current, in_pre=False)  # text before the first element
    _walk(root, lines, current, in_pre=False)
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


def _walk(el: HtmlElement, lines: list[str], current: list[str], in_pre: bool) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        pre = in_pre or tag == "pre"
        if tag in _BLOCKS:
            _flush(lines, current)
            _add(child.text, current, pre)
            _walk(child, lines, current, pre)
            _flush(lines, current)
        elif tag == "br":
            _flush(lines, current)
        elif tag == "img" or not tag:
            pass
        else:
            _add(child.text, current, pre)
            _walk(child, lines, current, pre)
        _add(child.tail, current, in_pre)
