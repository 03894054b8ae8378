"""Remote images, fetched by an explicit act from a real local server, then read offline.

Every case the fetcher must survive is a route of a real HTTP server on 127.0.0.1; reading
afterwards runs with sockets cut off, so any network use while reading fails the test.
"""

from __future__ import annotations

import contextlib
import http.server
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.services import imagefetch
from reader.services.imagefetch import ImageFetcher
from reader.services.media import MediaStore
from reader.ui.articlehtml import PLACEHOLDER_SCHEME
from reader.ui.articleview import ArticleView
from reader.ui.mainwindow import MainWindow
from tests.localserver import local_server
from tests.ui.conftest import answer_message_box


def _encoded(width: int, fmt: str) -> bytes:
    image = QImage(width, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)  # type: ignore[call-overload]  # the stubs say bytes; str works
    return bytes(data.data())


EVIL_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10" onload="alert(1)">'
            b'<script>alert(2)</script><rect width="30" height="10" fill="red"/>'
            b'<image href="http://127.0.0.1:9/tracker.png"/></svg>')  # fmt: skip


class _Server(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    hits: list[str] = []

    def do_GET(self) -> None:
        _Server.hits.append(self.path)
        if self.path == "/slow.png":
            time.sleep(3)
        status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers and self.path != "/stream.png":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.path != "/huge.png":
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client gave up
                self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Server.hits = []
    _Server.routes = {
        "/a.png": (200, {"Content-Type": "image/png"}, _encoded(40, "PNG")),
        "/b.webp": (200, {"Content-Type": "image/webp"}, _encoded(50, "WEBP")),
        "/redirect": (302, {"Location": "/c.png"}, b""),
        "/c.png": (200, {"Content-Type": "image/png"}, _encoded(60, "PNG")),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/page.png": (200, {"Content-Type": "image/png"}, b"<html><body>Error</body></html>"),
        "/huge.png": (200, {"Content-Type": "image/png", "Content-Length": str(30 << 20)}, b""),
        "/stream.png": (200, {"Content-Type": "image/png"}, b"\x89PNG" + b"x" * 5000),
        "/evil.svg": (200, {"Content-Type": "image/svg+xml"}, EVIL_SVG),
        "/slow.png": (200, {"Content-Type": "image/png"}, _encoded(70, "PNG")),
    }
    with local_server(_Server) as url:
        yield url


EXPECTED = {
    "/a.png": ("stored", None),
    "/b.webp": ("stored", None),
    "/redirect": ("stored", None),
    "/loop": ("failed", "more than 5 redirects"),
    "/missing.png": ("failed", "404 Not Found"),
    "/page.png": ("failed", "not an image"),
    "/huge.png": ("failed", "too large (30.0 MB"),
    "/stream.png": ("failed", "too large"),
    "/evil.svg": ("stored", None),
    "/slow.png": ("failed", "timed out"),
}


def test_fetch_stores_images_refuses_the_rest_and_reading_stays_offline(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    server: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(imagefetch, "TIMEOUT", (1.0, 1.0))
    monkeypatch.setattr(imagefetch, "RETRY_AFTER_S", 0.05)
    monkeypatch.setattr(imagefetch, "MAX_IMAGE_BYTES", 4000)  # /stream.png sends 5,004
    post = tmp_path / "pictures.md"
    post.write_text("---\ntitle: Pictures\n---\n" + "".join(
        f"![{path}]({server}{path})\n\n" for path in EXPECTED), "utf-8")  # fmt: skip
    services.importer.import_paths([post])
    [summary] = services.library.list_articles()
    assert {i.state for i in services.library.get(summary.id).images.values()} == {"remote"}

    fetcher = ImageFetcher(services.db, services.hub, MediaStore(services.location.media_dir))
    results = {r.url.removeprefix(server): r for r in fetcher.fetch()}
    for path, (state, reason) in EXPECTED.items():
        assert results[path].state == state, (path, results[path])
        assert reason is None or (results[path].reason or "").startswith(reason), results[path]
    images = services.library.get(summary.id).images
    assert images[f"{server}/loop"].reason == "more than 5 redirects"  # kept with its reason
    svg = (
        MediaStore(services.location.media_dir)
        .path(images[f"{server}/evil.svg"].sha256 or "", "image/svg+xml")
        .read_bytes()
    )
    assert b"script" not in svg and b"onload" not in svg and b"127.0.0.1" not in svg

    _Server.hits.clear()
    again = list(fetcher.fetch())  # only what is missing is asked for again
    assert {r.url.removeprefix(server) for r in again} == {
        p for p, (state, _) in EXPECTED.items() if state == "failed"
    }
    assert "/a.png" not in _Server.hits

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the reading view used the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    view = ArticleView(media_dir=services.location.media_dir)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_article(services.library.get(summary.id))
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    widths = {}
    for key, src in view._rendered.images.items():
        image = view.loadResource(kind, QUrl(f"{PLACEHOLDER_SCHEME}:{key}"))
        assert isinstance(image, QImage)
        widths[src.removeprefix(server)] = image.width()
    assert (widths["/a.png"], widths["/b.webp"], widths["/redirect"]) == (40, 50, 60)
    assert widths["/evil.svg"] == 30
    assert widths["/missing.png"] >= 160  # the placeholder, saying why


def test_article_download_images_from_the_window(
    qtbot: QtBot, services: Services, tmp_path: Path, server: str
) -> None:
    post = tmp_path / "one.md"
    post.write_text(f"---\ntitle: One picture\n---\nText.\n\n![a]({server}/a.png)\n", "utf-8")
    services.importer.import_paths([post])
    fetcher = ImageFetcher(services.db, services.hub, MediaStore(services.location.media_dir))
    win = MainWindow(services.library, services.importer, services.hub, services.search,
                     services.annotations, media_dir=services.location.media_dir,
                     fetcher=fetcher)  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    win.table.choose_row(0)
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    url = QUrl(f"{PLACEHOLDER_SCHEME}:img0")
    assert win.view.loadResource(kind, url).width() >= 160  # a placeholder: not downloaded
    assert win.downloads is not None
    with qtbot.waitSignal(win.downloads.finished, timeout=20_000):
        win.download_article_images()
    assert "1 image stored, 0 not" in win.statusBar().currentMessage()
    assert win.view.loadResource(kind, url).width() == 40  # the image, re-rendered in place
    win.close()


def test_the_cover_image_leads_the_article_once_stored(
    qtbot: QtBot, services: Services, tmp_path: Path, server: str
) -> None:
    post = tmp_path / "hero.md"
    post.write_text(f"---\ntitle: Hero\nheadimg: '{server}/a.png'\n---\n第一段正文。\n\n第二段。\n",
                    "utf-8")  # fmt: skip
    services.importer.import_paths([post])
    [summary] = services.library.list_articles()
    view = ArticleView(media_dir=services.location.media_dir)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_article(services.library.get(summary.id))
    assert view._rendered.images == {}  # not downloaded: no empty box leads the article
    fetcher = ImageFetcher(services.db, services.hub, MediaStore(services.location.media_dir))
    assert [r.state for r in fetcher.fetch()] == ["stored"]
    view.set_article(services.library.get(summary.id))
    assert list(view._rendered.images.values()) == [f"{server}/a.png"]
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    hero = view.loadResource(kind, QUrl(f"{PLACEHOLDER_SCHEME}:img0"))
    assert hero.width() == 40
    text_map = view.text_map()
    assert text_map is not None and text_map.coverage >= 0.995  # offsets still hold
    article = view.article()
    assert article is not None
    second = article.reading_text.index("第二段")
    assert view.document().toRawText()[view.doc_position(second)] == "第"


def test_the_first_import_asks_and_the_answer_is_kept(
    qtbot: QtBot, services: Services, tmp_path: Path, server: str
) -> None:
    from reader.ui import settings

    fetcher = ImageFetcher(services.db, services.hub, MediaStore(services.location.media_dir))
    win = MainWindow(services.library, services.importer, services.hub, services.search,
                     services.annotations, media_dir=services.location.media_dir,
                     fetcher=fetcher)  # fmt: skip
    qtbot.addWidget(win)
    win.imports.show_summary = False
    asked: list[str] = []

    assert settings.DOWNLOAD_IMAGES_ON_IMPORT.get() == "ask"
    for n, path in enumerate(("/a.png", "/c.png")):
        post = tmp_path / f"p{n}.md"
        post.write_text(f"---\ntitle: P{n}\n---\nText {n}.\n\n![x]({server}{path})\n", "utf-8")
        if n == 0:
            answer_message_box("Download After Every Import", asked)
        assert win.downloads is not None
        with qtbot.waitSignal(win.downloads.finished, timeout=20_000):
            win.imports.start([post])
    assert len(asked) == 1  # asked the first time only
    assert settings.DOWNLOAD_IMAGES_ON_IMPORT.get() == "always"
    states = [i.state for a in services.library.list_articles()
              for i in services.library.get(a.id).images.values()]  # fmt: skip
    assert states == ["stored", "stored"]
    win.close()
