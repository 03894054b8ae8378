"""The library's media store, and copying a post's local images into it at import.

Images are kept by content: ``media/ab/abcdef….png``, named by SHA-256, so a picture used by
many articles is stored once and the library folder stays whole when the blog folder is
moved or deleted. The reading view reads only this store (and data: URIs), never a path a
post names.

A post is data from anywhere, so the paths it names are confined: a relative path must stay
inside the post's folder (Hexo's post-asset folder ``<post name>/`` included), a site-root
path (``/images/x.png``) is looked up only inside the Hexo ``source/`` folder the post sits
in, and absolute or ``file://`` paths are refused. Only regular files are read (never a FIFO
or a device), at most MAX_IMAGE_BYTES, and only bytes that are an image are stored.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from reader.core.errors import PostError
from reader.core.records import ArticleImage
from reader.services.postfiles import read_regular_file

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGES = 500  # per article; past this, the rest are not collected

_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif",
               "image/webp": "webp", "image/avif": "avif", "image/bmp": "bmp",
               "image/svg+xml": "svg"}  # fmt: skip


def image_urls(markdown: str) -> list[str]:
    """The image sources an article's Markdown names, in order, each once."""
    found: list[str] = []
    for match in _MARKDOWN_IMAGE.finditer(markdown):
        found.append(match.group(1))
    for match in _HTML_IMAGE.finditer(markdown):
        found.append(next(g for g in match.groups() if g is not None))
    return list(dict.fromkeys(u.strip() for u in found if u.strip()))


def media_urls(markdown: str, cover: str | None) -> list[str]:
    """Every image an article shows: those in its text, and its cover (hero) image."""
    urls = image_urls(markdown)
    if cover and cover not in urls:
        urls.append(cover)
    return urls


def sniff(data: bytes) -> str | None:
    """The image type of these bytes, from their first bytes; None if not an image."""
    head = data[:64]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    if head.startswith(b"BM"):
        return "image/bmp"
    text = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "image/svg+xml"
    return None


class MediaStore:
    """Content-addressed image files in the library folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str, mime: str | None) -> Path:
        """Where the image with this hash and type is stored."""
        return self.root / sha256[:2] / f"{sha256}.{_EXTENSIONS.get(mime or '', 'bin')}"

    def put(self, data: bytes, mime: str) -> str:
        """Store the bytes (once, whoever else uses them) and return their SHA-256."""
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha, mime)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            partial.write_bytes(data)
            os.replace(partial, target)
        return sha

    def has(self, sha256: str, mime: str | None) -> bool:
        """Whether the image with this hash and type is stored."""
        return self.path(sha256, mime).is_file()

    def collect(self, post: Path, urls: list[str]) -> list[ArticleImage]:
        """Copy the post's local images in; say for each why it was not, if it was not."""
        local = [u for u in urls if not u.startswith("data:")]  # shown as they are
        return [self._collect_one(post, url) for url in local[:MAX_IMAGES]]

    def _collect_one(self, post: Path, url: str) -> ArticleImage:
        parsed = urlparse(url)
        if parsed.scheme in ("http", "https") or url.startswith("//"):
            return ArticleImage(url, "remote", reason="not downloaded")
        if parsed.scheme == "file":
            return _refused(url, "a file:// address can point anywhere on this computer")
        if parsed.scheme and len(parsed.scheme) > 1:  # c: is a Windows drive, not a scheme
            return _refused(url, f"{parsed.scheme}: addresses are not images")
        found = local_image_path(post, unquote(parsed.path))
        if isinstance(found, str):
            return _refused(url, found)
        try:
            data, _ = read_regular_file(found, MAX_IMAGE_BYTES)
        except FileNotFoundError:
            return ArticleImage(url, "missing", reason="the file is not there")
        except PostError as exc:
            return _refused(url, str(exc))
        except OSError as exc:
            return _refused(url, str(exc.strerror or exc))
        mime = sniff(data)
        if mime is None:
            return _refused(url, "not an image")
        return ArticleImage(url, "stored", self.put(data, mime), mime)


def local_image_path(post: Path, path: str) -> Path | str:
    """Where a post's local image is, or why it may not be read."""
    if not path:
        return "no file named"
    name = PurePosixPath(path.replace("\\", "/"))
    post_dir = post.absolute().parent
    if name.is_absolute() or re.match(r"^[A-Za-z]:", path):
        source = _hexo_source(post_dir)
        if source is None or re.match(r"^[A-Za-z]:", path):
            return "outside the post's folder"
        candidates = [(source / name.relative_to("/"), source)]
    else:
        candidates = [
            (post_dir / name, post_dir),
            (post_dir / post.stem / name, post_dir),
        ]  # Hexo's post-asset folder
    for candidate, root in candidates:
        real, allowed = os.path.realpath(candidate), os.path.realpath(root)
        if os.path.commonpath([real, allowed]) != allowed:
            return "outside the post's folder"
        if os.path.lexists(real):
            return Path(real)
    return Path(os.path.realpath(candidates[0][0]))  # not there: reported as missing


def _hexo_source(folder: Path) -> Path | None:
    """The `source/` folder of the Hexo site a post sits in (source/_posts/…), if any."""
    for parent in (folder, *folder.parents):
        if parent.name == "source" and (parent / "_posts").is_dir():
            return parent
    return None


def _refused(url: str, reason: str) -> ArticleImage:
    return ArticleImage(url, "refused", reason=reason)
