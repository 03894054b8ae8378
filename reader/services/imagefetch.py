"""Downloading an article's remote images into the media store, by an explicit act only.

Reading never touches the network. When the user asks (`reader images fetch`, or the
window's Download Images), each remote image not yet stored is fetched with bounds a
hostile or broken server can't get around: a few at a time, connect and read time-outs, one
retry with back-off for a server error or time-out, at most five redirects, a size cap per
image (checked against Content-Length and while streaming) and a quota for the library. What
arrives is judged by its bytes, not its Content-Type: an HTML error page is "not an image".
SVG is stored only with scripts, event handlers and outside references removed. Each
failure is kept with its reason; fetching again retries only what is missing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.records import ArticleImage
from reader.services.changes import ChangeHub, Changes
from reader.services.media import MAX_IMAGE_BYTES, MediaStore, sniff
from reader.storage import images as image_store
from reader.storage.database import Database

if TYPE_CHECKING:
    import httpx

CONCURRENCY = 4
MAX_REDIRECTS = 5
QUOTA_BYTES = 2 * 1024**3
TIMEOUT = (10.0, 5.0)  # seconds: to read, to connect
RETRY_AFTER_S = 1.0
QUOTA_FULL = "the library's image quota is full"
USER_AGENT = "Reader/0.1 (offline article reader; images the user asked for)"


@dataclass(frozen=True)
class Fetched:
    """What became of one image: stored, refused (and why) or failed."""

    article_id: int
    url: str
    state: str  # stored or failed
    reason: str | None = None
    bytes: int = 0


class ImageFetcher:
    """Fetches an article's remote images into the media store, only when asked."""

    def __init__(self, db: Database, hub: ChangeHub, media: MediaStore) -> None:
        self._db = db
        self._hub = hub
        self._media = media
        self._quota_lock = threading.Lock()

    def missing(self, article_ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """(article, URL) of every remote image not stored yet, failed ones included."""
        with self._db.reading() as session:
            return image_store.not_stored(session, list(article_ids or []))

    def fetch(
        self,
        article_ids: Iterable[int] | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[Fetched]:
        """Fetch the missing images (of these articles, or all), yielding each result."""
        import httpx  # here: a tenth of the window's start, for what few windows do

        wanted = self.missing(article_ids)
        used = self._stored_bytes()
        changed: set[int] = set()
        with (
            httpx.Client(
                timeout=httpx.Timeout(TIMEOUT[0], connect=TIMEOUT[1]),
                follow_redirects=True, max_redirects=MAX_REDIRECTS,
                headers={"User-Agent": USER_AGENT},
            ) as client,
            ThreadPoolExecutor(CONCURRENCY, thread_name_prefix="image-fetch") as pool,
        ):  # fmt: skip

            def one(item: tuple[int, str]) -> Fetched:
                nonlocal used
                article_id, url = item
                if cancel is not None and cancel.is_set():
                    return Fetched(article_id, url, "failed", "cancelled")
                data, reason = _download(client, url)
                if data is None:
                    return Fetched(article_id, url, "failed", reason)
                mime = sniff(data)
                if mime is None:
                    return Fetched(article_id, url, "failed", "not an image")
                if mime == "image/svg+xml":
                    data = clean_svg(data)
                with self._quota_lock:
                    if used + len(data) > QUOTA_BYTES:
                        return Fetched(
                            article_id, url, "failed", "the library's image quota is full"
                        )
                    used += len(data)
                sha = self._media.put(data, mime)
                self._record(article_id, url, ArticleImage(url, "stored", sha, mime))
                return Fetched(article_id, url, "stored", None, len(data))

            for result in pool.map(one, wanted):
                if result.state == "failed":
                    failed = ArticleImage(result.url, "failed", reason=result.reason)
                    self._record(result.article_id, result.url, failed)
                changed.add(result.article_id)
                yield result
        if changed:
            self._hub.publish(Changes(articles=frozenset(changed)))

    def _record(self, article_id: int, url: str, image: ArticleImage) -> None:
        with self._db.transaction() as session:
            image_store.record_image(session, article_id, url, image)

    def _stored_bytes(self) -> int:
        root = self._media.root
        return sum(p.stat().st_size for p in root.rglob("*.*")) if root.is_dir() else 0


def _download(client: httpx.Client, url: str) -> tuple[bytes | None, str | None]:
    """The body of `url`, or why not; one retry for a server error or a time-out."""
    import httpx

    for attempt in range(2):
        try:
            with client.stream("GET", url) as response:
                if response.status_code >= 500 and attempt == 0:
                    time.sleep(RETRY_AFTER_S)
                    continue
                if response.status_code != 200:
                    return None, f"{response.status_code} {response.reason_phrase}".strip()
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > MAX_IMAGE_BYTES:
                    return None, _too_large(int(declared))
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_IMAGE_BYTES:
                        return None, _too_large(size)
                    chunks.append(chunk)
                return b"".join(chunks), None
        except httpx.TooManyRedirects:
            return None, f"more than {MAX_REDIRECTS} redirects"
        except httpx.TimeoutException:
            if attempt == 0:
                time.sleep(RETRY_AFTER_S)
                continue
            return None, "timed out"
        except httpx.InvalidURL:
            return None, "not a valid address"
        except httpx.HTTPError as exc:
            return None, f"could not connect ({type(exc).__name__})"
    return None, "the server kept failing"


def _too_large(size: int) -> str:
    return f"too large ({size / 1024 / 1024:.1f} MB; the limit is {MAX_IMAGE_BYTES >> 20} MB)"


def clean_svg(data: bytes) -> bytes:
    """An SVG without scripts, event handlers, foreign objects or outside references."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname.lower()
        parent = el.getparent()
        if local in ("script", "foreignobject", "iframe", "embed", "object"):
            if parent is not None:
                parent.remove(el)
            continue
        for name in list(el.attrib):
            value = el.attrib[name].strip().lower()
            bare = etree.QName(name).localname.lower()
            if bare.startswith("on") or (
                bare == "href" and not value.startswith(("#", "data:image/"))
            ):
                del el.attrib[name]
        has_source = any(etree.QName(n).localname.lower() == "href" for n in el.attrib)
        if local in ("image", "feimage") and not has_source and parent is not None:
            parent.remove(el)  # its outside picture was refused: nothing left to draw
    return bytes(etree.tostring(root))
