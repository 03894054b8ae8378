"""The log file, its rotation, crash reports and `reader --version`."""

from __future__ import annotations

import logging
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from reader import __version__
from reader.cli import main
from reader.logs import BACKUPS, LOG_NAME, MAX_BYTES, crash_report, setup_logging


def test_info_goes_to_the_log_file_and_warnings_to_stderr(tmp_path: Path, capsys: object) -> None:
    path = setup_logging()
    assert path == tmp_path / "log" / LOG_NAME
    logging.getLogger("reader.test").info("an import of 3 files")
    logging.getLogger("reader.test").warning("a post was skipped")
    text = path.read_text(encoding="utf-8")
    assert "an import of 3 files" in text and "a post was skipped" in text
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "a post was skipped" in err and "an import of 3 files" not in err


def test_verbose_says_everything_on_stderr(capsys: object) -> None:
    setup_logging(verbose=True)
    logging.getLogger("reader.test").debug("a detail")
    assert "a detail" in capsys.readouterr().err  # type: ignore[attr-defined]


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path: Path) -> None:
    path = setup_logging()
    assert path is not None
    line = "x" * 1000
    for _ in range((BACKUPS + 3) * MAX_BYTES // 1000):
        logging.getLogger("reader.test").info(line)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [LOG_NAME] + [f"{LOG_NAME}.{i}" for i in range(1, BACKUPS + 1)]
    assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in path.parent.iterdir())


def test_an_unwritable_log_folder_leaves_stderr(tmp_path: Path, monkeypatch: object) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("READER_LOG_DIR", str(blocker / "log"))  # type: ignore[attr-defined]
    assert setup_logging() is None


def test_a_crash_report_names_version_and_traceback() -> None:
    table: dict[str, int] = {}
    try:
        table["missing"]  # noqa: B018
    except KeyError as exc:
        text = crash_report(type(exc), exc, exc.__traceback__)
    assert f"Reader {__version__}" in text
    assert "KeyError: 'missing'" in text and "test_logs.py" in text


def test_version_matches_the_installed_distribution(capsys: object) -> None:
    try:
        main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out.strip() == f"reader {version('reader-desktop')}"  # type: ignore[attr-defined]


def test_version_from_the_command(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "reader", "--version"], cwd=tmp_path,
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert done.stdout.strip() == f"reader {__version__}"
