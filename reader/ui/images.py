"""Images for the reading view: local files and the offline cache only, never the network."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from reader.ui.themes import Theme


def cache_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def resolve_image(src: str, post_dir: Path | None, cache_dir: Path | None) -> QImage | None:
    """The image for `src` if a local copy exists: a data URI, a local file or a cached copy."""
    src = src.strip()
    if not src:
        return None
    if src.startswith("data:image/") and ";base64," in src:
        image = QImage()
        try:
            image.loadFromData(base64.b64decode(src.split(",", 1)[1], validate=False))
        except ValueError:
            return None
        return image if not image.isNull() else None
    parsed = urlparse(src)
    if parsed.scheme in ("http", "https"):
        if cache_dir is None:
            return None
        cached = cache_dir / cache_key(src)
        return _load(cached) if cached.is_file() else None
    if parsed.scheme == "file":
        return _load(Path(unquote(parsed.path)))
    if parsed.scheme or post_dir is None:
        return None  # any other scheme is never fetched
    path = Path(unquote(parsed.path))
    candidates = [post_dir / path.as_posix().lstrip("/")] if not path.is_absolute() else [path]
    for candidate in candidates:
        if candidate.is_file():
            return _load(candidate)
    return None


def _load(path: Path) -> QImage | None:
    image = QImage(str(path))
    return None if image.isNull() else image


def fit_width(image: QImage, width: int) -> QImage:
    if image.width() <= width or width <= 0:
        return image
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def placeholder_image(alt: str, width: int, theme: Theme, ratio: float = 1.0) -> QImage:
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
    label = alt.strip() or "Image"
    caption = f"{label}\nNot available offline"
    painter.drawText(
        text_rect,
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        | int(Qt.TextFlag.TextWordWrap),
        caption,
    )
    painter.end()
    return image
