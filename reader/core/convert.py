"""HTML bodies to clean Markdown: sanitize with BeautifulSoup, convert with markdownify."""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning
from markdownify import MarkdownConverter

# Elements whose content never reaches the Markdown: code, styling, embeds, forms, chrome.
DROPPED = (
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
VOID = frozenset(("embed", "source", "track", "input", "base", "meta", "link", "param",
                   "area", "wbr", "keygen", "head"))  # fmt: skip
# A post body is HTML, whatever it looks like: one that opens with <?xml or is only a web
# address is still parsed as HTML, as a browser would; BeautifulSoup's hints are not for us.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
_KEEP_ATTRS = {"href", "src", "alt", "title", "class", "colspan", "rowspan", "data-lang"}
_LANG_CLASS = re.compile(r"(?:^|\s)(?:language|lang|brush:?)[-:\s]?([A-Za-z0-9_+#.-]+)")
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_SAFE_LINK = re.compile(r"^(?:https?:|mailto:|#|/|\.|[^:]*$)", re.I)
_CF_EMAIL = "[email\u00a0protected]"
_ADJACENT_INLINE = re.compile(r"</(strong|b|em|i)>(\s*)<\1>", re.I)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE_PREFIX = re.compile(r"^(?: {0,3}>)+ ?")


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
    # An XML declaration anywhere makes BeautifulSoup warn; the module's filter above does
    # not hold where warnings are reset per call (as pytest does), so it is set here too.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(DROPPED):
        if tag.decomposed:  # inside an element dropped already
            continue
        if tag.name in VOID:
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
    # `<strong>（1）</strong><strong>技术工具</strong>` would become `**（1）****技术工具**`,
    # which no Markdown reader parses: one element is what the author saw.
    html = _ADJACENT_INLINE.sub(r"\2", html)
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
    markdown = drop_dangling_breaks(markdown.replace(_CF_EMAIL, "[email protected]"))
    return tidy_markdown(markdown)


def drop_dangling_breaks(markdown: str) -> str:
    r"""Remove hard line breaks that end a paragraph.

    Markdownify writes a `<br>` before a block or at the end as a backslash, which CommonMark
    shows as a literal `\` there. Blockquotes are looked into; fenced code is left alone.
    """
    out: list[str] = []
    fence: str | None = None  # the opening run of the code fence we are in
    for raw in markdown.split("\n"):
        line = raw
        marker = _FENCE.match(line)
        if marker:
            run = marker.group(1)
            if fence is None:
                fence = run
            elif run[0] == fence[0] and len(run) >= len(fence):
                fence = None
        elif fence is None:
            prefix = _QUOTE_PREFIX.match(line)
            body = line[prefix.end() :] if prefix else line
            if body.strip() == "\\":  # a break on an empty line: nothing to break
                line = line[: len(line) - len(body)].rstrip()
                body = ""
            if not body.strip() and out and out[-1].endswith("\\"):
                out[-1] = out[-1][:-1].rstrip()
        out.append(line)
    if out and fence is None and out[-1].endswith("\\"):
        out[-1] = out[-1][:-1].rstrip()
    return "\n".join(out)


def tidy_markdown(markdown: str) -> str:
    """Normalize line ends, trailing spaces and runs of blank lines."""
    markdown = markdown.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    markdown = _TRAILING_SPACE.sub("\n", markdown)
    markdown = _BLANK_LINES.sub("\n\n", markdown)
    return markdown.strip() + "\n"
