"""`reader FILE…` and one window per library.

Files given from outside are imported and the first shown; a second launch hands its files to the
window already open, and exits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.cli import _opens_files, as_path
from reader.ui.instance import InstanceServer, hand_over, server_name
from tests.ui.conftest import make_window

POSTS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "posts"


def _shown_title(win: object) -> str:
    article = win.view.article()  # type: ignore[attr-defined]
    return "" if article is None else str(article.title)


def _title_of(services: Services, path: Path) -> str:
    from reader.core.posts import parse_post

    return parse_post(path.read_bytes(), path.name).title


def test_open_paths_imports_and_shows_the_first(qtbot: QtBot, services: Services) -> None:
    first, second = POSTS / "cnbeta-001.md", POSTS / "36kr-001.md"
    win = make_window(qtbot, services)
    win.open_paths([first, second])
    qtbot.waitUntil(lambda: _shown_title(win) == _title_of(services, first), timeout=15000)
    assert services.library.stats().articles == 2
    # Given again, unchanged: nothing new, and the same article comes up again.
    win.open_paths([second])
    qtbot.waitUntil(lambda: _shown_title(win) == _title_of(services, second), timeout=15000)
    assert services.library.stats().articles == 2
    win.close()


def test_a_second_launch_hands_its_file_to_the_open_window(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    win = make_window(qtbot, services)
    server = InstanceServer(server_name(services.location.root), win)
    server.files_received.connect(win.open_paths)
    assert server.is_listening()
    post = POSTS / "cnbeta-003.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launch = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(services.location.root), str(post)],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30000)
    _, err = launch.communicate()
    assert launch.returncode == 0, err.decode()
    qtbot.waitUntil(lambda: _shown_title(win) == _title_of(services, post), timeout=15000)
    listed = [win.model.summary(row) for row in range(win.model.rowCount())]
    assert [s.title for s in listed if s] == [_title_of(services, post)]
    server.close()
    win.close()


def test_with_no_window_open_no_one_takes_the_files(qtbot: QtBot, tmp_path: Path) -> None:
    assert not hand_over(server_name(tmp_path), [tmp_path / "a.md"])


@pytest.mark.parametrize(
    ("argv", "opens"),
    [
        (["post.md"], True),
        (["--library", "lib", "post.md"], True),
        (["--library", "list", "post.md"], True),
        (["list"], False),
        (["--library", "lib", "search", "x"], False),
        (["./list"], True),
        (["--", "list"], True),
        ([], False),
        (["--version"], False),
    ],
)
def test_files_are_told_from_commands(argv: list[str], opens: bool) -> None:
    assert _opens_files(argv) is opens


def test_a_desktop_file_url_is_a_path() -> None:
    assert as_path("file:///home/u/%E6%96%87%E7%AB%A0.md") == Path("/home/u/文章.md")


def test_a_file_given_through_a_link_is_shown(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    linked = tmp_path / "posts"
    linked.symlink_to(POSTS, target_is_directory=True)
    post = linked / "cnbeta-003.md"
    win = make_window(qtbot, services)
    win.open_paths([post])
    qtbot.waitUntil(lambda: _shown_title(win) == _title_of(services, post), timeout=15000)
    win.close()
