"""Settings, each declared once with its default; only the UI touches QSettings."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One value kept in QSettings: its key, default and what it is."""

    key: str
    default: T
    description: str

    def get(self) -> T:
        """The value saved, or the default if none or of the wrong type."""
        value: Any = QSettings().value(self.key, self.default)
        kind: Any = type(self.default)
        try:
            if kind is bool:
                value = value in (True, "true", "1", 1)
                return cast(T, value)
            return cast(T, kind(value))
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        """Save the value."""
        QSettings().setValue(self.key, value)


THEME = Setting("reading/theme", "system", "light, sepia, dark or system")
FONT_PX = Setting("reading/font_px", 17, "reading text size in pixels")
# Before 0.2 the last article was kept once per user, whatever the library; it is still read
# for a library that has none of its own yet.
LAST_ARTICLE = Setting("window/last_article", 0, "the article open when Reader was closed")


@dataclass(frozen=True)
class LibraryState:
    """What the window remembers of one library (an article id means nothing in another)."""

    last_article: Setting[int]
    restoring_article: Setting[int]


def library_state(database: Path) -> LibraryState:
    """The settings of one library (its last article), by its database's path."""
    key = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:16]
    return LibraryState(
        Setting(f"libraries/{key}/last_article", 0, "the article open when Reader was closed"),
        Setting(
            f"libraries/{key}/restoring_article",
            0,
            "the article being reopened at start-up; still set at the next start means that "
            "one crashed",
        ),
    )


FONT_FAMILY = Setting("reading/font_family", "", "the reading font; empty for Reader's choice")
LINE_HEIGHT = Setting("reading/line_height", 175, "line height, in percent of the text size")
COLUMN_EM = Setting("reading/column_em", 38, "the reading column's width at most, in characters")
JUSTIFY = Setting("reading/justify", False, "paragraphs set flush on both sides")
SEARCH_SORT = Setting("search/sort", "relevance", "relevance or date")
DOWNLOAD_IMAGES_ON_IMPORT = Setting(
    "images/download_on_import",
    "ask",
    "after an import, download the posts' remote images: ask (the first time), always, never",
)
LANGUAGE = Setting(
    "window/language", "", "zh_CN, zh_TW or en; empty to follow the system (read at start)"
)


# -- upgrades ---------------------------------------------------------------------------
# The settings' own version, raised by each change to what they mean; each upgrade step
# brings settings written by the Reader before it up to its version, once, at start.
SETTINGS_VERSION = 2
VERSION_KEY = "settings/version"


def _to_2(store: QSettings) -> None:
    """0.1 kept the article being reopened (the crash guard) once per user.

    It is kept per library now, and the old key would never be cleared.
    """
    store.remove("window/restoring_article")


UPGRADES: dict[int, Callable[[QSettings], None]] = {2: _to_2}


def upgrade() -> int:
    """Bring the stored settings to SETTINGS_VERSION; returns the version found."""
    store = QSettings()
    stored: Any = store.value(VERSION_KEY, 1)
    try:
        found = int(stored)
    except (TypeError, ValueError):
        found = 1
    for version in range(found + 1, SETTINGS_VERSION + 1):
        UPGRADES[version](store)
        store.setValue(VERSION_KEY, version)
    return found
