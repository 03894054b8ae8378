"""The reading view shows images from the media store alone.

With the blog folder gone they still show, and a path a post names outside its folder never does.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.ui.articlehtml import PLACEHOLDER_SCHEME
from reader.ui.articleview import ArticleView
from tests.services.test_media import PNG, make_blog


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks as on POSIX")
def test_images_come_from_the_store_and_nowhere_else(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG + b"private")
    post = make_blog(tmp_path / "blog", secret)
    services.importer.import_paths([post])
    shutil.rmtree(tmp_path / "blog")  # the library must stand on its own
    [summary] = services.library.list_articles()

    view = ArticleView(media_dir=services.location.media_dir)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_article(services.library.get(summary.id))
    rendered = view._rendered.images  # key -> src, as the document refers to them
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    shown: dict[str, QImage] = {}
    for key, src in rendered.items():
        image = view.loadResource(kind, QUrl(f"{PLACEHOLDER_SCHEME}:{key}"))
        assert isinstance(image, QImage) and not image.isNull()
        shown[src] = image
    real = {src for src, image in shown.items() if image.size().width() == 1}
    assert real == {"pic.png", "asset.gif", "/images/site.png"} | {
        s for s in shown if s.startswith("data:")
    }
    for src in (f"../../../{secret.name}", "link.png", f"file://{secret}", "fifo.png"):
        assert shown[src].height() > 50  # the placeholder, with its reason
