"""The settings dialog sets the text as asked, at once, and the next window keeps it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.ui import settings
from reader.ui.mainwindow import MainWindow
from reader.ui.readingstyle import ReadingStyle, chinese_families
from reader.ui.settingsdialog import SettingsDialog
from tests.ui.conftest import make_window, select_title


def _long_paragraph(win: MainWindow) -> QTextBlock:
    """A body paragraph of three lines or more, as laid out now."""
    block = win.view.document().begin()
    while block.isValid():
        layout = block.layout()
        if block.blockFormat().headingLevel() == 0 and layout and layout.lineCount() >= 3:
            return block
        block = block.next()
    raise AssertionError("no paragraph of three lines")


def _line_step(win: MainWindow) -> float:
    layout = _long_paragraph(win).layout()
    return layout.lineAt(1).y() - layout.lineAt(0).y()


def _chars_a_line(win: MainWindow) -> float:
    layout = _long_paragraph(win).layout()
    return layout.lineAt(0).textLength()


def test_each_choice_changes_the_text_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1600, 1000)
    select_title(window, "碳中和")
    dialog = SettingsDialog(window)
    assert dialog.chosen_style() == ReadingStyle()
    step = _line_step(window)
    dialog.line_height.setValue(220)
    assert _line_step(window) > step * 1.2

    wide = _chars_a_line(window)
    dialog.column.setValue(30)
    assert _chars_a_line(window) < wide * 0.85

    dialog.justify.setChecked(True)
    block = _long_paragraph(window)
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify

    families = chinese_families()
    assert families  # the CJK font the setup installs
    dialog.family.setCurrentIndex(dialog.family.findData(families[-1]))
    assert window.view.document().defaultFont().families()[0] == families[-1]

    assert settings.LINE_HEIGHT.get() == 220 and settings.COLUMN_EM.get() == 30
    assert settings.JUSTIFY.get() and settings.FONT_FAMILY.get() == families[-1]
    dialog.restore_defaults()
    assert window.view.reading_style() == ReadingStyle()
    assert settings.LINE_HEIGHT.get() == 175


def test_the_next_window_sets_the_text_as_chosen(qtbot: QtBot, corpus_services: Services) -> None:
    first = make_window(qtbot, corpus_services)
    dialog = SettingsDialog(first)
    dialog.font_size.setValue(20)
    dialog.line_height.setValue(200)
    dialog.justify.setChecked(True)
    first.close()
    second = make_window(qtbot, corpus_services)
    assert second.view.reading_style() == ReadingStyle(font_px=20, line_height=200, justify=True)
    assert SettingsDialog(second).chosen_style() == second.view.reading_style()
    second.close()


def test_theme_and_image_choices_are_kept(window: MainWindow) -> None:
    dialog = SettingsDialog(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    assert window.theme_name() == "sepia" and settings.THEME.get() == "sepia"
    dialog.images.setCurrentIndex(2)
    assert settings.DOWNLOAD_IMAGES_ON_IMPORT.get() == "never"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    assert settings.LANGUAGE.get() == "zh_TW"


def test_settings_of_an_older_reader_are_upgraded_once(
    qtbot: QtBot, corpus_services: Services
) -> None:
    store = QSettings()
    store.setValue("window/restoring_article", 7)  # as 0.1 left it, per user
    store.setValue("reading/font_px", 19)
    store.remove(settings.VERSION_KEY)
    win = make_window(qtbot, corpus_services)
    assert not store.contains("window/restoring_article")
    assert int(store.value(settings.VERSION_KEY)) == settings.SETTINGS_VERSION
    assert win.view.reading_style().font_px == 19  # the rest is kept as it was
    assert settings.upgrade() == settings.SETTINGS_VERSION  # nothing more to do
    win.close()
