"""A command that writes while another Reader holds the library waits, and says so.

A command that writes while another Reader holds the library's write lock says it waits, waits, and
then does its work, instead of failing with "database is locked".
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from reader.app import Services
from tests.conftest import CORPUS

HOLD_S = 3.0


def test_an_import_waits_for_the_window_and_says_so(services: Services, tmp_path: Path) -> None:
    holder = sqlite3.connect(
        services.location.database, isolation_level=None, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")  # as the window's writer would, mid-transaction
    released = threading.Timer(HOLD_S, lambda: holder.execute("ROLLBACK"))
    released.start()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reader", "--library", str(services.location.root),
             "import", str(CORPUS / "cnbeta-001.md")],
            capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
        )  # fmt: skip
    finally:
        released.join()
        holder.close()
    assert done.returncode == 0, done.stderr
    assert "the library is busy (another Reader is writing to it); waiting" in done.stderr
    assert done.stdout.startswith("1 imported")
    assert services.library.stats().articles == 1


def test_a_command_that_only_reads_does_not_wait(services: Services, tmp_path: Path) -> None:
    holder = sqlite3.connect(services.location.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reader", "--library", str(services.location.root), "list"],
            capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
        )  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 0, done.stderr
    assert "busy" not in done.stderr
