"""Images for the reading view: local files and the offline cache only, never the network."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPainter,
    QPen,
    QPixmap,
    QPixmapCache,
)

from reader.core.records import ArticleImage
from reader.services.media import MediaStore
from reader.ui.i18n import tr
from reader.ui.themes import Theme


def resolve_image(
    src: str, known: Mapping[str, ArticleImage], media_dir: Path | None
) -> tuple[QImage | None, str]:
    """The image for `src` from the library's media store or a data.

    URI, or else why it can't be shown. Nothing else is read: no path a post names, and never
    the network.
    """
    src = src.strip()
    if src.startswith("data:image/") and ";base64," in src:
        image = QImage()
        try:
            image.loadFromData(base64.b64decode(src.split(",", 1)[1], validate=False))
        except ValueError:
            return None, tr("The image data is damaged")
        return (image, "") if not image.isNull() else (None, tr("The image data is damaged"))
    ref = known.get(src)
    if ref is None:
        return None, tr("Not in the library")
    if ref.state == "stored" and ref.sha256 and media_dir is not None:
        path = MediaStore(media_dir).path(ref.sha256, ref.mime)
        stored = _load(path) if path.is_file() else None
        return (stored, "") if stored is not None else (None, tr("Missing from the library"))
    if ref.state == "remote":
        return None, tr("Not downloaded")
    reason = ref.reason or "not available"
    return None, reason[:1].upper() + reason[1:]


def _load(path: Path) -> QImage | None:
    image = QImage(str(path))
    return None if image.isNull() else image


def cover_thumbnail(media_dir: Path, cover: ArticleImage, side: int) -> QPixmap | None:
    """A square of the stored cover, `side` device pixels, its middle cropped to fill it.

    Decoded once (at the size needed, not the full image) and kept in Qt's pixmap cache.
    """
    if not cover.sha256:
        return None
    key = f"reader-cover-{cover.sha256}-{side}"
    cached = QPixmap()
    if QPixmapCache.find(key, cached):
        return cached
    path = MediaStore(media_dir).path(cover.sha256, cover.mime)
    reader = QImageReader(str(path))
    size = reader.size()
    if not path.is_file() or not size.isValid() or size.isEmpty():
        return None
    reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image = reader.read()
    if image.isNull():
        return None
    left, top = (image.width() - side) // 2, (image.height() - side) // 2
    pixmap = QPixmap.fromImage(image.copy(left, top, side, side))
    QPixmapCache.insert(key, pixmap)
    return pixmap


def fit_width(image: QImage, width: int) -> QImage:
    """`image` scaled down to `width` if wider."""
    if image.width() <= width or width <= 0:
        return image
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def placeholder_image(
    alt: str, width: int, theme: Theme, ratio: float = 1.0, why: str = ""
) -> QImage:
    """A calm box with an image icon and the alt text, where an image is not available."""
    width = max(160, min(width, 560))
    height = 96
    image = QImage(
        int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, width - 2, height - 2)
    painter.setPen(QPen(QColor(theme.rule), 1.2, Qt.PenStyle.DashLine))
    painter.setBrush(QColor(theme.code_background))
    painter.drawRoundedRect(rect, 8, 8)
    icon = QRectF(20, height / 2 - 14, 34, 28)
    painter.setPen(QPen(QColor(theme.secondary), 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(icon, 3, 3)
    painter.drawEllipse(QRectF(icon.left() + 6, icon.top() + 5, 7, 7))
    peak = QPointF(icon.left() + 15, icon.top() + 14)
    painter.drawLine(QLineF(QPointF(icon.left() + 4, icon.bottom() - 4), peak))
    painter.drawLine(QLineF(peak, QPointF(icon.right() - 4, icon.bottom() - 4)))
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    painter.setPen(QColor(theme.secondary))
    text_rect = QRectF(68, 14, width - 84, height - 28)
    label = alt.strip() or tr("Image")
    why = why or tr("Not available offline")
    caption = f"{label}\n{why}"
    painter.drawText(
        text_rect,
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        | int(Qt.TextFlag.TextWordWrap),
        caption,
    )
    painter.end()
    return image
