"""The window in Simplified and Traditional Chinese.

Complete catalogues, no English left in the window, its menus or its dialogs, and the menu paths the
welcome articles name exist.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.ui.articleview import ArticleView
from reader.ui.highlights import ColorNamesDialog
from reader.ui.i18n import install_translators, long_date, system_language, tr
from reader.ui.librarytable import make_library_table
from reader.ui.mainwindow import MainWindow
from reader.ui.settingsdialog import SettingsDialog
from reader.ui.shortcuts import ShortcutsDialog
from reader.ui.tagdialogs import BatchTagDialog, ManageTagsDialog
from tests.ui.conftest import make_window

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
WELCOME = ROOT / "resources" / "welcome"
CHINESE = ("zh_CN", "zh_TW")
# Latin words the Chinese window may show: names, and keys as keyboards print them.
# Names printed on keys stay as they are printed.
# Names: of the app, of keys on the keyboard, of file formats and of a service exported to.
ALLOWED = {"Reader", "Markdown", "Ctrl", "Shift", "Space", "Esc", "Enter", "Tab", "Del", "English",
           "F3", "JSON", "LD", "CSV", "Readwise"}  # fmt: skip


@pytest.fixture
def speaking(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The application translated into the parametrised language for one test."""
    language = str(request.param)
    translators = install_translators(qapp, language)
    assert len(translators) == (2 if language != "en" else 1)
    yield language
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("language", CHINESE)
def test_every_string_is_translated_and_no_entry_is_obsolete(language: str, tmp_path: Path) -> None:
    """lupdate, run on the sources now, finds nothing new, nothing unfinished, nothing gone."""
    catalogue = tmp_path / f"reader_{language}.ts"
    shutil.copy(I18N / catalogue.name, catalogue)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [*sorted((ROOT / "reader" / "ui").glob("*.py")), ROOT / "reader" / "app.py"]
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", catalogue],
                   check=True, capture_output=True)  # fmt: skip
    messages = _messages(catalogue)
    assert len(messages) > 150
    states = [m.find("translation").get("type") for m in messages]  # type: ignore[union-attr]
    assert [s for s in states if s is not None] == []  # unfinished, obsolete, vanished
    assert {m.findtext("source") for m in messages} == {
        m.findtext("source") for m in _messages(I18N / catalogue.name)
    }


def _visible_texts(widget: QWidget) -> list[str]:
    """What a person reads on a widget and its children, menus included.

    Not the articles themselves (the reading view, the list's rows), which are the user's own,
    nor the names of the fonts installed.
    """
    texts: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, ArticleView) or not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QAbstractButton):
            texts += [child.text(), child.toolTip()]
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):  # not font names (items drawn in their font)
            texts += [child.itemText(i) for i in range(child.count())
                      if child.itemData(i, Qt.ItemDataRole.FontRole) is None]  # fmt: skip
        elif isinstance(child, QTableView):
            model = child.model()
            for column in range(child.horizontalHeader().count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, role)))
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    for menu in widget.findChildren(QMenu):
        texts.append(menu.title())
    return texts


def _english(texts: list[str]) -> list[str]:
    words: set[str] = set()
    for text in texts:
        plain = re.sub(r"<[^>]+>|&\w+;|\(&\w\)|&(?=\w)", " ", text or "")
        words.update(w for w in re.findall(r"[A-Za-z]{2,}", plain) if w not in ALLOWED)
    return sorted(words - {"None"})


@pytest.mark.parametrize("speaking", CHINESE, indirect=True)
def test_the_window_and_its_dialogs_speak_chinese(
    qtbot: QtBot, services: Services, speaking: str
) -> None:
    win = make_window(qtbot, services)
    for dialog in (
        ShortcutsDialog(win),
        ColorNamesDialog(win),
        ManageTagsDialog(services.library, win),
        SettingsDialog(win),
        BatchTagDialog(2, ["标签"], ["标签"], win),
    ):
        assert _english(_visible_texts(dialog)) == [], type(dialog).__name__
        dialog.deleteLater()
    assert _english(_visible_texts(win)) == []
    win.show_all_highlights()  # a view of the window, in the list's column
    assert win.all_highlights.isVisible()
    assert _english(_visible_texts(win)) == []
    table = make_library_table(win.model)
    assert _english(_visible_texts(table)) == []
    win.close()


def _menu_paths(path: Path) -> list[tuple[str, str]]:
    """Every **菜单 → 项** the article names."""
    return re.findall(r"\*\*(\S+) → ([^*]+?)\*\*", path.read_text(encoding="utf-8"))


def _menus(win: MainWindow) -> dict[str, list[str]]:
    def plain(text: str) -> str:
        return re.sub(r"\(&\w\)|&", "", text).strip()

    out = {}
    for action in win.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            out[plain(menu.title())] = [plain(a.text()) for a in menu.actions()]
    return out


@pytest.mark.parametrize(
    ("speaking", "article"),
    [("zh_CN", "02-welcome-zh.md"), ("zh_TW", "02-welcome-zh-TW.md")],
    indirect=["speaking"],
)
def test_the_menu_items_the_welcome_article_names_exist(
    qtbot: QtBot, services: Services, speaking: str, article: str
) -> None:
    paths = _menu_paths(WELCOME / article)
    assert paths, "the article names no menu item"
    win = make_window(qtbot, services)
    menus = _menus(win)
    for menu, item in paths:
        assert item.strip() in menus.get(menu, []), (menu, item, menus.keys())
    # The context menu's item the article quotes, and the Highlights menu's.
    quoted = re.findall(r"[“「]([^”」]*笔记|[^”」]*筆記)[”」]", (WELCOME / article).read_text())
    assert quoted and all(f"{q}…" in sum(menus.values(), []) for q in quoted), quoted
    win.close()


@pytest.mark.parametrize("speaking", ["en"], indirect=True)
def test_english_plurals(speaking: str) -> None:
    assert tr("%n article(s)", None, 1) == "1 article"
    assert tr("%n article(s)", None, 2) == "2 articles"


@pytest.mark.parametrize("speaking", CHINESE, indirect=True)
def test_dates_and_reading_time_read_as_chinese_writes_them(speaking: str) -> None:
    assert long_date(datetime(2021, 5, 28, 12, tzinfo=UTC)) == "2021年5月28日"
    assert tr("%n min read", None, 5) == ("约 5 分钟" if speaking == "zh_CN" else "約 5 分鐘")


@pytest.mark.parametrize(
    ("name", "language"),
    [("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"),
     ("en_US", "en"), ("de_DE", "en")],
)  # fmt: skip
def test_the_system_locale_picks_the_language(name: str, language: str) -> None:
    assert system_language(QLocale(name)) == language


def test_dialog_classes_are_all_checked() -> None:
    """Every dialog module's dialog is walked above, or listed here with why not."""
    walked = {ShortcutsDialog, ColorNamesDialog, ManageTagsDialog, SettingsDialog, BatchTagDialog}
    not_walked = {
        "HighlightEditor": "needs a highlight; its strings are catalogue-checked",
        "TagEditorDialog": "needs an article; its strings are catalogue-checked",
    }
    dialogs: set[str] = set()
    for module in (ROOT / "reader" / "ui").glob("*.py"):
        dialogs.update(re.findall(r"^class (\w+)\(QDialog\)", module.read_text(), re.M))
    assert dialogs == {c.__name__ for c in walked} | set(not_walked)


@pytest.mark.parametrize("speaking", ["en", "zh_CN"], indirect=True)
def test_a_status_message_is_never_drawn_over_the_article_count(
    qtbot: QtBot, speaking: str, corpus_services: Services
) -> None:
    """Qt hides the count while a message shows, and showed it again as the window settled.

    In Chinese the two texts were drawn over each other.
    """
    from reader.ui import settings

    state = settings.library_state(corpus_services.library.database_path)
    chosen = corpus_services.library.list_articles()[3].id
    state.last_article.set(chosen)
    state.restoring_article.set(chosen)  # the last start crashed while reopening it
    win = make_window(qtbot, corpus_services)
    bar = win.statusBar()
    qtbot.waitUntil(lambda: bool(bar.currentMessage()), timeout=2000)
    for _ in range(20):  # the window settles: layouts, the sidebar's counts
        QApplication.processEvents()
    assert not win.count_label.isVisible()
    bar.clearMessage()
    assert win.count_label.isVisible() and win.count_label.text()
    win.close()
