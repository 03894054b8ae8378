"""One theme for the whole window, readable in every role.

One theme for the whole window, readable in every role, chosen for a session or followed from the
system.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from typing_extensions import override

from reader.app import Services
from reader.cli import build_parser
from reader.ui import settings
from reader.ui.mainwindow import MainWindow
from reader.ui.searchmodel import HTML_ROLE
from reader.ui.themes import THEMES
from reader.ui.windowtheme import TEXT_PAIRS, palette_for
from tests.ui.conftest import select_title, type_text
from tests.ui.contrast import AA_TEXT, contrast

# Every (text, background) pair of a theme's own colours that the window draws.
THEME_PAIRS = [
    ("text", "background"), ("text", "chrome"), ("text", "alternate"), ("text", "row"),
    ("text", "hit"), ("text", "selection"), ("text", "code_background"), ("text", "chip"),
    ("secondary", "background"), ("secondary", "chrome"), ("secondary", "alternate"),
    ("secondary", "row"), ("secondary", "chip"), ("secondary", "code_background"),
    ("link", "background"), ("link", "chrome"), ("quote", "background"),
    ("code_text", "code_background"),
]  # fmt: skip


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_role_is_readable(name: str) -> None:
    palette = palette_for(THEMES[name])
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, back in TEXT_PAIRS:
            ratio = contrast(palette.color(group, text), palette.color(group, back))
            assert ratio >= AA_TEXT, (name, group.name, text.name, back.name, round(ratio, 2))
    theme = THEMES[name]
    for fore, ground in THEME_PAIRS:
        ratio = contrast(str(getattr(theme, fore)), str(getattr(theme, ground)))
        assert ratio >= AA_TEXT, (name, fore, ground, round(ratio, 2))


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_theme_reaches_every_pane(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    window.apply_theme(name)
    QApplication.processEvents()
    image = window.grab().toImage()
    theme = THEMES[name]
    expected = {QColor(theme.background).name(), QColor(theme.chrome).name(),
                QColor(theme.alternate).name(), QColor(theme.row).name()}  # fmt: skip
    # Empty corners of each pane: the sidebar's foot, the panel's list, the status bar.
    panel = window.annotations_panel.list
    for widget, point in (
        (window.sidebar.viewport(), window.sidebar.viewport().rect().bottomRight()),
        (panel.viewport(), panel.viewport().rect().center()),
        (window.statusBar(), QPoint(window.statusBar().width() // 2, 4)),
        (window.menuBar(), window.menuBar().rect().bottomRight()),
    ):
        at = widget.mapTo(window, point) - QPoint(2, 2)
        color = image.pixelColor(at)
        assert color.name() in expected, (name, type(widget).__name__, color.name())
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == QColor(theme.chrome).name()


def test_a_selected_search_result_is_readable_in_every_theme(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.search_panel
    type_text(panel.field, "腾讯")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    panel.results.setCurrentIndex(panel.model.index(0))
    for name in sorted(THEMES):
        window.apply_theme(name)
        html = str(panel.model.index(0).data(HTML_ROLE))
        row = panel.results.palette().color(QPalette.ColorRole.Highlight)
        for color in set(_colors(html)):
            assert contrast(color, row) >= AA_TEXT, (name, color, row.name())


def _colors(html: str) -> list[str]:
    return re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", html)


def test_reader_theme_opens_a_session_in_that_theme(
    qtbot: QtBot, corpus_services: Services
) -> None:
    args = build_parser().parse_args(["--theme", "sepia"])
    assert args.theme == "sepia"
    settings.THEME.set("dark")
    s = corpus_services
    win = MainWindow(s.library, s.importer, s.hub, s.search, s.annotations,
                     session_theme=args.theme)  # fmt: skip
    qtbot.addWidget(win)
    assert win.view.theme().name == "sepia"
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == THEMES["sepia"].chrome
    assert settings.THEME.get() == "dark"  # the saved choice is kept
    win.apply_theme("light")  # chosen from the menu: saved
    assert settings.THEME.get() == "light"


def test_system_follows_the_platform_not_the_last_theme(qtbot: QtBot, window: MainWindow) -> None:
    """With no colour scheme from the platform, 'system' follows its palette.

    With no colour scheme from the platform, 'system' is the platform palette's lightness, as it
    was before Reader set its own palette.
    """
    window.apply_theme("dark")
    window.apply_theme("system")
    app = QApplication.instance()
    assert app is not None
    platform_dark = bool(app.property("reader_platform_dark"))
    assert window.view.theme().name == ("dark" if platform_dark else "light")


def test_list_rows_are_readable_when_selected(qtbot: QtBot, window: MainWindow) -> None:
    select_title(window, "碳中和")
    for name in sorted(THEMES):
        window.apply_theme(name)
        palette = window.table.palette()
        row = palette.color(QPalette.ColorRole.Highlight)
        for role in (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.PlaceholderText,
                     QPalette.ColorRole.Text):  # fmt: skip
            assert contrast(palette.color(role), row) >= AA_TEXT, (name, role.name)


class _StyleEvents(QObject):
    """Counts the style and palette changes a widget is told of."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange,
                            QEvent.Type.ApplicationPaletteChange):  # fmt: skip
            self.seen.append(event.type())
        return False


def test_the_theme_in_use_applied_again_polishes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    """A window applies its theme when it opens; what is already so is not set again.

    Setting the application's style sheet made Qt polish every widget again, at each window
    that opened.
    """
    window.apply_theme("sepia", save=False)
    events = _StyleEvents()
    window.sidebar.installEventFilter(events)
    window.apply_theme("sepia", save=False)
    QApplication.processEvents()
    assert events.seen == []
    window.apply_theme("dark", save=False)  # another theme reaches the widget, as before
    QApplication.processEvents()
    assert QEvent.Type.StyleChange in events.seen
    dark = QColor(THEMES["dark"].chrome).name()
    assert window.sidebar.palette().color(QPalette.ColorRole.Window).name() == dark
    window.sidebar.removeEventFilter(events)
