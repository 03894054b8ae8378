"""HTML bodies to clean Markdown: sanitize with BeautifulSoup, convert with markdownify."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag
from markdownify import MarkdownConverter

# Elements whose content never reaches the Markdown: code, styling, embeds, forms, chrome.
_DROP = (
    "style", "script", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "applet", "form", "input", "button", "select", "textarea", "option", "svg", "math",
    "canvas", "template", "head", "title", "meta", "link", "base", "audio", "video", "source",
    "track", "map", "nav", "dialog",
)  # fmt: skip
# Of those, the HTML void elements: they hold nothing, but lxml's parser (libxml2 knows no
# HTML5) nests whatever follows an unclosed <embed>, <source> or <track> inside it. Removing
# the element must keep that text, or one <embed> would drop the rest of the article.
# <head> is opened for a leading <link> or <meta> and then swallows body text the same way;
# what it really holds (title, style, script) is dropped by name.
_VOID = frozenset(("embed", "source", "track", "input", "base", "meta", "link", "param",
                   "area", "wbr", "keygen", "head"))  # fmt: skip
_KEEP_ATTRS = {"href", "src", "alt", "title", "class", "colspan", "rowspan", "data-lang"}
_LANG_CLASS = re.compile(r"(?:^|\s)(?:language|lang|brush:?)[-:\s]?([A-Za-z0-9_+#.-]+)")
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_SAFE_LINK = re.compile(r"^(?:https?:|mailto:|#|/|\.|[^:]*$)", re.I)
_CF_EMAIL = "[email\u00a0protected]"


def _code_language(el: Tag) -> str:
    """The language of a <pre> block, from its own or its <code>'s class or data-lang."""
    candidates = [el, *el.find_all("code", limit=1)]
    for node in candidates:
        lang = node.get("data-lang")
        if isinstance(lang, str) and lang.strip():
            return lang.strip().lower()
        classes: object = node.get("class") or []
        joined = " ".join(classes) if isinstance(classes, list) else str(classes)
        match = _LANG_CLASS.search(joined)
        if match:
            return match.group(1).lower()
    return ""


def sanitize_html(html: str) -> BeautifulSoup:
    """Parse HTML and remove everything that is not article content."""
    soup = BeautifulSoup(html, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP):
        if tag.decomposed:  # inside an element dropped already
            continue
        if tag.name in _VOID:
            tag.unwrap()
        else:
            tag.decompose()
    for tag in soup.find_all(True):
        for attr in list(tag.attrs):
            if attr not in _KEEP_ATTRS:
                del tag[attr]
        if tag.name not in ("pre", "code") and "class" in tag.attrs:
            del tag["class"]
        href = tag.get("href")
        if isinstance(href, str) and not _SAFE_LINK.match(href.strip()):
            del tag["href"]
    for img in soup.find_all("img"):
        src = img.get("src")
        if not isinstance(src, str) or not src.strip():
            img.decompose()
    return soup


def html_to_markdown(html: str) -> str:
    """Convert a scraped HTML body to tidy Markdown (ATX headings, fenced code, GFM tables)."""
    soup = sanitize_html(html)
    converter = MarkdownConverter(
        heading_style="ATX",
        bullets="-",
        code_language_callback=_code_language,
        escape_misc=False,
        table_infer_header=True,
        newline_style="backslash",
    )
    markdown = str(converter.convert_soup(soup))
    return tidy_markdown(markdown.replace(_CF_EMAIL, "[email protected]"))


def tidy_markdown(markdown: str) -> str:
    """Normalize line ends, trailing spaces and runs of blank lines."""
    markdown = markdown.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    markdown = _TRAILING_SPACE.sub("\n", markdown)
    markdown = _BLANK_LINES.sub("\n\n", markdown)
    return markdown.strip() + "\n"
