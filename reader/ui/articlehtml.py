"""The HTML and style sheet a reading view shows for an article."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

from reader.core.markdown import render_html
from reader.core.records import Article
from reader.ui.codecolors import color_code
from reader.ui.i18n import long_date, tr
from reader.ui.readingstyle import ReadingStyle
from reader.ui.themes import Theme

PLACEHOLDER_SCHEME = "reader-placeholder"
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r'(\w[\w-]*)\s*=\s*"([^"]*)"')
_PRE = re.compile(r"<pre>(.*?)</pre>", re.S | re.I)

# The sanitised HTML of the last articles shown, by their Markdown: a theme, a font size or a
# width changed draws the article again, and going back to one just read opens it again
# (Markdown and the sanitiser took 5-50 ms of an article of the corpus, and most of the time
# to open one of 100,000 characters).
_body_html = lru_cache(maxsize=16)(render_html)


def forget_rendered() -> None:
    """Drop the articles rendered so far (the next opening of each renders it again)."""
    _body_html.cache_clear()


@dataclass
class RenderedArticle:
    """The HTML to show and the images it refers to (placeholders carry their alt text)."""

    html: str
    images: dict[str, str] = field(default_factory=dict)
    placeholders: dict[str, str] = field(default_factory=dict)
    header_blocks: int = 0  # blocks before the article body (title, meta lines, spacer)


def style_sheet(theme: Theme, style: ReadingStyle) -> str:
    """The reading view's style sheet for this theme and reading style."""
    font_px = style.font_px
    small = max(11, round(font_px * 0.82))
    code = max(11, round(font_px * 0.86))
    return f"""
body {{ color: {theme.text}; }}
p {{ margin-top: 0px; margin-bottom: {round(font_px * 0.95)}px;
      line-height: {style.line_px(font_px)}px; }}
li {{ line-height: {style.line_px(font_px, 0.97)}px; margin-bottom: 4px; }}
h1 {{ font-size: {round(font_px * 1.6)}px; font-weight: 700; margin-top: 8px;
      margin-bottom: 10px; line-height: {round(font_px * 2.2)}px; }}
h2 {{ font-size: {round(font_px * 1.35)}px; font-weight: 700; margin-top: {font_px * 2}px;
      margin-bottom: 10px; line-height: {round(font_px * 1.9)}px; }}
h3 {{ font-size: {round(font_px * 1.15)}px; font-weight: 700; margin-top: {round(font_px * 1.5)}px;
      margin-bottom: 8px; }}
h4, h5, h6 {{ font-size: {font_px}px; font-weight: 700; margin-top: {font_px}px;
      margin-bottom: 6px; }}
a {{ color: {theme.link}; text-decoration: none; }}
code {{ font-family: "JetBrains Mono", "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace;
        font-size: {code}px; background-color: {theme.code_background}; }}
pre {{ font-family: "JetBrains Mono", "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace;
       font-size: {code}px; color: {theme.code_text}; line-height: {round(code * 1.5)}px;
       margin: 0px; white-space: pre; }}
blockquote {{ color: {theme.quote}; font-style: italic; margin-left: 18px; margin-right: 12px; }}
table.data {{ border-collapse: collapse; margin-bottom: {font_px}px; }}
table.data td, table.data th {{ padding: 6px 10px; border: 1px solid {theme.rule}; }}
table.data th {{ background-color: {theme.code_background}; font-weight: 700; }}
table.code {{ background-color: {theme.code_background}; margin-bottom: {font_px}px; }}
.meta {{ color: {theme.secondary}; font-size: {small}px; }}
.chip {{ background-color: {theme.chip}; color: {theme.secondary}; font-size: {small}px; }}
.placeholder {{ color: {theme.secondary}; }}
hr {{ color: {theme.rule}; }}
"""


def render_article(article: Article, theme: Theme, justify: bool = False) -> RenderedArticle:
    """The article as the reading view's HTML, with its images and code blocks."""
    rendered = RenderedArticle(html="")
    body = _images(_hero(article) + _body_html(article.markdown), rendered)
    body = _PRE.sub(lambda match: _code_table(match.group(1), theme), body)
    body = body.replace("<table>", '<table class="data" cellspacing="0">')
    if justify:  # Qt's rich text takes the attribute, not CSS text-align
        body = body.replace("<p>", '<p align="justify">').replace("<li>", '<li align="justify">')
    header = _header(article)
    rendered.header_blocks = header.count("<h1>") + header.count("<p")
    rendered.html = f"<html><body>{header}{body}</body></html>"
    return rendered


def _header(article: Article) -> str:
    parts: list[str] = []
    if article.author:
        parts.append(html.escape(article.author))
    if article.date:
        parts.append(long_date(article.date))
    parts.append(tr("%n min read", None, article.reading_minutes))
    if article.categories:
        parts.append(html.escape(" / ".join(article.categories)))
    meta = " · ".join(parts)
    chips = "".join(
        f'<span class="chip">&nbsp;#{html.escape(tag)}&nbsp;</span>&nbsp; ' for tag in article.tags
    )
    source = ""
    if article.source_url and article.source_url.startswith(("http://", "https://")):
        url = html.escape(article.source_url, quote=True)
        source = (
            f'<p class="meta"><a href="{url}">{html.escape(_short(article.source_url))}</a></p>'
        )
    tag_line = f'<p class="meta">{chips}</p>' if chips else ""
    return (
        f"<h1>{html.escape(article.title)}</h1>"
        f'<p class="meta">{meta}</p>{tag_line}{source}<p>&nbsp;</p>'
    )


def _hero(article: Article) -> str:
    """The cover image from the front matter, leading the article once stored.

    The cover image from the front matter (headimg, thumbnail…), leading the article once the
    library holds it, unless the text opens with the same picture anyway.
    """
    cover = article.cover_image
    image = article.images.get(cover) if cover else None
    if cover is None or image is None or image.state != "stored" or cover in article.markdown:
        return ""
    return f'<p><img src="{html.escape(cover, quote=True)}" alt=""/></p>'


def _short(url: str, limit: int = 60) -> str:
    """The address as a person reads it: no scheme, and …/mssql使用 rather than %E4%BD%BF."""
    url = re.sub(r"^https?://", "", unquote(url))
    return url if len(url) <= limit else url[: limit - 1] + "…"


def _images(body: str, rendered: RenderedArticle) -> str:
    def replace(match: re.Match[str]) -> str:
        attrs = {k.lower(): html.unescape(v) for k, v in _ATTR.findall(match.group(0))}
        src = attrs.get("src", "")
        alt = attrs.get("alt", "")
        key = f"img{len(rendered.images) + len(rendered.placeholders)}"
        rendered.images[key] = src
        rendered.placeholders[key] = alt
        return f'<img src="{PLACEHOLDER_SCHEME}:{key}" alt="{html.escape(alt, quote=True)}"/>'

    body = _IMG.sub(replace, body)
    # An image alone in its paragraph is centered.
    return re.sub(r"<p>\s*(<img [^>]*/>)\s*</p>", r'<p align="center">\1</p>', body)


def _code_table(inner: str, theme: Theme) -> str:
    """A code block.

    Its own shaded box, lines kept as written (the box scrolls sideways when they are longer
    than the column), coloured when its language is known.
    """
    inner = color_code(inner, theme.name)
    return (
        '<table class="code" width="100%" cellspacing="0" cellpadding="12"><tr><td>'
        f"<pre>{inner}</pre></td></tr></table>"
    )
