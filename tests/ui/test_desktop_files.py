"""`reader desktop install|uninstall`.

A valid entry, metainfo and icons in every size, under the user's XDG data folder, and all of it
gone again on uninstall.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.cli import main
from reader.ui.desktopfiles import APP_ID, ICON_SIZES, DesktopFiles, _quote_exec

ROOT = Path(__file__).resolve().parents[2]


def _validator(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: scripts/setup.sh --dev installs it"
    return found


@pytest.fixture
def installed(tmp_path: Path, qapp: object) -> DesktopFiles:
    assert main(["desktop", "install"]) == 0
    return DesktopFiles(tmp_path / "data")


def test_the_entry_is_valid_and_starts_this_reader(installed: DesktopFiles) -> None:
    check = subprocess.run([_validator("desktop-file-validate"), installed.entry],
                           capture_output=True, text=True, check=False)  # fmt: skip
    assert check.returncode == 0 and "error" not in check.stdout, check.stdout
    keys = dict(line.split("=", 1) for line in installed.entry.read_text().splitlines()
                if "=" in line)  # fmt: skip
    assert keys["Icon"] == APP_ID
    launcher, field = keys["Exec"].rsplit(" ", 1)
    assert field == "%F" and os.access(launcher, os.X_OK)
    assert {"text/markdown", "text/html", "text/plain"} <= set(keys["MimeType"].split(";"))


def test_the_metainfo_is_valid(installed: DesktopFiles) -> None:
    command = [_validator("appstreamcli"), "validate", "--no-net", str(installed.metainfo)]
    check = subprocess.run(command, capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    text = installed.metainfo.read_text()
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    for wanted in ("<developer", '<url type="homepage">', "<release version=", "<screenshot"):
        assert wanted in text


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_icon_is_drawn_at_its_size(installed: DesktopFiles, size: int) -> None:
    image = QImage(str(installed.png_icon(size)))
    assert (image.width(), image.height()) == (size, size)
    centre = image.pixelColor(size // 2, size // 5)  # the blue tile, not transparency
    corner = image.pixelColor(0, 0)
    assert centre.alpha() == 255 and corner.alpha() == 0


def test_uninstall_removes_every_file(installed: DesktopFiles) -> None:
    assert all(p.is_file() for p in installed.all())
    assert main(["desktop", "uninstall"]) == 0
    assert not any(p.exists() for p in installed.all())


@pytest.mark.parametrize(
    ("word", "quoted"),
    [
        ("/usr/bin/reader", "/usr/bin/reader"),
        ("/home/a b/reader", '"/home/a b/reader"'),
        ('/opt/x"y', '"/opt/x\\"y"'),
        ("/opt/100%/reader", "/opt/100%%/reader"),
        ("/opt/$HOME/reader", '"/opt/\\$HOME/reader"'),
    ],
)
def test_exec_words_are_quoted_as_the_spec_says(word: str, quoted: str) -> None:
    assert _quote_exec(word) == quoted
