"""`reader desktop install|uninstall`.

Reader in the desktop's application menu, its icon in every size and its files' "Open with", for
this user (the XDG data folder, no root).

The PNG icons are rendered from the one SVG with Qt's SVG renderer when they are installed,
so the sizes can never drift from the drawing.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from reader.core.errors import ReaderError
from reader.services.welcome import resources_dir

APP_ID = "io.github.reader.Reader"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the XDG base directory default)."""
    chosen = os.environ.get("XDG_DATA_HOME")
    return Path(chosen) if chosen else Path.home() / ".local" / "share"


@dataclass(frozen=True)
class DesktopFiles:
    """Where each file goes under one data folder."""

    root: Path

    @property
    def entry(self) -> Path:
        """The desktop entry."""
        return self.root / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        """The AppStream metainfo file."""
        return self.root / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def scalable_icon(self) -> Path:
        """The scalable icon."""
        return self.root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

    def png_icon(self, size: int) -> Path:
        """The icon of `size` pixels."""
        return self.root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    def all(self) -> list[Path]:
        """Every file installed."""
        return [self.entry, self.metainfo, self.scalable_icon,
                *(self.png_icon(s) for s in ICON_SIZES)]  # fmt: skip


def launcher_command() -> list[str]:
    """How the desktop should start this Reader.

    The frozen binary, the `reader` script beside this Python (a venv or pipx install), or this
    Python with `-m reader`.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("reader")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "reader"]


def install(root: Path | None = None) -> list[Path]:
    """Write the entry, metainfo and icons; returns the files written."""
    files = DesktopFiles(root or data_home())
    source = resources_dir()
    svg = source / "icons" / "reader.svg"
    entry = _entry_text(source / "desktop" / f"{APP_ID}.desktop", launcher_command())
    try:
        for path in files.all():
            path.parent.mkdir(parents=True, exist_ok=True)
        files.entry.write_text(entry, encoding="utf-8")
        shutil.copyfile(source / "desktop" / f"{APP_ID}.metainfo.xml", files.metainfo)
        shutil.copyfile(svg, files.scalable_icon)
        for size in ICON_SIZES:
            render_png(svg, size, files.png_icon(size))
    except OSError as exc:
        raise ReaderError(f"the desktop files could not be written: {exc}") from exc
    _refresh_caches(files.root)
    return files.all()


def uninstall(root: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; returns the files removed."""
    removed = []
    for path in DesktopFiles(root or data_home()).all():
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(root or data_home())
    return removed


def _entry_text(template: Path, command: list[str]) -> str:
    """The desktop entry with Exec and TryExec naming this installation's launcher."""
    exec_value = " ".join(_quote_exec(word) for word in command)
    replaced = {"Exec": f"Exec={exec_value} %F", "TryExec": f"TryExec={command[0]}"}
    lines = [replaced.get(line.split("=", 1)[0], line)
             for line in template.read_text(encoding="utf-8").splitlines()]  # fmt: skip
    return "\n".join(lines) + "\n"


def _quote_exec(word: str) -> str:
    r"""Quoted as the Desktop Entry spec's Exec key wants.

    Double quotes, with `"`, `` ` ``, `$` and `\` escaped, and `%` doubled.
    """
    word = word.replace("%", "%%")
    if word == shlex.quote(word) and '"' not in word:
        return word
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in word)
    return f'"{escaped}"'


def render_png(svg: Path, size: int, target: Path) -> None:
    """The SVG drawn at `size`×`size`, antialiased, on a transparent background."""
    _ensure_gui()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ReaderError(f"the icon {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    writer = QImageWriter(str(target), QByteArray(b"png"))
    if not writer.write(image):
        raise ReaderError(f"the icon {target} could not be written: {writer.errorString()}")


def _ensure_gui() -> None:
    """Painting needs a QGuiApplication; without a display, Qt's offscreen platform does."""
    if QGuiApplication.instance() is None:
        if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _ensure_gui.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]


def _refresh_caches(root: Path) -> None:
    """Let menus and file managers notice now, where the desktop's tools are installed."""
    for tool, folder in (("update-desktop-database", root / "applications"),
                         ("gtk-update-icon-cache", root / "icons" / "hicolor")):  # fmt: skip
        if shutil.which(tool) and folder.is_dir():
            args = [tool, "-q", str(folder)]
            if tool == "gtk-update-icon-cache":
                args = [tool, "-q", "-t", "-f", str(folder)]
            subprocess.run(args, check=False, capture_output=True)
