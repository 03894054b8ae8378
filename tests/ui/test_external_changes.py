"""The window notices what another process writes to its library, and only that."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.app import Services
from tests.ui.conftest import make_window


def test_an_import_from_a_terminal_reaches_the_open_window(
    qtbot: QtBot, services: Services, library_dir: Path, tmp_path: Path, corpus_dir: Path
) -> None:
    services.importer.import_paths(sorted(corpus_dir.glob("*.md"))[:3])
    services.search.start()
    win = make_window(qtbot, services)
    assert win.model.total() == 3
    reloads: list[bool] = []
    services.hub.subscribe(lambda changes: reloads.append(changes.external))

    # The window's own writes are not taken for another process's.
    article = win.view.article()
    assert article is not None
    services.library.save_position(article.id, 10, 0.1)
    assert not services.library.poll_external_changes()

    post = tmp_path / "from-terminal.md"
    post.write_text("---\ntitle: 终端导入的文章\n---\n从命令行导入，窗口应当看到它。\n", "utf-8")
    env = dict(os.environ, READER_LIBRARY=str(library_dir))
    subprocess.run([sys.executable, "-m", "reader", "import", str(post)], env=env, check=True,
                   capture_output=True)  # fmt: skip

    qtbot.waitUntil(lambda: win.model.total() == 4, timeout=10_000)
    assert any(reloads)
    titles = {s.title for i in range(win.model.rowCount()) if (s := win.model.summary(i))}
    assert "终端导入的文章" in titles
    assert services.search.wait_idle(60)
    hits = services.search.search("命令行导入").hits
    assert [h.title for h in hits] == ["终端导入的文章"]
    win.close()
