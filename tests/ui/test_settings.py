"""Settings, each read back as saved and of its own type, or its default.

The window's memory of one library is kept apart from another's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from reader.ui import settings
from reader.ui.settings import Setting, library_state


@pytest.mark.parametrize(
    ("setting", "value"),
    [(settings.FONT_PX, 21), (settings.THEME, "sepia"), (settings.JUSTIFY, True)],
    ids=["int", "str", "bool"],
)
def test_a_setting_reads_back_what_was_saved(setting: Setting[Any], value: object) -> None:
    assert setting.get() == setting.default
    setting.set(value)
    QSettings().sync()
    assert setting.get() == value
    assert type(setting.get()) is type(setting.default)


def test_values_as_the_file_stores_them_read_as_their_type() -> None:
    QSettings().setValue(settings.JUSTIFY.key, "true")  # how an INI file gives a bool back
    assert settings.JUSTIFY.get() is True
    QSettings().setValue(settings.JUSTIFY.key, "false")
    assert settings.JUSTIFY.get() is False
    QSettings().setValue(settings.FONT_PX.key, "19")
    assert settings.FONT_PX.get() == 19


def test_an_unreadable_value_gives_the_default() -> None:
    QSettings().setValue(settings.FONT_PX.key, "large")
    assert settings.FONT_PX.get() == settings.FONT_PX.default


def test_each_library_remembers_its_own_article(tmp_path: Path) -> None:
    one = library_state(tmp_path / "one" / "library.db")
    other = library_state(tmp_path / "other" / "library.db")
    again = library_state(tmp_path / "one" / ".." / "one" / "library.db")
    one.last_article.set(12)
    assert other.last_article.get() == 0
    assert again.last_article.get() == 12  # the same file, however its path is written
    assert one.restoring_article.key != one.last_article.key
