"""The window, on a damaged library, names the problem and restores the newest backup."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.app import _open_or_recover, open_services
from reader.services.backups import make_backup
from reader.services.location import LibraryLocation
from tests.ui.conftest import answer_message_box


def test_a_damaged_library_is_restored_from_the_dialog(
    qtbot: QtBot, corpus_library_dir: Path
) -> None:
    location = LibraryLocation(corpus_library_dir)
    services = open_services(location)
    count = services.library.count()
    services.close()
    make_backup(location)
    location.database.write_bytes(b"this is not a database" * 1000)

    seen: list[str] = []
    answer_message_box("Restore Backup", seen)
    recovered = _open_or_recover(location)
    assert recovered is not None
    try:
        assert recovered.library.count() == count
    finally:
        recovered.close()
    assert "damaged" in seen[0] and "not a database" in seen[0]


def test_quit_leaves_the_damaged_library_as_it_is(
    qtbot: QtBot, library_dir: Path, corpus_dir: Path
) -> None:
    location = LibraryLocation(library_dir)
    open_services(location).close()
    make_backup(location)
    damaged = b"this is not a database" * 1000
    location.database.write_bytes(damaged)
    seen: list[str] = []
    answer_message_box("Quit", seen)
    assert _open_or_recover(location) is None
    assert location.database.read_bytes() == damaged and seen
