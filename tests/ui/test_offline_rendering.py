"""Rendering never touches the network and never runs a script; offsets map both ways."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.ui.articleview import ArticleView
from tests.conftest import CORPUS_FILES
from tests.localserver import local_server
from tests.ui.conftest import article_from_post


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Recorder.requests = []
    with local_server(_Recorder) as url:
        yield url


def test_remote_images_scripts_and_iframes_never_load(
    qtbot: QtBot, services: Services, tmp_path: Path, server: str
) -> None:
    post = tmp_path / "hostile.html"
    post.write_text(
        f"""<html><head><title>Hostile page</title>
        <link rel="stylesheet" href="{server}/style.css">
        <script src="{server}/app.js"></script></head><body>
        <h1>Hostile page</h1>
        <p>Intro text.<img src="{server}/pixel.png" alt="tracking pixel"
           onerror="document.title='pwned'"></p>
        <script>document.write('SCRIPT-RAN')</script>
        <iframe src="{server}/frame.html">frame fallback</iframe>
        <object data="{server}/flash.swf"></object>
        <p style="background:url({server}/bg.png)">Styled paragraph.</p>
        <a href="javascript:alert('x')">js link</a> <a href="{server}/page">web link</a>
        </body></html>""",
        "utf-8",
    )
    report = services.importer.import_paths([post])
    assert not report.failures
    article = services.library.list_articles()[0]
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_article(services.library.get(article.id))
    # Laid out and painted, images included: the view asks for every resource as it lays the
    # document out (loadResource, synchronously), so any request would have been made.
    qtbot.waitUntil(lambda: view.document().size().height() > 0, timeout=5000)
    view.viewport().grab()
    text = view.toPlainText()
    assert "Intro text." in text and "Styled paragraph." in text
    assert "SCRIPT-RAN" not in text and "pwned" not in text and "frame fallback" not in text
    assert _Recorder.requests == []
    html = view.toHtml()
    assert "javascript:" not in html and "<script" not in html.lower()
    blocked: list[str] = []
    view.link_blocked.connect(blocked.append)
    from PySide6.QtCore import QUrl

    view.on_anchor_clicked(QUrl("file:///etc/passwd"))
    view.on_anchor_clicked(QUrl("javascript:alert(1)"))
    assert blocked == ["file:///etc/passwd", "javascript:alert(1)"]
    assert _Recorder.requests == []


def test_text_map_round_trips_on_every_corpus_article(qtbot: QtBot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    for path in CORPUS_FILES:
        article = article_from_post(path)
        view.set_article(article)
        text_map = view.text_map()
        assert text_map is not None
        raw = view.document().toRawText()
        reading = article.reading_text
        assert text_map.coverage >= 0.995, (path.name, text_map.coverage)
        for offset, ch in enumerate(reading):
            if ch.isspace():
                continue
            position = text_map.doc_of[offset]
            if position < 0:
                continue
            assert raw[position] == ch, (path.name, offset)
            assert text_map.to_reading(position) == offset
            assert text_map.to_doc(offset) == position
